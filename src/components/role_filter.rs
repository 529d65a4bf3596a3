use yew::prelude::*;

use crate::model::{Role, RoleId, RoleSet};

#[derive(PartialEq, Properties)]
pub struct RoleFilterProps {
    pub roles: &'static [Role],
    pub selected: RoleSet,
    pub label_id: AttrValue,
    pub on_toggle: Callback<RoleId>,
}

/// One toggle button per role; none pressed means every role.
#[component]
pub fn RoleFilter(props: &RoleFilterProps) -> Html {
    html! {
        <div class="raci-filter" role="group" aria-labelledby={props.label_id.clone()}>
            <span class="raci-filter__label" id={props.label_id.clone()}>{ "Roles" }</span>
            { for props.roles.iter().enumerate().map(|(i, role)| {
                let id = RoleId(i as u8);
                let pressed = props.selected.contains(id);
                let on_toggle = props.on_toggle.clone();
                html! {
                    <button
                        type="button"
                        class={classes!("raci-toggle", pressed.then_some("is-pressed"))}
                        aria-pressed={pressed.to_string()}
                        data-role={role.id}
                        title={role.meaning}
                        onclick={move |_| on_toggle.emit(id)}
                    >
                        <span class="raci-letter" aria-hidden="true">{ role.letter }</span>
                        { role.name }
                    </button>
                }
            }) }
        </div>
    }
}
