//! The typed shape of a RACI catalog: parties and roles are vocabularies (data), tasks hold one
//! cell per role, each cell a list of assignments.
//!
//! Everything is owned: a catalog is a value read at run time (the built-in one, a JSON file,
//! tables in a page) and handed to the views, so several widgets can show different data.

/// Index of a party in [`Catalog::parties`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartyId(pub u8);

/// Index of a role in [`Catalog::roles`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RoleId(pub u8);

/// Index of a condition text in [`Catalog::notes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NoteId(pub u16);

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Party {
    /// Stable lowercase id used in URLs and attributes (`wso2`, `customer`).
    pub id: String,
    /// Name as shown to readers and written in cells (`WSO2`, `Customer`).
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Role {
    /// Stable lowercase id used in URLs and attributes (`r`, `a`, `c`, `i`).
    pub id: String,
    pub letter: String,
    pub name: String,
    /// One line saying what holding the role means.
    pub meaning: String,
}

/// One party holding one role for one task.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub party: PartyId,
    /// "(if required)": the party takes the role only when the need arises.
    pub if_required: bool,
    /// Any other parenthetical written with the party (`Legal (if rights unclear)`).
    pub note: Option<NoteId>,
}

impl Assignment {
    pub fn plain(party: PartyId) -> Assignment {
        Assignment {
            party,
            if_required: false,
            note: None,
        }
    }
}

/// A cell: who holds one role for one task. Empty means nobody; two entries mean joint.
pub type Cell = [Assignment];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Task {
    pub name: String,
    /// May be empty (the source's "Integration …" rows have none).
    pub description: String,
    /// The heading the task sits under (a section row, a group column); empty: none.
    pub group: String,
    /// One cell per role, in [`Catalog::roles`] order.
    pub cells: Vec<Vec<Assignment>>,
}

impl Task {
    pub fn cell(&self, role: RoleId) -> &Cell {
        self.cells
            .get(role.0 as usize)
            .map_or(&[], |c| c.as_slice())
    }

    /// Does `party` hold `role` (jointly or "if required" included)?
    pub fn holds(&self, party: PartyId, role: RoleId) -> bool {
        self.cell(role).iter().any(|a| a.party == party)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Model {
    /// Stable id used in URLs and the embed API.
    pub id: String,
    pub title: String,
    pub intro: String,
    /// The header the task descriptions are shown under (a table's own `Notes`, `SLA`);
    /// empty: "Description".
    pub description_header: String,
    pub tasks: Vec<Task>,
}

impl Model {
    /// What the description column is called.
    pub fn description_label(&self) -> &str {
        if self.description_header.is_empty() {
            "Description"
        } else {
            &self.description_header
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalog {
    pub title: String,
    pub intro: Vec<String>,
    pub parties: Vec<Party>,
    pub roles: Vec<Role>,
    pub models: Vec<Model>,
    /// Condition texts other than "if required" (`if rights unclear`), shared by all cells.
    pub notes: Vec<String>,
}

/// What [`Catalog::party`] and friends answer for an id out of range: never reached with a
/// validated catalog, but a wrong id must not panic (an abort would kill every widget).
static NO_PARTY: Party = Party {
    id: String::new(),
    name: String::new(),
};
static NO_ROLE: Role = Role {
    id: String::new(),
    letter: String::new(),
    name: String::new(),
    meaning: String::new(),
};

impl Catalog {
    /// Gives a single table the title an author set from outside it (a fence's `title` option,
    /// a raw-source script's `data-title`); with several tables, `at`'s warning says a heading
    /// above each table titles it.
    pub fn retitle(&mut self, title: &str, at: &str) -> Option<crate::Problem> {
        match self.models.as_mut_slice() {
            [only] => {
                only.title = title.to_string();
                None
            }
            models => Some(crate::Problem::warning(
                at,
                format!(
                    "titles a single table; this one has {} (a heading above each table titles it)",
                    models.len()
                ),
            )),
        }
    }

    pub fn party(&self, id: PartyId) -> &Party {
        self.parties.get(id.0 as usize).unwrap_or(&NO_PARTY)
    }

    pub fn role(&self, id: RoleId) -> &Role {
        self.roles.get(id.0 as usize).unwrap_or(&NO_ROLE)
    }

    pub fn note(&self, id: NoteId) -> &str {
        self.notes.get(id.0 as usize).map_or("", |n| n.as_str())
    }

    /// The model at `index`, or the first one (a validated catalog has at least one).
    pub fn model(&self, index: usize) -> Option<&Model> {
        self.models.get(index).or(self.models.first())
    }

    pub fn party_ids(&self) -> impl Iterator<Item = PartyId> {
        (0..self.parties.len().min(256)).map(|i| PartyId(i as u8))
    }

    pub fn role_ids(&self) -> impl Iterator<Item = RoleId> {
        (0..self.roles.len().min(16)).map(|i| RoleId(i as u8))
    }

    /// Finds a party by name, else by id, ignoring case: cells name parties (and exports
    /// write names), so a name wins over another party's id.
    pub fn find_party(&self, key: &str) -> Option<PartyId> {
        let key = key.trim();
        self.parties
            .iter()
            .position(|p| same_name(&p.name, key))
            .or_else(|| {
                self.parties
                    .iter()
                    .position(|p| p.id.eq_ignore_ascii_case(key))
            })
            .map(|i| PartyId(i as u8))
    }

    /// Finds a party by id, else by name: URLs and attributes name parties by id.
    pub fn find_party_by_id(&self, key: &str) -> Option<PartyId> {
        let key = key.trim();
        self.parties
            .iter()
            .position(|p| p.id.eq_ignore_ascii_case(key))
            .map(|i| PartyId(i as u8))
            .or_else(|| self.find_party(key))
    }

    /// The role whose id is exactly `id` (the data format's and the built-in roles' ids: `r`,
    /// `a`, …), as code names a role; people's words go through [`Catalog::find_role`].
    pub fn role_by_id(&self, id: &str) -> Option<RoleId> {
        let i = self.roles.iter().position(|r| r.id == id)?;
        u8::try_from(i).ok().map(RoleId)
    }

    /// Finds a role by id, letter or name, ignoring case; an id wins over another role's
    /// letter (Support's `s` is not Signatory's letter S).
    pub fn find_role(&self, key: &str) -> Option<RoleId> {
        let key = key.trim();
        self.roles
            .iter()
            .position(|r| r.id.eq_ignore_ascii_case(key))
            .or_else(|| {
                self.roles
                    .iter()
                    .position(|r| r.letter.eq_ignore_ascii_case(key) || same_name(&r.name, key))
            })
            .map(|i| RoleId(i as u8))
    }

    pub fn find_model(&self, id: &str) -> Option<usize> {
        let id = id.trim();
        self.models
            .iter()
            .position(|m| m.id.eq_ignore_ascii_case(id))
    }
}

/// Names compare case-insensitively, beyond ASCII too (`Ärzte` = `ärzte`), with the search's
/// table-free case folding.
pub fn same_name(a: &str, b: &str) -> bool {
    use crate::views::search::fold;
    a.eq_ignore_ascii_case(b) || a.chars().map(fold).eq(b.chars().map(fold))
}

/// A set of roles as a bit set (a catalog has at most 16 roles).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RoleSet(pub u16);

impl RoleSet {
    pub const EMPTY: RoleSet = RoleSet(0);

    pub fn contains(self, role: RoleId) -> bool {
        self.0.checked_shr(role.0.into()).unwrap_or(0) & 1 != 0
    }

    pub fn with(self, role: RoleId) -> RoleSet {
        RoleSet(self.0 | 1u16.checked_shl(role.0.into()).unwrap_or(0))
    }

    pub fn toggled(self, role: RoleId) -> RoleSet {
        RoleSet(self.0 ^ 1u16.checked_shl(role.0.into()).unwrap_or(0))
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Roles in the set, in catalog order, among the first `count` roles.
    pub fn iter(self, count: usize) -> impl Iterator<Item = RoleId> {
        (0..count.min(16) as u8)
            .map(RoleId)
            .filter(move |r| self.contains(*r))
    }
}
