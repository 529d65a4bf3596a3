//! The party view: the classic RACI grid, tasks × parties, each cell the letters of the roles
//! that party holds.

use crate::catalog::types::{NoteId, PartyId, RoleId, RoleSet, Task};

/// One role a party holds for a task, as shown in the party view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Held {
    pub role: RoleId,
    pub if_required: bool,
    pub note: Option<NoteId>,
}

/// The roles `party` holds for `task`, in role order, limited to `roles` (all when empty).
pub fn held(task: &Task, party: PartyId, roles: RoleSet) -> Vec<Held> {
    (0..task.cells.len() as u8)
        .map(RoleId)
        .filter(|r| roles.is_empty() || roles.contains(*r))
        .filter_map(|role| {
            task.cell(role)
                .iter()
                .find(|a| a.party == party)
                .map(|a| Held {
                    role,
                    if_required: a.if_required,
                    note: a.note,
                })
        })
        .collect()
}
