//! What the reader is looking at, and the only place that turns a reader's action into a new
//! state. Yew's `Reducible` wrapper (`state.rs`) just calls [`ViewState::apply`].

use crate::catalog::types::{Catalog, PartyId, RoleId, RoleSet};
use crate::views::filter::Filter;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Index into `Catalog::models`.
    pub model: usize,
    pub filter: Filter,
    pub view: View,
    /// Show the RACI checks' notes next to the cells they concern.
    pub checks: bool,
    /// The model the compare view measures changes from (`None`: see [`ViewState::from`]).
    pub from: Option<usize>,
}

/// The ways of looking at a model.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Tasks × roles, parties as chips (the source layout).
    #[default]
    Roles,
    /// Tasks × parties, roles as letters (the classic RACI grid).
    Parties,
    /// All models side by side, differences marked.
    Compare,
    /// What each party holds, with a checklist of what it owns.
    Summary,
}

impl View {
    pub const ALL: [View; 4] = [View::Roles, View::Parties, View::Compare, View::Summary];

    /// The id used in URLs and attributes.
    pub fn id(self) -> &'static str {
        match self {
            View::Roles => "roles",
            View::Parties => "parties",
            View::Compare => "compare",
            View::Summary => "summary",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Roles => "By role",
            View::Parties => "By party",
            View::Compare => "Compare models",
            View::Summary => "Summary",
        }
    }

    pub fn parse(text: &str) -> Option<View> {
        View::ALL
            .into_iter()
            .find(|v| v.id().eq_ignore_ascii_case(text.trim()))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SelectModel(usize),
    SetParty(Option<PartyId>),
    ToggleRole(RoleId),
    SetRoles(RoleSet),
    SetView(View),
    SetChecks(bool),
    /// The compare view's starting model (`None`: the default).
    SetFrom(Option<usize>),
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
            Action::SetView(view) => next.view = view,
            Action::SetChecks(on) => next.checks = on,
            Action::SetFrom(from) => next.from = from,
            Action::Search(text) => next.filter.query = clip(&text),
            Action::ClearFilters => next.filter = Filter::default(),
            Action::Reset(state) => next = state,
        }
        (next != *self).then_some(next)
    }
}

/// What the current state shows of the catalog: computed once per render, shared by the views.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// Index of the model shown.
    pub model: usize,
    /// Indices of its tasks that pass the filter.
    pub tasks: Vec<usize>,
    /// Role columns shown.
    pub columns: Vec<RoleId>,
}

impl ViewState {
    pub fn shown(&self, catalog: &Catalog) -> Shown {
        let model = self.model.min(catalog.models.len().saturating_sub(1));
        Shown {
            model,
            tasks: catalog
                .models
                .get(model)
                .map_or_else(Vec::new, |m| self.filter.visible_tasks(catalog, m)),
            columns: self.filter.columns(catalog),
        }
    }

    /// The compare view's starting model: the chosen one, else the first that is not the
    /// current model.
    pub fn from(&self, model_count: usize) -> usize {
        match self.from {
            Some(from) if from < model_count => from,
            _ => usize::from(self.model == 0).min(model_count.saturating_sub(1)),
        }
    }
}

pub fn clip(text: &str) -> String {
    text.chars().take(MAX_QUERY_CHARS).collect()
}
