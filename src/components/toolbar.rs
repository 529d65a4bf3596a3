use std::rc::Rc;

use yew::prelude::*;

use super::ExportMenu;
use crate::model::{Shown, View};

pub struct ToolbarProps {
    pub view: View,
    pub checks: bool,
    pub shown: Rc<Shown>,
    /// Whether the catalog has models to compare (two or more).
    pub compare: bool,
    pub on_view: Callback<View>,
    pub on_checks: Callback<bool>,
}

/// The view switcher, the RACI checks switch, export and print. A plain function: it keeps
/// nothing between renders (the export menu, which does, is its own component).
pub fn toolbar(props: ToolbarProps) -> Html {
    let on_checks = {
        let (on_checks, checks) = (props.on_checks, props.checks);
        Callback::from(move |_| on_checks.emit(!checks))
    };
    let compare = props.compare;
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
            <ExportMenu shown={props.shown} />
        </div>
    }
}
