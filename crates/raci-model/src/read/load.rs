//! The one way data gets into the widget: text in one of the formats (the JSON data format,
//! Markdown tables, CSV, or the page's own tables as handed over by the element) → a checked
//! catalog with its warnings, or the problems that stop it.

use crate::problem::Problem;
use crate::read::catalog_builder::{Loaded, MAX_BYTES};
use crate::read::data_format::{read_json, too_big};
use crate::read::grid::{read_grids_as, Grid, Layout};
use crate::read::json::{parse, Value};
use crate::read::text_tables::{csv_grid, markdown_grids};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Markdown,
    Csv,
    /// The element's `<table>`s, read by the page script: `[{"title", "header", "rows"}]`.
    PageTables,
}

impl Format {
    /// From a file name or URL and a content type (either may be empty), else from the text.
    pub fn detect(name: &str, content_type: &str, text: &str) -> Format {
        let path = name
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let ctype = content_type.to_ascii_lowercase();
        if path.ends_with(".json") || ctype.contains("json") {
            Format::Json
        } else if path.ends_with(".md") || path.ends_with(".markdown") || ctype.contains("markdown")
        {
            Format::Markdown
        } else if path.ends_with(".csv")
            || path.ends_with(".tsv")
            || ctype.contains("csv")
            || ctype.contains("tab-separated")
        {
            Format::Csv
        } else {
            let start = text.trim_start_matches('\u{feff}').trim_start();
            if start.starts_with(['{', '[', '<']) {
                Format::Json // HTML gets the JSON reader's "this looks like HTML" message
            } else if markdown_grids(text).is_empty() {
                Format::Csv
            } else {
                Format::Markdown
            }
        }
    }
}

/// Reads `text` as `format`; `name` (a file name or URL) titles a CSV table.
pub fn load(text: &str, format: Format, name: &str) -> Result<Loaded, Vec<Problem>> {
    load_as(text, format, name, Layout::Auto)
}

/// [`load`] with the tables' layout given (a data file has none: `layout` is ignored).
pub fn load_as(
    text: &str,
    format: Format,
    name: &str,
    layout: Layout,
) -> Result<Loaded, Vec<Problem>> {
    if text.len() > MAX_BYTES {
        return Err(vec![too_big(text.len())]);
    }
    match format {
        Format::Json => read_json(text),
        Format::Markdown => {
            let grids = markdown_grids(text);
            if grids.is_empty() {
                return Err(vec![Problem::error(
                    "",
                    "no Markdown table found (a header row, then a |---|---| line)",
                )]);
            }
            read_grids_as(&grids, layout)
        }
        Format::Csv => read_grids_as(&[csv_grid(text, "the CSV table", &csv_title(name))], layout),
        Format::PageTables => read_grids_as(&page_grids(text)?, layout),
    }
}

/// "raci/teams.csv" → "teams".
fn csv_title(name: &str) -> String {
    if name == "-" {
        return String::new(); // stdin: "Matrix 1"
    }
    let file = name
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .rsplit('/')
        .next()
        .unwrap_or("");
    file.rsplit_once('.')
        .map_or(file, |(stem, _)| stem)
        .to_string()
}

/// The page script's hand-over: a list of `{title, header, rows}`, and `{error}` for a table
/// it cannot read (nested tables).
fn page_grids(text: &str) -> Result<Vec<Grid>, Vec<Problem>> {
    let bad = |what: &str| vec![Problem::error("", format!("internal: page tables {what}"))];
    let Ok(Value::Array(tables)) = parse(text) else {
        return Err(bad("are not a list"));
    };
    let strings = |v: Option<&Value>| -> Vec<String> {
        match v {
            Some(Value::Array(items)) => items
                .iter()
                .map(|i| {
                    if let Value::String(s) = i {
                        s.clone()
                    } else {
                        String::new()
                    }
                })
                .collect(),
            _ => Vec::new(),
        }
    };
    let mut grids = Vec::new();
    let mut problems = Vec::new();
    for (i, table) in tables.iter().enumerate() {
        let Value::Object(fields) = table else {
            return Err(bad("hold a non-object"));
        };
        let get = |key: &str| fields.iter().find(|(k, _)| k == key).map(|(_, v)| v);
        let label = format!("table {}", i + 1);
        if let Some(Value::String(error)) = get("error") {
            problems.push(Problem::error(label.as_str(), error.as_str()));
            continue;
        }
        let text = |key: &str| match get(key) {
            Some(Value::String(t)) => t.clone(),
            _ => String::new(),
        };
        let (title, id) = (text("title"), text("id"));
        let rows = match get("rows") {
            Some(Value::Array(rows)) => rows.iter().map(|r| strings(Some(r))).collect(),
            _ => Vec::new(),
        };
        grids.push(Grid {
            positions: Vec::new(),
            label,
            id,
            title,
            header: strings(get("header")),
            rows,
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(grids)
}
