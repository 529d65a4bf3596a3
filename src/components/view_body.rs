use std::rc::Rc;

use yew::prelude::*;

use super::{result_count, summary_view, CompareView, MatrixTable};
use crate::model::{Catalog, Shown, View, ViewState};

pub struct ViewBodyProps {
    pub state: ViewState,
    pub shown: Rc<Shown>,
    pub id_prefix: AttrValue,
    pub on_clear: Callback<MouseEvent>,
    pub on_from: Callback<usize>,
}

/// The chosen view of the chosen model, with its count, or a note that nothing matches.
pub fn view_body(catalog: &Catalog, props: ViewBodyProps) -> Html {
    let ViewBodyProps {
        state,
        shown,
        id_prefix,
        on_clear,
        on_from,
    } = props;
    let total = catalog.model(shown.model).map_or(0, |m| m.tasks.len());
    let caption_id = AttrValue::from(format!("{id_prefix}-caption"));
    let by_party = match state.view {
        View::Compare => return html! { <CompareView {state} {caption_id} {on_from} /> },
        // The summary counts the whole model; only the party filter applies.
        View::Summary => return summary_view(catalog, &shown, &state.filter, &id_prefix),
        View::Roles => false,
        View::Parties => true,
    };
    let count = result_count(shown.tasks.len(), total);
    if shown.tasks.is_empty() {
        return html! {
            <>
                { count }
                <p class="raci-no-result">
                    { "No tasks match these filters. " }
                    <button type="button" class="raci-button" onclick={on_clear}>{ "Clear filters" }</button>
                </p>
            </>
        };
    }
    html! {
        <>
            { count }
            <MatrixTable {shown} filter={state.filter} checks={state.checks} {caption_id} {by_party} />
        </>
    }
}
