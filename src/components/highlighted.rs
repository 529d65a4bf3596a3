use yew::prelude::*;

use crate::model::views::search::Query;

/// Text with the search matches marked. Text nodes only: data is never parsed as HTML.
pub fn highlighted(text: &str, query: &Query) -> Html {
    if query.is_empty() {
        return html! { { text.to_string() } };
    }
    html! {
        { for query.segments(text).into_iter().map(|(part, hit)| {
            if hit { html! { <mark>{ part }</mark> } } else { html! { { part } } }
        }) }
    }
}
