use yew::prelude::*;

use crate::model::{Catalog, RoleId, RoleSet};

/// One toggle button per role; none pressed means every role.
pub fn role_filter(
    catalog: &Catalog,
    selected: RoleSet,
    label_id: AttrValue,
    on_toggle: Callback<RoleId>,
) -> Html {
    html! {
        <div class="raci-filter" role="group" aria-labelledby={label_id.clone()}>
            <span class="raci-filter__label" id={label_id}>{ "Roles" }</span>
            { for catalog.role_ids().map(|id| {
                let role = catalog.role(id);
                let pressed = selected.contains(id);
                let on_toggle = on_toggle.clone();
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
