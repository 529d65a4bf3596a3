//! The properties every input must keep, shared by the stable soak test (`tests/properties.rs`)
//! and the cargo-fuzz targets (`fuzz/fuzz_targets/*.rs` include this file by path): nothing
//! panics; a catalog the readers accept survives `full_json` and reading back; every view
//! computation and export runs on it; cell notation and view state round-trip.

// Each user calls a different part of this module.
#![allow(dead_code)]

use raci_widget::model::catalog::groups::{lines, Line};
use raci_widget::model::read::catalog_builder::Loaded;
use raci_widget::model::read::data_format::read_json;
use raci_widget::model::read::grid::Layout;
use raci_widget::model::read::load::{load, Format};
use raci_widget::model::read::notation::{format_cell, parse_cell, strip_formatting};
use raci_widget::model::read::payload::read_payload;
use raci_widget::model::read::vocab::parse_letters;
use raci_widget::model::views::checks;
use raci_widget::model::views::compare::{self, changed_cells, differences, shifts, visible_rows};
use raci_widget::model::views::pivot::held;
use raci_widget::model::views::search::Query;
use raci_widget::model::views::summary::summarize;
use raci_widget::model::views::url_query::{action_for_key, decode_pairs, KEYS};
use raci_widget::model::write::export::{
    catalog_markdown, catalog_markdown_as, html_table, raci_matrix_tag, View as Export,
};
use raci_widget::model::write::json::full_json;
use raci_widget::model::write::payload::payload;
use raci_widget::model::{Catalog, Filter, Problem, RoleSet, ViewState};

/// Loads `text` as `format` and, when the reader accepts it, checks the catalog.
pub fn check_load(text: &str, format: Format) -> Option<Catalog> {
    let result = load(text, format, "fuzz.csv");
    let problems = match &result {
        Ok(loaded) => &loaded.warnings,
        Err(problems) => problems,
    };
    for p in problems {
        check_place(p, text);
    }
    check_result(&result, text)
}

/// A problem placed in the text points at a character of it, or just past a line's end (an
/// empty last cell): line and column count from 1, in characters.
pub fn check_place(problem: &Problem, text: &str) {
    let Some(pos) = problem.pos else { return };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.split('\n').collect();
    let line = (pos.line as usize)
        .checked_sub(1)
        .and_then(|i| lines.get(i))
        .unwrap_or_else(|| panic!("{problem:?}: line {} of {}", pos.line, lines.len()));
    let width = line.chars().count();
    assert!(
        pos.column >= 1 && pos.column as usize <= width + 1,
        "{problem:?}: column {} of a {width}-character line {line:?}",
        pos.column
    );
}

/// A reader's answer: problems are well formed; an accepted catalog keeps every property.
pub fn check_result(result: &Result<Loaded, Vec<Problem>>, input: &str) -> Option<Catalog> {
    match result {
        Err(problems) => {
            assert!(!problems.is_empty(), "refused with no problem: {input:?}");
            assert!(problems.iter().any(Problem::is_error), "{problems:?}");
            assert!(problems.len() <= 51, "{} problems listed", problems.len());
            None
        }
        Ok(loaded) => {
            assert!(loaded.warnings.iter().all(|w| !w.is_error()));
            check_payload(loaded, input);
            check_catalog(&loaded.catalog, input);
            Some(loaded.catalog.clone())
        }
    }
}

/// What the build-time plugins ship (the payload) decodes to exactly what was read: the
/// catalog and its warnings, positions included.
pub fn check_payload(loaded: &Loaded, input: &str) {
    let text = payload(loaded);
    assert!(!text.contains('<'), "{text}");
    match read_payload(&text) {
        Ok(again) => {
            assert_eq!(
                again.catalog, loaded.catalog,
                "input: {input:?}\npayload: {text}"
            );
            assert_eq!(
                again.warnings, loaded.warnings,
                "input: {input:?}\npayload: {text}"
            );
        }
        Err(problems) => panic!("{problems:?}\ninput: {input:?}\npayload: {text}"),
    }
}

/// A page's payload, possibly hand-edited or cut short: never a panic; refused with a
/// message, or a catalog every view can show.
pub fn check_any_payload(text: &str) {
    match read_payload(text) {
        Ok(loaded) => {
            let catalog = &loaded.catalog;
            assert!(!catalog.models.is_empty() && catalog.roles.len() <= 16);
            for task in catalog.models.iter().flat_map(|m| &m.tasks) {
                assert_eq!(task.cells.len(), catalog.roles.len(), "{text:?}");
            }
            views(catalog);
        }
        Err(problems) => assert!(!problems.is_empty(), "refused with no problem: {text:?}"),
    }
}

/// Everything that must hold for a catalog the readers accepted.
pub fn check_catalog(catalog: &Catalog, input: &str) {
    assert!(
        !catalog.models.is_empty(),
        "accepted with no model: {input:?}"
    );
    assert!(catalog.roles.len() <= 16 && catalog.parties.len() <= 255);
    for task in catalog.models.iter().flat_map(|m| &m.tasks) {
        assert_eq!(task.cells.len(), catalog.roles.len(), "{input:?}");
    }
    round_trip(catalog, input);
    views(catalog);
}

/// parse → `full_json` → parse gives the same catalog. Notes are compared by text: their
/// numbering follows reading order, which the JSON's role order may change.
pub fn round_trip(catalog: &Catalog, input: &str) {
    let json = full_json(catalog);
    match read_json(&json) {
        Ok(again) => assert_eq!(
            normalized(&again.catalog),
            normalized(catalog),
            "the catalog read back from its JSON export differs\ninput: {input:?}\njson: {json}"
        ),
        Err(problems) => panic!(
            "the JSON export of an accepted catalog is refused: {problems:?}\ninput: {input:?}\n\
             json: {json}"
        ),
    }
}

/// The catalog with each note id replaced by its text (and the note list dropped).
fn normalized(catalog: &Catalog) -> (Catalog, Vec<Vec<Vec<Option<String>>>>) {
    let notes = catalog
        .models
        .iter()
        .flat_map(|m| &m.tasks)
        .map(|t| {
            t.cells
                .iter()
                .map(|c| {
                    c.iter()
                        .map(|a| a.note.map(|n| catalog.note(n).to_string()))
                        .collect()
                })
                .collect()
        })
        .collect();
    let mut plain = catalog.clone();
    plain.notes.clear();
    for a in plain
        .models
        .iter_mut()
        .flat_map(|m| m.tasks.iter_mut())
        .flat_map(|t| t.cells.iter_mut())
        .flat_map(|c| c.iter_mut())
    {
        a.note = None;
    }
    (plain, notes)
}

/// Filters worth trying on any catalog: none, each party, the first roles, a search.
fn filters(catalog: &Catalog) -> Vec<Filter> {
    let mut out = vec![Filter::default()];
    for party in catalog.party_ids().take(2) {
        out.push(Filter {
            party: Some(party),
            roles: RoleSet(0b11),
            query: String::new(),
        });
    }
    let word = catalog
        .models
        .first()
        .and_then(|m| m.tasks.first())
        .map_or("x", |t| t.name.as_str());
    out.push(Filter {
        party: None,
        roles: RoleSet(0xffff),
        query: format!("{word} É ß"),
    });
    out
}

/// Every view computation and export, for every model: none may panic.
pub fn views(catalog: &Catalog) {
    let models = catalog.models.len();
    let rows = compare::rows(catalog);
    let _ = differences(catalog);
    for filter in filters(catalog) {
        let _ = visible_rows(catalog, &rows, &filter);
        let query = Query::new(&filter.query);
        // The first models: a catalog of 100 models stays quick (they all share the code).
        for model in 0..models.min(3) {
            let state = ViewState {
                model,
                filter: filter.clone(),
                ..ViewState::default()
            };
            let shown = state.shown(catalog);
            let Some(m) = catalog.models.get(shown.model) else {
                panic!("shown names a model that is not there");
            };
            for &i in &shown.tasks {
                let task = &m.tasks[i];
                let _ = query.segments(&task.name);
                let _ = query.segments(&task.description);
            }
            let export = Export {
                catalog,
                model: m,
                tasks: &shown.tasks,
                columns: &shown.columns,
            };
            let _ = export.csv();
            let _ = export.markdown();
            let _ = state.from(models);
        }
    }
    // Every pair of the first models (and the last), bounded likewise.
    let picked: Vec<usize> = (0..models.min(3)).chain(models.checked_sub(1)).collect();
    for &from in &picked {
        for &to in &picked {
            for shift in shifts(catalog, from, to) {
                let _ = shift.sentences(catalog);
            }
            let _ = changed_cells(catalog, from, to);
        }
    }
    for model in catalog.models.iter().take(4) {
        for finding in checks::run(catalog, model) {
            let _ = finding.check.title();
            let _ = finding.check.explain(catalog);
        }
        for party in catalog.party_ids() {
            let _ = summarize(catalog, model, party);
        }
        for task in model.tasks.iter().take(50) {
            for party in catalog.party_ids() {
                let _ = held(task, party, RoleSet::EMPTY);
                let _ = held(task, party, RoleSet(0b101));
            }
        }
        let _ = html_table(catalog, model);
    }
    let _ = catalog_markdown(catalog);
    let _ = catalog_markdown_as(catalog, Layout::PartiesAsColumns);
    let models: Vec<_> = catalog.models.iter().take(3).collect();
    let loaded = Loaded {
        catalog: catalog.clone(),
        warnings: Vec::new(),
    };
    let _ = raci_matrix_tag(&loaded, &models, "");
    for model in catalog.models.iter().take(3) {
        let all: Vec<usize> = (0..model.tasks.len()).collect();
        let shown = lines(model, &all, false);
        // Every task is shown once, and a group header counts the tasks below it.
        let tasks = shown.iter().filter(|l| matches!(l, Line::Task(_))).count();
        assert_eq!(tasks, model.tasks.len());
        let counted: usize = shown
            .iter()
            .map(|l| match l {
                Line::Group { tasks, .. } => *tasks,
                Line::Task(_) => 0,
            })
            .sum();
        let grouped = model.tasks.iter().filter(|t| !t.group.is_empty()).count();
        assert_eq!(counted, grouped);
    }
}

/// The cell notation: parsing never panics; what `format_cell` writes reads back the same.
pub fn check_cell(text: &str) {
    let _ = strip_formatting(text);
    let _ = parse_letters(text);
    if let Ok(entries) = parse_cell(text) {
        let written = format_cell(
            entries
                .iter()
                .map(|e| (e.name.as_str(), e.if_required, e.note.as_deref())),
        );
        // Whether a name was quoted is how it was written, not what it says.
        let plain =
            |es: &[raci_widget::model::read::notation::Entry]| -> Vec<(String, bool, Option<String>)> {
                es.iter()
                    .map(|e| (e.name.clone(), e.if_required, e.note.clone()))
                    .collect()
            };
        match parse_cell(&written) {
            Ok(again) => assert_eq!(
                plain(&again),
                plain(&entries),
                "cell {text:?} written as {written:?}"
            ),
            Err(e) => panic!("cell {text:?} written as {written:?} does not read back: {e}"),
        }
    }
}

/// The URL/attribute state: any query parses; the state written back into a query (with
/// the host's own keys kept) reads back the same; every key applies as an action.
pub fn check_query(catalog: &Catalog, query: &str) {
    let state = ViewState::from_query(catalog, query);
    let merged = state.merge_into_query(catalog, query);
    let again = ViewState::from_query(catalog, &merged);
    assert_eq!(
        normalized_state(catalog, &again),
        normalized_state(catalog, &state),
        "query {query:?} written back as {merged:?}"
    );
    // The host's keys are kept, in order.
    let host = |q: &str| -> Vec<(String, String)> {
        decode_pairs(q)
            .into_iter()
            .filter(|(k, _)| !KEYS.contains(&k.as_str()))
            .collect()
    };
    assert_eq!(host(&merged), host(query), "host keys of {query:?}");
    let shown = state.shown(catalog);
    if !catalog.models.is_empty() {
        assert!(shown.model < catalog.models.len());
    }
    for (key, value) in decode_pairs(query).iter().take(8) {
        if let Some(action) = action_for_key(catalog, key, Some(value)) {
            let _ = state.apply(action);
        }
        let _ = action_for_key(catalog, key, None);
    }
}

/// What a state means for a catalog: a model index past the end is the first model, a
/// "from" past the end is the default.
fn normalized_state(catalog: &Catalog, state: &ViewState) -> ViewState {
    let mut s = state.clone();
    if s.model >= catalog.models.len() {
        s.model = 0;
    }
    s.from = s.from.filter(|f| *f < catalog.models.len());
    s.filter.query = s.filter.query.trim().to_string();
    s
}

/// Pieces RACI tables are written with, for generated cells, headers and queries.
pub const WORDS: &[&str] = &[
    "R",
    "A",
    "C",
    "I",
    "S",
    "V",
    "A/R",
    "R, A",
    "RA",
    "Responsible",
    "Accountable",
    "Consulted",
    "Informed",
    "Support",
    "Signatory",
    "Verifier",
    "Task",
    "Description",
    "Notes",
    "WSO2",
    "Customer",
    "Legal",
    "Ops",
    "wso2",
    "Ärzte",
    "ärzte",
    "/",
    ", ",
    " and ",
    " + ",
    ";",
    "&",
    "(if required)",
    " (if required)",
    "(x)",
    "(",
    ")",
    "[",
    "]",
    "—",
    "-",
    "none",
    "n/a",
    "**",
    "*",
    "_",
    "`",
    "<b>",
    "</b>",
    "<br>",
    "<",
    ">",
    "|",
    "\\|",
    "\\",
    "\"",
    "\"UX/UI Designer\"",
    "\"A (b)\"",
    "**Phase**",
    "-----",
    "'",
    " ",
    "\n",
    "\t",
    ":",
    "#",
    "## ",
    "---",
    "|---|",
    "é",
    "ß",
    "İ",
    "\u{feff}",
    "0",
    "1",
    "-2",
];

/// Catalogs with awkward vocabularies: Signatory before Support (both letter S), party names
/// that are other parties' ids, names differing only beyond ASCII case.
pub fn sample_catalogs() -> Vec<Catalog> {
    let sources = [
        (
            "| Task | Signatory | Support | Responsible | Accountable |\n|---|---|---|---|---|\n\
             | Sign | Legal | Ops | Ops | Legal (if rights unclear) |\n",
            Format::Markdown,
        ),
        (
            r#"{"parties": [{"id": "b", "name": "A"}, {"id": "c", "name": "B"},
                {"id": "d", "name": "Ärzte"}],
               "models": [{"id": "m", "title": "M", "tasks": [
                 {"task": "t", "cells": {"r": "c", "a": "b", "c": "A/d", "i": "Ärzte"}}]},
                 {"id": "b", "title": "c", "tasks": [{"task": "t", "cells": {"r": "A"}}]}]}"#,
            Format::Json,
        ),
        (
            "Task,R,A,C,I\nPlan,X,Y (if required),X/Y,Z\nShip,Y,X,,\n",
            Format::Csv,
        ),
    ];
    sources
        .into_iter()
        .filter_map(|(text, format)| load(text, format, "sample.csv").ok())
        .map(|l| l.catalog)
        .collect()
}
