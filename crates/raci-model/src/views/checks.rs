//! RACI checks: advisory notes computed from the data, each tied to the cell it concerns.
//! They advise; they never hide or change data. Checks that need a role the catalog does not
//! have (by id `r`, `a`, `c`, `i`) are skipped.

use crate::catalog::types::{Catalog, Model, PartyId, RoleId, RoleSet, Task};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// Nobody is Accountable.
    NoAccountable,
    /// More than one party is Accountable (joint accountability).
    SharedAccountable,
    /// The only Accountable party is so "if required".
    ConditionalAccountable,
    /// Nobody is Responsible.
    NoResponsible,
    /// The party already holds `holder` (Responsible, or Consulted) and is also listed in
    /// `extra` (Consulted and/or Informed), which adds nothing: a party does not consult or
    /// inform itself, and consulting a party already keeps it informed.
    Redundant {
        party: PartyId,
        holder: RoleId,
        extra: RoleSet,
    },
}

/// One note: which task, which cell (role) it sits next to, and what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finding {
    pub task: usize,
    pub role: RoleId,
    pub check: Check,
}

struct Roles {
    r: RoleId,
    a: RoleId,
    c: Option<RoleId>,
    i: Option<RoleId>,
}

/// All findings for a model, by task then in the order of the checks above.
pub fn run(catalog: &Catalog, model: &Model) -> Vec<Finding> {
    let (Some(r), Some(a)) = (catalog.role_by_id("r"), catalog.role_by_id("a")) else {
        return Vec::new();
    };
    let roles = Roles {
        r,
        a,
        c: catalog.role_by_id("c"),
        i: catalog.role_by_id("i"),
    };
    let mut out = Vec::new();
    for (index, task) in model.tasks.iter().enumerate() {
        check_task(catalog, task, &roles, &mut |role, check| {
            out.push(Finding {
                task: index,
                role,
                check,
            })
        });
    }
    out
}

fn check_task(catalog: &Catalog, task: &Task, roles: &Roles, note: &mut dyn FnMut(RoleId, Check)) {
    let accountable = task.cell(roles.a);
    match accountable {
        [] => note(roles.a, Check::NoAccountable),
        [only] if only.if_required => note(roles.a, Check::ConditionalAccountable),
        [_] => {}
        _ => note(roles.a, Check::SharedAccountable),
    }
    if task.cell(roles.r).is_empty() {
        note(roles.r, Check::NoResponsible);
    }
    for party in catalog.party_ids() {
        let held = |role: Option<RoleId>| role.filter(|r| task.holds(party, *r));
        let (consulted, informed) = (held(roles.c), held(roles.i));
        let (holder, extra) = match held(Some(roles.r)) {
            Some(r) => (r, [consulted, informed]),
            None => match consulted {
                Some(c) => (c, [None, informed]),
                None => continue,
            },
        };
        let extra = extra
            .into_iter()
            .flatten()
            .fold(RoleSet::EMPTY, RoleSet::with);
        // The note sits next to the last redundant cell.
        if let Some(at) = extra.iter(catalog.roles.len()).last() {
            note(
                at,
                Check::Redundant {
                    party,
                    holder,
                    extra,
                },
            );
        }
    }
}

impl Check {
    /// A short title for the note.
    pub fn title(self) -> &'static str {
        match self {
            Check::NoAccountable => "No one accountable",
            Check::SharedAccountable => "Shared accountability",
            Check::ConditionalAccountable => "Accountable only if required",
            Check::NoResponsible => "No one responsible",
            Check::Redundant { .. } => "Redundant role",
        }
    }

    /// The one-line explanation shown with the note.
    pub fn explain(self, catalog: &Catalog) -> String {
        match self {
            Check::NoAccountable => {
                "Every task needs exactly one Accountable party to own the outcome.".into()
            }
            Check::SharedAccountable => "More than one party is Accountable: when something goes \
                wrong, it may be unclear who decides."
                .into(),
            Check::ConditionalAccountable => {
                "The only Accountable party is so only if required: ownership may fall through."
                    .into()
            }
            Check::NoResponsible => "No party is Responsible for doing the work.".into(),
            Check::Redundant {
                party,
                holder,
                extra,
            } => {
                let extra: Vec<&str> = extra
                    .iter(catalog.roles.len())
                    .map(|r| catalog.role(r).name.as_str())
                    .collect();
                let why = if catalog.role(holder).id == "r" {
                    "a party is always aware of its own work"
                } else {
                    "consulting a party already keeps it informed"
                };
                format!(
                    "{} is {} and also {}, which adds nothing: {why}.",
                    catalog.party(party).name,
                    catalog.role(holder).name,
                    extra.join(" and ")
                )
            }
        }
    }
}
