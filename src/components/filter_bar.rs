use yew::prelude::*;

use super::{PartyFilter, RoleFilter, SearchBox};
use crate::model::{Filter, PartyId, RoleId};

#[derive(PartialEq, Properties)]
pub struct FilterBarProps {
    pub filter: Filter,
    pub id_prefix: AttrValue,
    pub on_party: Callback<Option<PartyId>>,
    pub on_role: Callback<RoleId>,
    pub on_search: Callback<String>,
    pub on_clear: Callback<MouseEvent>,
}

/// Party, role and text filters with a control that clears them all.
#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    let id = |part: &str| AttrValue::from(format!("{}-{part}", props.id_prefix));
    html! {
        <div class="raci-filters">
            <PartyFilter
                selected={props.filter.party}
                label_id={id("party-label")}
                on_select={props.on_party.clone()}
            />
            <RoleFilter
                selected={props.filter.roles}
                label_id={id("role-label")}
                on_toggle={props.on_role.clone()}
            />
            <SearchBox
                value={props.filter.query.clone()}
                input_id={id("search")}
                on_search={props.on_search.clone()}
            />
            <button
                type="button"
                class="raci-button raci-clear"
                disabled={!props.filter.is_active()}
                onclick={props.on_clear.clone()}
            >
                { "Clear filters" }
            </button>
        </div>
    }
}
