//! Which tasks and columns a reader sees, and how each chip is emphasised.

use crate::catalog::types::{Assignment, Catalog, Model, PartyId, RoleId, RoleSet, Task};
use crate::views::search::Query;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Keep only tasks this party takes part in (within `roles`, or any role when empty).
    pub party: Option<PartyId>,
    /// Show only these role columns; empty means all.
    pub roles: RoleSet,
    /// Free text searched in task names and descriptions.
    pub query: String,
}

/// How a chip is drawn under the current filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChipEmphasis {
    /// No party filter: every chip drawn alike.
    Plain,
    /// The chip's party is the filtered party.
    Match,
    /// Another party is filtered: this chip steps back.
    Dim,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        self.party.is_some() || !self.roles.is_empty() || !self.query.trim().is_empty()
    }

    /// The role columns to show, in catalog order.
    pub fn columns(&self, catalog: &Catalog) -> Vec<RoleId> {
        let all = catalog.role_ids();
        if self.roles.is_empty() {
            all.collect()
        } else {
            all.filter(|r| self.roles.contains(*r)).collect()
        }
    }

    /// Indices of the tasks of `model` that pass the filter, in source order.
    pub fn visible_tasks(&self, catalog: &Catalog, model: &Model) -> Vec<usize> {
        let query = Query::new(&self.query);
        let columns = self.columns(catalog);
        model
            .tasks
            .iter()
            .enumerate()
            .filter(|(_, task)| self.keeps(task, &columns, &query))
            .map(|(i, _)| i)
            .collect()
    }

    /// Does `task` pass, given the shown `columns` and the compiled `query`?
    pub fn keeps(&self, task: &Task, columns: &[RoleId], query: &Query) -> bool {
        let party_ok = match self.party {
            None => true,
            Some(p) => columns.iter().any(|r| task.holds(p, *r)),
        };
        party_ok && query.matches(&[&task.name, &task.description, &task.group])
    }

    pub fn emphasis(&self, assignment: &Assignment) -> ChipEmphasis {
        match self.party {
            None => ChipEmphasis::Plain,
            Some(p) if p == assignment.party => ChipEmphasis::Match,
            Some(_) => ChipEmphasis::Dim,
        }
    }
}
