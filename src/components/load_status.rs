//! The widget's outer shell: the matrix once data is there, else a loading note or the
//! problems that stop the data, above the author's own content (a `<slot>`), which stays
//! visible until the widget can replace it.

use std::rc::Rc;

use yew::prelude::*;

use super::{App, AppProps};
use crate::model::{Problem, Severity};

/// Where the element's data stands.
#[derive(Clone, PartialEq)]
pub enum Status {
    /// Data read: the matrix. `generation` changes with every new catalog, so the app starts
    /// afresh (its state refers to the old catalog's models and parties).
    Ready { app: Rc<AppProps>, generation: u32 },
    /// Fetching `src`.
    Loading { url: AttrValue },
    /// The data could not be read: what went wrong, and whether retrying may help.
    Failed {
        source: AttrValue,
        problems: Rc<Vec<Problem>>,
        retry: bool,
    },
}

#[derive(PartialEq, Properties)]
pub struct WidgetProps {
    pub status: Status,
    #[prop_or_default]
    pub on_retry: Callback<MouseEvent>,
    /// Called once the page shows what a status says, after the DOM is updated: `true` for a
    /// matrix, `false` for problems (not for the loading note). The element's readiness
    /// signal (`raci-ready`, `el.ready`).
    #[prop_or_default]
    pub on_shown: Callback<bool>,
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    {
        let on_shown = props.on_shown.clone();
        use_effect_with(props.status.clone(), move |status| match status {
            Status::Ready { .. } => on_shown.emit(true),
            Status::Failed { .. } => on_shown.emit(false),
            Status::Loading { .. } => {}
        });
    }
    match &props.status {
        Status::Ready { app, generation } => {
            let app = (**app).clone();
            html! { <App key={*generation} ..app /> }
        }
        Status::Loading { url } => html! {
            <div class="raci raci-status-box">
                <p class="raci-status" role="status">{ format!("Loading the matrix from {url}…") }</p>
                <slot></slot>
            </div>
        },
        Status::Failed {
            source,
            problems,
            retry,
        } => html! {
            <div class="raci raci-status-box">
                <div class="raci-error" role="alert">
                    <p class="raci-error__title">{ format!("This RACI matrix could not be shown: {source}") }</p>
                    { problem_list(problems) }
                    if *retry {
                        <button type="button" class="raci-button" onclick={props.on_retry.clone()}>{ "Retry" }</button>
                    }
                </div>
                <slot></slot>
            </div>
        },
    }
}

/// Problems as a list, errors and warnings told apart in words.
pub fn problem_list(problems: &[Problem]) -> Html {
    html! {
        <ul class="raci-problems">
            { for problems.iter().map(|p| html! {
                <li class={if p.severity == Severity::Error { "is-error" } else { "is-warning" }}>
                    if p.severity == Severity::Error {
                        <strong>{ "Error: " }</strong>
                    }
                    { p.to_string() }
                </li>
            }) }
        </ul>
    }
}
