use std::rc::Rc;

use yew::prelude::*;

use crate::model::search::Query;

#[derive(PartialEq, Properties)]
pub struct HighlightedProps {
    pub text: &'static str,
    pub query: Rc<Query>,
}

/// Text with the search matches marked. Text nodes only: data is never parsed as HTML.
#[component]
pub fn Highlighted(props: &HighlightedProps) -> Html {
    if props.query.is_empty() {
        return html! { { props.text } };
    }
    html! {
        { for props.query.segments(props.text).into_iter().map(|(part, hit)| {
            if hit { html! { <mark>{ part }</mark> } } else { html! { { part } } }
        }) }
    }
}
