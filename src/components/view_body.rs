use std::rc::Rc;

use yew::prelude::*;

use super::{result_count, use_catalog, CompareView, PartyTable, RaciTable, SummaryView};
use crate::model::{Shown, View, ViewState};

#[derive(PartialEq, Properties)]
pub struct ViewBodyProps {
    pub state: ViewState,
    pub shown: Rc<Shown>,
    pub id_prefix: AttrValue,
    pub on_clear: Callback<MouseEvent>,
    pub on_from: Callback<usize>,
}

/// The chosen view of the chosen model, with its count, or a note that nothing matches.
#[component]
pub fn ViewBody(props: &ViewBodyProps) -> Html {
    let catalog = use_catalog();
    let shown = &props.shown;
    let total = catalog.model(shown.model).map_or(0, |m| m.tasks.len());
    let caption_id = AttrValue::from(format!("{}-caption", props.id_prefix));
    match props.state.view {
        View::Compare => {
            return html! {
                <CompareView
                    state={props.state.clone()}
                    caption_id={caption_id}
                    on_from={props.on_from.clone()}
                />
            }
        }
        // The summary counts the whole model; only the party filter applies.
        View::Summary => {
            return html! {
                <SummaryView shown={shown.clone()} filter={props.state.filter.clone()}
                    id_prefix={props.id_prefix.clone()} />
            }
        }
        View::Roles | View::Parties => {}
    }
    let body = if shown.tasks.is_empty() {
        html! {
            <p class="raci-no-result">
                { "No tasks match these filters. " }
                <button type="button" class="raci-button" onclick={props.on_clear.clone()}>
                    { "Clear filters" }
                </button>
            </p>
        }
    } else {
        match props.state.view {
            View::Parties => html! {
                <PartyTable shown={shown.clone()} filter={props.state.filter.clone()}
                    checks={props.state.checks} caption_id={caption_id} />
            },
            _ => html! {
                <RaciTable shown={shown.clone()} filter={props.state.filter.clone()}
                    checks={props.state.checks} caption_id={caption_id} />
            },
        }
    };
    html! {
        <>
            { result_count(shown.tasks.len(), total) }
            { body }
        </>
    }
}
