//! Builds a catalog while a reader walks its source (a JSON data file or tables), keeping
//! vocabularies, limits and problems in one place so both readers behave alike.

use crate::catalog::types::{
    Assignment, Catalog, Model, NoteId, Party, PartyId, Role, RoleId, Task,
};
use crate::problem::Q;
use crate::problem::{did_you_mean, Pos, Problem};
use crate::read::notation::{cell_name, parse_cell, slug, Entry, IF_REQUIRED};
use crate::read::vocabulary::{role, Known};

/// Limits, so that no page can make the widget hang or run out of memory (README "Limits").
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_MODELS: usize = 100;
pub const MAX_TASKS: usize = 5_000;
pub const MAX_PARTIES: usize = 255;
pub const MAX_ROLES: usize = 16;
pub const MAX_TEXT: usize = 2_000;
/// Longest id (model, party, role), as the data format's schema says.
pub const MAX_ID: usize = 64;

/// The data format's rule for an id (model, party, role): lowercase letters, digits and `-`,
/// at most [`MAX_ID`]; the empty id means "none given" (one is then made from the name).
pub fn is_id(id: &str) -> bool {
    id.len() <= MAX_ID
        && id
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
}
/// Problems listed before "… and N more" (a wrong file can produce thousands).
pub const MAX_LISTED: usize = 50;

/// A catalog that loaded, with what looked suspicious in it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    pub catalog: Catalog,
    pub warnings: Vec<Problem>,
}

impl Loaded {
    /// The same catalog and warnings with only `models` (a page that shows some of them).
    pub fn only(&self, models: &[&crate::Model]) -> Loaded {
        Loaded {
            catalog: Catalog {
                models: models.iter().map(|m| (*m).clone()).collect(),
                ..self.catalog.clone()
            },
            warnings: self.warnings.clone(),
        }
    }
}

/// Where a task is: model index, task index.
#[derive(Clone, Copy, Debug)]
pub struct TaskRef(usize, usize);

#[derive(Default)]
pub struct Builder {
    pub catalog: Catalog,
    problems: Vec<Problem>,
    /// Parties were declared up front (a data file's `parties`): a new name is an error.
    pub closed_parties: bool,
    /// Where in the source text the reader is (the table, row or cell being read), given to
    /// each problem found meanwhile; `None` where it does not know.
    pub here: Option<Pos>,
    /// Where each task's row is, by model and task (for the warnings about a whole model).
    pub task_places: Vec<Vec<Option<Pos>>>,
}

impl Builder {
    pub fn error(&mut self, at: &str, message: impl Into<String>) {
        self.problems
            .push(Problem::error(at, message).with_pos(self.here));
    }

    pub fn warn(&mut self, at: &str, message: impl Into<String>) {
        self.problems
            .push(Problem::warning(at, message).with_pos(self.here));
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// Refuses text over [`MAX_TEXT`] characters (and keeps a cut copy, to go on checking).
    pub fn text(&mut self, at: &str, what: &str, text: &str) -> String {
        if text.chars().count() > MAX_TEXT {
            self.error(
                at,
                format!("the {what} is longer than {MAX_TEXT} characters"),
            );
            return text.chars().take(MAX_TEXT).collect();
        }
        text.to_string()
    }

    /// A new model; `id` empty means "from the title". Returns its index.
    pub fn add_model(&mut self, at: &str, title: &str) -> usize {
        self.add_model_with_id(at, "", title, "")
    }

    pub fn add_model_with_id(&mut self, at: &str, id: &str, title: &str, intro: &str) -> usize {
        if self.catalog.models.len() == MAX_MODELS {
            self.error(at, format!("more than {MAX_MODELS} models (tables)"));
        }
        let number = self.catalog.models.len() + 1;
        let title = match title.trim() {
            "" => format!("Matrix {number}"),
            t => self.text(at, "title", t),
        };
        // The data format's rule for ids (at most 64 characters), so that exports read back.
        let id = if is_id(id) { id } else { "" };
        let base = if id.is_empty() {
            slug(&title, &format!("matrix-{number}"))
        } else {
            id.to_string()
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.catalog.find_model(&id).is_some() {
            let suffix = format!("-{n}");
            let keep = MAX_ID.saturating_sub(suffix.len()).min(base.len());
            id = format!("{}{suffix}", base.get(..keep).unwrap_or(""));
            n += 1;
        }
        let intro = self.text(at, "introduction", intro);
        self.catalog.models.push(Model {
            id,
            title,
            intro,
            description_header: String::new(),
            tasks: Vec::new(),
        });
        self.catalog.models.len() - 1
    }

    pub fn add_task(&mut self, model: usize, at: &str, name: &str) -> TaskRef {
        let name = self.text(at, "task name", name);
        let count = self.catalog.models.get(model).map_or(0, |m| m.tasks.len());
        if count == MAX_TASKS {
            self.error(at, format!("more than {MAX_TASKS} tasks in one model"));
        }
        let Some(m) = self.catalog.models.get_mut(model) else {
            return TaskRef(model, 0);
        };
        m.tasks.push(Task {
            name,
            ..Task::default()
        });
        if self.task_places.len() <= model {
            self.task_places.resize(model + 1, Vec::new());
        }
        if let Some(places) = self.task_places.get_mut(model) {
            places.push(self.here);
        }
        TaskRef(model, m.tasks.len() - 1)
    }

    fn task(&mut self, at: TaskRef) -> Option<&mut Task> {
        self.catalog.models.get_mut(at.0)?.tasks.get_mut(at.1)
    }

    pub fn set_description(&mut self, task: TaskRef, at: &str, text: String) {
        let text = self.text(at, "description", &text);
        if let Some(t) = self.task(task) {
            t.description = text;
        }
    }

    pub fn set_group(&mut self, task: TaskRef, at: &str, group: &str) {
        if group.is_empty() {
            return;
        }
        let group = self.text(at, "group", group);
        if let Some(t) = self.task(task) {
            t.group = group;
        }
    }

    /// The catalog's role for a known one, added on first use.
    pub fn known_role(&mut self, known: &Known, at: &str) -> Option<RoleId> {
        self.add_role(role(known), at)
    }

    /// Finds a role by id, or adds it; `None` (and an error) past [`MAX_ROLES`].
    pub fn add_role(&mut self, new: Role, at: &str) -> Option<RoleId> {
        if let Some(id) = self.catalog.role_by_id(&new.id) {
            return Some(id);
        }
        if self.catalog.roles.len() >= MAX_ROLES {
            self.error(at, format!("more than {MAX_ROLES} roles"));
            return None;
        }
        self.catalog.roles.push(new);
        Some(RoleId((self.catalog.roles.len() - 1) as u8))
    }

    /// Declares a party (a data file's `parties`).
    pub fn add_party(&mut self, id: &str, name: &str, at: &str) -> Option<PartyId> {
        if self.catalog.parties.len() >= MAX_PARTIES {
            self.error(at, format!("more than {MAX_PARTIES} parties"));
            return None;
        }
        let name = self.text(at, "party name", name);
        // Exports write cells by party name (in quotes when it holds a separator, a
        // parenthesis or a mark for nobody): a name that even then reads as something else
        // (formatting, a tag) could not be read back.
        let written = cell_name(&name);
        let reads_back = matches!(
            parse_cell(&written).as_deref(),
            Ok([e]) if e.name == name && !e.if_required && e.note.is_none()
        );
        if !reads_back {
            self.error(
                at,
                format!(
                    "the party name {name_q} cannot be written in a cell: it holds formatting \
                     (** _ ` or a tag) that a cell drops",
                    name_q = Q(&name)
                ),
            );
            return None;
        }
        let base = if id.is_empty() {
            slug(&name, "party")
        } else {
            id.to_string()
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.catalog.parties.iter().any(|p| p.id == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.catalog.parties.push(Party { id, name });
        Some(PartyId((self.catalog.parties.len() - 1) as u8))
    }

    /// The party a cell names (by name or id), discovered on first appearance unless the
    /// parties were declared.
    pub fn party(&mut self, name: &str, at: &str) -> Option<PartyId> {
        if let Some(id) = self.catalog.find_party(name) {
            return Some(id);
        }
        if self.closed_parties {
            let names = self.catalog.parties.iter().map(|p| p.name.as_str());
            let hint = did_you_mean(name, names);
            self.error(
                at,
                format!("unknown party {name_q}{hint}", name_q = Q(name)),
            );
            return None;
        }
        self.add_party("", name, at)
    }

    fn note(&mut self, text: &str, at: &str) -> Option<NoteId> {
        let text = self.text(at, "note", text);
        if let Some(i) = self.catalog.notes.iter().position(|n| *n == text) {
            return Some(NoteId(i as u16));
        }
        let id = u16::try_from(self.catalog.notes.len()).ok()?;
        self.catalog.notes.push(text);
        Some(NoteId(id))
    }

    /// A cell's entry: as [`Builder::assign`], but `Name (note)` is the party called so when
    /// there is one (a header `AUCyber (IaaS)`, a data file's party list).
    pub fn assign_entry(&mut self, task: TaskRef, role: RoleId, e: &Entry, at: &str) {
        if let (Some(note), false) = (&e.note, e.quoted) {
            let whole = format!("{} ({note})", e.name);
            if self.catalog.find_party(&whole).is_some() {
                return self.assign(task, role, &whole, e.if_required, None, at);
            }
        }
        self.assign(task, role, &e.name, e.if_required, e.note.clone(), at);
    }

    /// `party_name` holds `role` for `task`, with its condition.
    pub fn assign(
        &mut self,
        task: TaskRef,
        role: RoleId,
        party_name: &str,
        if_required: bool,
        note: Option<String>,
        at: &str,
    ) {
        let Some(party) = self.party(party_name, at) else {
            return;
        };
        let note = match note {
            Some(n) if n.eq_ignore_ascii_case(IF_REQUIRED) => None,
            Some(n) => self.note(&n, at),
            None => None,
        };
        let assignment = Assignment {
            party,
            if_required,
            note,
        };
        let Some(t) = self.task(task) else { return };
        let index = role.0 as usize;
        if t.cells.len() <= index {
            t.cells.resize(index + 1, Vec::new());
        }
        if let Some(cell) = t.cells.get_mut(index) {
            if !cell.iter().any(|a| a.party == party) {
                cell.push(assignment);
            }
        }
    }

    /// The catalog, every task with one cell per role; or every problem when one is an error.
    pub fn finish(mut self) -> Result<Loaded, Vec<Problem>> {
        self.here = None;
        if self.catalog.models.is_empty() && !self.has_errors() {
            self.error("", "no models");
        }
        let roles = self.catalog.roles.len();
        for task in self
            .catalog
            .models
            .iter_mut()
            .flat_map(|m| m.tasks.iter_mut())
        {
            task.cells.resize(roles, Vec::new());
        }
        // Errors first: they are what stops the load.
        // With errors, only they are listed: warnings may be their echo, and come back once the
        // errors are fixed.
        let (mut problems, warnings): (Vec<Problem>, Vec<Problem>) =
            self.problems.into_iter().partition(Problem::is_error);
        if problems.is_empty() {
            problems = warnings;
        }
        if problems.len() > MAX_LISTED {
            let more = problems.len() - MAX_LISTED;
            let errors = problems.iter().any(Problem::is_error);
            problems.truncate(MAX_LISTED);
            let line = format!("… and {more} more");
            problems.push(if errors {
                Problem::error("", line)
            } else {
                Problem::warning("", line)
            });
        }
        if problems.iter().any(Problem::is_error) {
            Err(problems)
        } else {
            Ok(Loaded {
                catalog: self.catalog,
                warnings: problems,
            })
        }
    }
}
