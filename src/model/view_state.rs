//! What the reader is looking at, and the only place that turns a reader's action into a new
//! state. Yew's `Reducible` wrapper (`state.rs`) just calls [`ViewState::apply`].

use super::filter::Filter;
use super::types::{PartyId, RoleId, RoleSet};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Index into `Catalog::models`.
    pub model: usize,
    pub filter: Filter,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SelectModel(usize),
    SetParty(Option<PartyId>),
    ToggleRole(RoleId),
    SetRoles(RoleSet),
    Search(String),
    /// Clears party, roles and search; keeps the model.
    ClearFilters,
    /// Replaces the whole state (host attribute changed, URL restored).
    Reset(ViewState),
}

/// Longest search text kept, in characters; anything longer is cut (URLs get pasted around).
pub const MAX_QUERY_CHARS: usize = 200;

impl ViewState {
    /// The state after `action`, or `None` when nothing changes (so nothing re-renders).
    pub fn apply(&self, action: Action) -> Option<ViewState> {
        let mut next = self.clone();
        match action {
            Action::SelectModel(model) => next.model = model,
            Action::SetParty(party) => next.filter.party = party,
            Action::ToggleRole(role) => next.filter.roles = next.filter.roles.toggled(role),
            Action::SetRoles(roles) => next.filter.roles = roles,
            Action::Search(text) => next.filter.query = clip(&text),
            Action::ClearFilters => next.filter = Filter::default(),
            Action::Reset(state) => next = state,
        }
        (next != *self).then_some(next)
    }
}

pub fn clip(text: &str) -> String {
    text.chars().take(MAX_QUERY_CHARS).collect()
}
