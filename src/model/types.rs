//! The typed shape of a RACI catalog: parties and roles are vocabularies (data), tasks hold one
//! cell per role, each cell a list of assignments.
//!
//! Everything borrows `'static` data: the built-in catalog is baked into the binary at compile
//! time (see `build.rs`), so start-up parses nothing.

/// Index of a party in [`Catalog::parties`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartyId(pub u8);

/// Index of a role in [`Catalog::roles`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RoleId(pub u8);

#[derive(Debug, PartialEq, Eq)]
pub struct Party {
    /// Stable lowercase id used in URLs and attributes (`wso2`, `customer`).
    pub id: &'static str,
    /// Name as shown to readers and written in cells (`WSO2`, `Customer`).
    pub name: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Role {
    /// Stable lowercase id used in URLs and attributes (`r`, `a`, `c`, `i`).
    pub id: &'static str,
    pub letter: &'static str,
    pub name: &'static str,
    /// One line saying what holding the role means.
    pub meaning: &'static str,
}

/// One party holding one role for one task.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub party: PartyId,
    /// "(if required)" in the source: the party takes the role only when the need arises.
    pub if_required: bool,
}

/// A cell: who holds one role for one task. Empty means nobody ("—" in the source); two
/// entries mean joint ("WSO2/Customer").
pub type Cell = &'static [Assignment];

#[derive(Debug, PartialEq, Eq)]
pub struct Task {
    pub name: &'static str,
    /// May be empty (the source's "Integration …" rows have none).
    pub description: &'static str,
    /// One cell per role, in [`Catalog::roles`] order.
    pub cells: &'static [Cell],
}

impl Task {
    pub fn cell(&self, role: RoleId) -> Cell {
        self.cells.get(role.0 as usize).copied().unwrap_or(&[])
    }

    /// Does `party` hold `role` (jointly or "if required" included)?
    pub fn holds(&self, party: PartyId, role: RoleId) -> bool {
        self.cell(role).iter().any(|a| a.party == party)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Model {
    /// Stable id used in URLs and the embed API.
    pub id: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub tasks: &'static [Task],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Catalog {
    pub title: &'static str,
    pub intro: &'static [&'static str],
    pub parties: &'static [Party],
    pub roles: &'static [Role],
    pub models: &'static [Model],
}

impl Catalog {
    pub fn party(&self, id: PartyId) -> &Party {
        &self.parties[id.0 as usize]
    }

    pub fn role(&self, id: RoleId) -> &Role {
        &self.roles[id.0 as usize]
    }

    pub fn party_ids(&self) -> impl Iterator<Item = PartyId> {
        (0..self.parties.len() as u8).map(PartyId)
    }

    pub fn role_ids(&self) -> impl Iterator<Item = RoleId> {
        (0..self.roles.len() as u8).map(RoleId)
    }

    /// Finds a party by id or by name, ignoring ASCII case.
    pub fn find_party(&self, key: &str) -> Option<PartyId> {
        let key = key.trim();
        self.parties
            .iter()
            .position(|p| p.id.eq_ignore_ascii_case(key) || p.name.eq_ignore_ascii_case(key))
            .map(|i| PartyId(i as u8))
    }

    /// Finds a role by id, letter or name, ignoring ASCII case.
    pub fn find_role(&self, key: &str) -> Option<RoleId> {
        let key = key.trim();
        self.roles
            .iter()
            .position(|r| {
                r.id.eq_ignore_ascii_case(key)
                    || r.letter.eq_ignore_ascii_case(key)
                    || r.name.eq_ignore_ascii_case(key)
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

/// A set of roles as a bit set (the build refuses catalogs with more than 16 roles).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RoleSet(pub u16);

impl RoleSet {
    pub const EMPTY: RoleSet = RoleSet(0);

    pub fn contains(self, role: RoleId) -> bool {
        self.0 & (1 << role.0) != 0
    }

    pub fn with(self, role: RoleId) -> RoleSet {
        RoleSet(self.0 | (1 << role.0))
    }

    pub fn toggled(self, role: RoleId) -> RoleSet {
        RoleSet(self.0 ^ (1 << role.0))
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Roles in the set, in catalog order, among the first `count` roles.
    pub fn iter(self, count: usize) -> impl Iterator<Item = RoleId> {
        (0..count as u8)
            .map(RoleId)
            .filter(move |r| self.contains(*r))
    }
}
