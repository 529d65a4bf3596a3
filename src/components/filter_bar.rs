use yew::prelude::*;

use super::{party_filter, role_filter, search_box};
use crate::model::{Catalog, Filter, PartyId, RoleId};

pub struct FilterBarProps {
    pub filter: Filter,
    pub id_prefix: AttrValue,
    pub on_party: Callback<Option<PartyId>>,
    pub on_role: Callback<RoleId>,
    pub on_search: Callback<String>,
    pub on_clear: Callback<MouseEvent>,
}

/// Party, role and text filters with a control that clears them all. Plain functions, like
/// their parts: they keep nothing between renders, and every component type costs wasm.
pub fn filter_bar(catalog: &Catalog, props: FilterBarProps) -> Html {
    let id = |part: &str| AttrValue::from(format!("{}-{part}", props.id_prefix));
    let active = props.filter.is_active();
    html! {
        <div class="raci-filters">
            { party_filter(catalog, props.filter.party, id("party-label"), props.on_party) }
            { role_filter(catalog, props.filter.roles, id("role-label"), props.on_role) }
            { search_box(props.filter.query, id("search"), props.on_search) }
            <button
                type="button"
                class="raci-button raci-clear"
                disabled={!active}
                onclick={props.on_clear}
            >
                { "Clear filters" }
            </button>
        </div>
    }
}
