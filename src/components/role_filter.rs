use yew::prelude::*;

use super::use_catalog;
use crate::model::{RoleId, RoleSet};

#[derive(PartialEq, Properties)]
pub struct RoleFilterProps {
    pub selected: RoleSet,
    pub label_id: AttrValue,
    pub on_toggle: Callback<RoleId>,
}

/// One toggle button per role; none pressed means every role.
#[component]
pub fn RoleFilter(props: &RoleFilterProps) -> Html {
    let catalog = use_catalog();
    html! {
        <div class="raci-filter" role="group" aria-labelledby={props.label_id.clone()}>
            <span class="raci-filter__label" id={props.label_id.clone()}>{ "Roles" }</span>
            { for catalog.role_ids().map(|id| {
                let role = catalog.role(id);
                let pressed = props.selected.contains(id);
                let on_toggle = props.on_toggle.clone();
                html! {
                    <button
                        type="button"
                        class={classes!("raci-toggle", pressed.then_some("is-pressed"))}
                        aria-pressed={pressed.to_string()}
                        data-role={role.id.clone()}
                        title={role.meaning.clone()}
                        onclick={move |_| on_toggle.emit(id)}
                    >
                        <span class="raci-letter" aria-hidden="true">{ &role.letter }</span>
                        { &role.name }
                    </button>
                }
            }) }
        </div>
    }
}
