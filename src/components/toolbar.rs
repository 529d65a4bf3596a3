use std::rc::Rc;

use yew::prelude::*;

use super::{use_catalog, ExportMenu};
use crate::model::{Shown, View};

#[derive(PartialEq, Properties)]
pub struct ToolbarProps {
    pub view: View,
    pub checks: bool,
    pub shown: Rc<Shown>,
    pub on_view: Callback<View>,
    pub on_checks: Callback<bool>,
}

/// The view switcher, the RACI checks switch, export and print.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let on_checks = {
        let (on_checks, checks) = (props.on_checks.clone(), props.checks);
        Callback::from(move |_| on_checks.emit(!checks))
    };
    // Comparing needs two models.
    let compare = use_catalog().models.len() > 1;
    html! {
        <div class="raci-toolbar">
            <div class="raci-views" role="group" aria-label="View">
                { for View::ALL.into_iter().filter(|v| compare || *v != View::Compare).map(|view| {
                    let pressed = view == props.view;
                    let on_view = props.on_view.clone();
                    html! {
                        <button
                            type="button"
                            class={classes!("raci-toggle", pressed.then_some("is-pressed"))}
                            aria-pressed={pressed.to_string()}
                            data-view={view.id()}
                            onclick={move |_| on_view.emit(view)}
                        >
                            { view.label() }
                        </button>
                    }
                }) }
            </div>
            <button
                type="button"
                class={classes!("raci-toggle", props.checks.then_some("is-pressed"))}
                aria-pressed={props.checks.to_string()}
                data-checks=""
                onclick={on_checks}
            >
                { "RACI checks" }
            </button>
            <ExportMenu shown={props.shown.clone()} />
        </div>
    }
}
