//! Reads back what [`crate::write::payload`] wrote: a catalog already read and checked at build
//! time (or by the run-time reader's module). It is the only reader the widget's own wasm
//! holds, so it is small; and since a page's payload can be hand-edited or cut short, it
//! checks every index and count and answers a bad payload with a message, never a panic.

use crate::catalog::types::{Assignment, Catalog, Model, NoteId, Party, PartyId, Role, Task};
use crate::problem::{Pos, Problem};
use crate::read::catalog_builder::{is_id, Loaded, MAX_MODELS, MAX_PARTIES, MAX_ROLES, MAX_TASKS};
use crate::write::payload::HEADER;

/// The catalog in `text`, with its warnings; the errors a failed reading carried, or what is
/// wrong with the payload itself.
pub fn read_payload(text: &str) -> Result<Loaded, Vec<Problem>> {
    // Line numbers count from the script's first line (its text starts after `<script …>`).
    let mut lines = text
        .lines()
        .enumerate()
        .skip_while(|(_, l)| l.trim().is_empty());
    let (at, header) = lines.next().map_or((0, ""), |(i, line)| (i, line.trim()));
    if header != HEADER {
        return Err(vec![bad(at + 1, version_message(header))]);
    }
    let mut reader = Reader::default();
    for (index, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let number = index + 1;
        reader
            .line(line)
            .map_err(|message| vec![bad(number, message)])?;
    }
    reader.finish()
}

#[derive(Default)]
struct Reader {
    catalog: Catalog,
    warnings: Vec<Problem>,
    errors: Vec<Problem>,
}

impl Reader {
    fn line(&mut self, line: &str) -> Result<(), String> {
        let mut fields = line.split('\t');
        let kind = fields.next().unwrap_or("");
        let mut text = || fields.next().map(unescape).ok_or("a field is missing");
        let catalog = &mut self.catalog;
        // A task has one cell per role listed so far: no vocabulary may come after a model.
        if matches!(kind, "P" | "R" | "N") && !catalog.models.is_empty() {
            return Err("parties, roles and notes come before the models".to_string());
        }
        match kind {
            "C" => catalog.title = text()?,
            "I" => catalog.intro.push(text()?),
            "P" => {
                let (id, name) = (text()?, text()?);
                counted(catalog.parties.len(), MAX_PARTIES, "parties")?;
                checked_id(&id)?;
                catalog.parties.push(Party { id, name });
            }
            "R" => {
                let role = Role {
                    id: text()?,
                    letter: text()?,
                    name: text()?,
                    meaning: text()?,
                };
                counted(catalog.roles.len(), MAX_ROLES, "roles")?;
                checked_id(&role.id)?;
                catalog.roles.push(role);
            }
            "N" => {
                let note = text()?;
                counted(catalog.notes.len(), usize::from(u16::MAX), "notes")?;
                catalog.notes.push(note);
            }
            "M" => {
                let model = Model {
                    id: text()?,
                    title: text()?,
                    intro: text()?,
                    description_header: text()?,
                    tasks: Vec::new(),
                };
                counted(catalog.models.len(), MAX_MODELS, "models")?;
                checked_id(&model.id)?;
                catalog.models.push(model);
            }
            "T" => {
                let (name, description, group) = (text()?, text()?, text()?);
                let cells = fields
                    .map(|cell| self::cell(cell, catalog))
                    .collect::<Result<_, _>>()?;
                let task = Task {
                    name,
                    description,
                    group,
                    cells,
                };
                if task.cells.len() != catalog.roles.len() {
                    return Err(format!(
                        "a task has {} cells for {} roles",
                        task.cells.len(),
                        catalog.roles.len()
                    ));
                }
                let model = catalog
                    .models
                    .last_mut()
                    .ok_or("a task comes before any model")?;
                counted(model.tasks.len(), MAX_TASKS, "tasks in one model")?;
                model.tasks.push(task);
            }
            "W" | "E" => {
                let problem = problem(kind == "E", text()?, text()?, text()?, text()?);
                match kind {
                    "E" => self.errors.push(problem),
                    _ => self.warnings.push(problem),
                }
            }
            other => return Err(format!("\"{other}\" is not a kind of record")),
        }
        Ok(())
    }

    fn finish(self) -> Result<Loaded, Vec<Problem>> {
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        if self.catalog.models.is_empty() {
            return Err(vec![bad(1, "it holds no model".to_string())]);
        }
        Ok(Loaded {
            catalog: self.catalog,
            warnings: self.warnings,
        })
    }
}

/// One cell: `0 1? 2#0 3?#1`.
fn cell(text: &str, catalog: &Catalog) -> Result<Vec<Assignment>, String> {
    text.split(' ')
        .filter(|a| !a.is_empty())
        .map(|a| {
            let (party, note) = match a.split_once('#') {
                Some((party, note)) => (party, Some(note)),
                None => (a, None),
            };
            let (party, if_required) = match party.strip_suffix('?') {
                Some(party) => (party, true),
                None => (party, false),
            };
            let party = index(party, catalog.parties.len(), "party")?;
            let note = match note {
                Some(note) => Some(NoteId(index(note, catalog.notes.len(), "note")? as u16)),
                None => None,
            };
            Ok(Assignment {
                party: PartyId(party as u8),
                if_required,
                note,
            })
        })
        .collect()
}

fn index(text: &str, count: usize, what: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(i) if i < count => Ok(i),
        _ => Err(format!(
            "{what} \"{text}\" is not one of the {count} listed before it"
        )),
    }
}

fn counted(count: usize, most: usize, what: &str) -> Result<(), String> {
    match count < most {
        true => Ok(()),
        false => Err(format!("more than {most} {what}")),
    }
}

fn checked_id(id: &str) -> Result<(), String> {
    match is_id(id) && !id.is_empty() {
        true => Ok(()),
        false => Err(format!("\"{id}\" is not an id")),
    }
}

fn problem(error: bool, at: String, message: String, line: String, column: String) -> Problem {
    let pos = match (line.parse(), column.parse()) {
        (Ok(line), Ok(column)) if line > 0 && column > 0 => Some(Pos { line, column }),
        _ => None,
    };
    let problem = match error {
        true => Problem::error(at, message),
        false => Problem::warning(at, message),
    };
    problem.with_pos(pos)
}

fn bad(line: usize, message: String) -> Problem {
    Problem::error(
        format!("the build-time data, line {line}"),
        format!("{message} (rebuild the page; the data was changed or cut short since)"),
    )
}

fn version_message(header: &str) -> String {
    match header.strip_prefix("raci-catalog ") {
        Some(version) => format!(
            "it is in format {version}, and this widget reads format {}: use the same \
             raci-widget version for the build and the page",
            HEADER.trim_start_matches("raci-catalog ")
        ),
        None => "it does not start with \"raci-catalog\"".to_string(),
    }
}

/// Undoes [`crate::write::payload::escape_into`]; an unknown escape keeps its character.
fn unescape(field: &str) -> String {
    if !field.contains('\\') {
        return field.to_string();
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('l') => out.push('<'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}
