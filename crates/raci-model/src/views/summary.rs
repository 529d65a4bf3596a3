//! Responsibility summary: what one party holds under one model.

use crate::catalog::types::{Catalog, Model, PartyId, RoleId};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub party: PartyId,
    /// For each role in catalog order: how many tasks the party holds it for.
    pub counts: Vec<usize>,
    /// Tasks (indices) the party is Accountable or Responsible for: what it owns.
    pub owns: Vec<usize>,
    /// Of those, the ones where it is so only "if required".
    pub owns_if_required: Vec<usize>,
}

/// Roles that mean ownership: Responsible and Accountable, by id.
const OWNING_ROLE_IDS: [&str; 2] = ["r", "a"];

pub fn summarize(catalog: &Catalog, model: &Model, party: PartyId) -> Summary {
    let counts = catalog
        .role_ids()
        .map(|role| model.tasks.iter().filter(|t| t.holds(party, role)).count())
        .collect();
    let owning: Vec<RoleId> = catalog
        .role_ids()
        .filter(|r| OWNING_ROLE_IDS.contains(&catalog.role(*r).id.as_str()))
        .collect();
    let mut owns = Vec::new();
    let mut owns_if_required = Vec::new();
    for (i, task) in model.tasks.iter().enumerate() {
        let assignments: Vec<_> = owning
            .iter()
            .flat_map(|r| task.cell(*r).iter())
            .filter(|a| a.party == party)
            .collect();
        if assignments.is_empty() {
            continue;
        }
        owns.push(i);
        if assignments.iter().all(|a| a.if_required) {
            owns_if_required.push(i);
        }
    }
    Summary {
        party,
        counts,
        owns,
        owns_if_required,
    }
}
