//! The catalog as the build-time plugins ship it inside `<raci-matrix>`: already read and
//! checked, so the browser only decodes it ([`crate::read::payload`]) and needs no reader of
//! tables, CSV or JSON. Also the hand-over from the run-time reader's wasm module to the
//! widget's. README "Build-time data" is the format's contract; in short:
//!
//! ```text
//! raci-catalog 1          the header: format and version
//! C <title>               the catalog's title (one line)
//! I <paragraph>           an intro paragraph (any number)
//! P <id> <name>           a party, in order (cells name it by its index)
//! R <id> <letter> <name> <meaning>   a role, in order (a task has one cell per role)
//! N <text>                a condition note, in order (an assignment names it by index)
//! M <id> <title> <intro> <description header>   a model; the tasks after it are its own
//! T <name> <description> <group> <cell>…        a task: one cell per role
//! W|E <at> <message> <line> <column>            a warning, or an error (then no catalog)
//! ```
//!
//! Fields are separated by a tab, one record per line. A cell lists its assignments separated
//! by spaces: the party's index, `?` for "if required", `#` and a note's index. In text, `\`,
//! tab, line feeds and `<` are escaped (`\\`, `\t`, `\n`, `\r`, `\l`), so no text ends the
//! record, and the payload holds no `<` at all (it travels in an HTML attribute, escaped as
//! any attribute is, and no page tool can mistake it for markup).

use crate::catalog::types::Assignment;
use crate::read::catalog_builder::Loaded;
use crate::Problem;

/// The first line of every payload; the number is the format's version.
pub const HEADER: &str = "raci-catalog 1";

/// The attribute of the empty `<template>` inside `<raci-matrix>` that holds the payload
/// (README "Build-time data"). Not a `<script>`: MkDocs Material's instant navigation runs
/// every inline script of a new page as JavaScript, whatever its type. A template is never
/// shown, and search indexers do not read attributes.
pub const ATTRIBUTE: &str = "data-raci-catalog";

/// The payload in its `<template>`, as a docs plugin puts it inside the element.
pub fn payload_element(loaded: &Loaded) -> String {
    let mut out = format!("<template {ATTRIBUTE}=\"");
    crate::write::export::escape_into(&mut out, &payload(loaded));
    out.push_str("\"></template>\n");
    out
}

/// The payload of a catalog that was read, with the warnings it was read with.
pub fn payload(loaded: &Loaded) -> String {
    let catalog = &loaded.catalog;
    let mut out = Out(String::with_capacity(256 + catalog.models.len() * 1024));
    out.0.push_str(HEADER);
    out.0.push('\n');
    out.record('C', &[&catalog.title]);
    for paragraph in &catalog.intro {
        out.record('I', &[paragraph]);
    }
    for party in &catalog.parties {
        out.record('P', &[&party.id, &party.name]);
    }
    for role in &catalog.roles {
        out.record('R', &[&role.id, &role.letter, &role.name, &role.meaning]);
    }
    for note in &catalog.notes {
        out.record('N', &[note]);
    }
    for model in &catalog.models {
        let head = [
            &model.id,
            &model.title,
            &model.intro,
            &model.description_header,
        ];
        out.record('M', &head);
        for task in &model.tasks {
            out.0.push('T');
            for text in [&task.name, &task.description, &task.group] {
                out.0.push('\t');
                escape_into(&mut out.0, text);
            }
            for cell in &task.cells {
                out.0.push('\t');
                cell_into(&mut out.0, cell);
            }
            out.0.push('\n');
        }
    }
    problems_into(&mut out, &loaded.warnings);
    out.0
}

/// The payload of data that could not be read: its errors (the widget shows them).
pub fn failure(problems: &[Problem]) -> String {
    let mut out = Out(format!("{HEADER}\n"));
    problems_into(&mut out, problems);
    out.0
}

struct Out(String);

impl Out {
    fn record(&mut self, kind: char, fields: &[&String]) {
        self.0.push(kind);
        for field in fields {
            self.0.push('\t');
            escape_into(&mut self.0, field);
        }
        self.0.push('\n');
    }
}

fn problems_into(out: &mut Out, problems: &[Problem]) {
    for problem in problems {
        let kind = if problem.is_error() { 'E' } else { 'W' };
        let (line, column) = problem.pos.map_or((0, 0), |p| (p.line, p.column));
        let (line, column) = (line.to_string(), column.to_string());
        out.record(kind, &[&problem.at, &problem.message, &line, &column]);
    }
}

fn cell_into(out: &mut String, cell: &[Assignment]) {
    for (i, assignment) in cell.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&assignment.party.0.to_string());
        if assignment.if_required {
            out.push('?');
        }
        if let Some(note) = assignment.note {
            out.push('#');
            out.push_str(&note.0.to_string());
        }
    }
}

/// Text as one field: see the module's notes.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '<' => out.push_str("\\l"),
            c => out.push(c),
        }
    }
}
