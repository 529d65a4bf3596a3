//! Tables as people write them → a catalog. One pure step, fed by thin readers (the page's
//! `<table>` elements, Markdown, CSV), each handing over rows of strings. Two layouts, told apart
//! by the header row: roles as columns (cells name parties) or parties as columns (cells hold
//! role letters). Each table is one model; parties and roles are shared by all of them.

use super::catalog_builder::{Builder, Loaded};
use super::notation::{parse_cell, strip_formatting};
use super::problem::Problem;
use super::problem::Q;
use super::types::RoleId;
use super::vocabulary::{is_text_header, parse_letters, role_of_header, Known, KNOWN};

/// One table: where it is (for messages), its title, header and body rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grid {
    /// "table 2", "the table in x.csv": opens every message about it.
    pub label: String,
    /// The model id to use (a table's `data-model`); empty: a slug of the title.
    pub id: String,
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

enum Column {
    Text,
    Role(RoleId),
    Party(String),
}

/// Reads every table into one catalog; errors stop the load, warnings come with the catalog.
pub fn read_grids(grids: &[Grid]) -> Result<Loaded, Vec<Problem>> {
    let mut builder = Builder::default();
    if grids.is_empty() {
        builder.error("", "no table found");
    }
    for grid in grids {
        read_grid(&mut builder, grid);
    }
    builder.finish()
}

fn read_grid(b: &mut Builder, grid: &Grid) {
    let label = grid.label.as_str();
    let header: Vec<String> = grid.header.iter().map(|h| strip_formatting(h)).collect();
    if header.len() < 2 {
        b.error(
            label,
            "needs a header row with a task column and role or party columns",
        );
        return;
    }
    if grid
        .rows
        .iter()
        .all(|r| r.iter().all(|c| c.trim().is_empty()))
    {
        b.error(label, "has no rows below its header");
        return;
    }
    let Some(columns) = classify(b, grid, &header) else {
        return;
    };
    let model = b.add_model_with_id(label, &grid.id, &grid.title, "");
    let width = header.len();
    for row in &grid.rows {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // Empty cells past the header's end are a trailing "|" or ",", not data.
        let keep = row
            .iter()
            .rposition(|c| !c.trim().is_empty())
            .map_or(0, |i| i + 1)
            .max(width.min(row.len()));
        let row = row.get(..keep).unwrap_or(row);
        let name = strip_formatting(row.first().map_or("", |c| c.as_str()));
        let at = format!("{label}, row {name_q}", name_q = Q(&name));
        if name.is_empty() {
            b.error(
                label,
                format!(
                    "a row has no task name in its first column: {}",
                    Q(&row.join(" | "))
                ),
            );
            continue;
        }
        if row.len() > width {
            b.error(&at, format!("{} cells, the header has {width}", row.len()));
            continue;
        }
        if row.len() < width {
            b.warn(
                &at,
                format!(
                    "{} cells, the header has {width}: the missing cells are read as empty",
                    row.len()
                ),
            );
        }
        let mut description: Vec<String> = Vec::new();
        let task = b.add_task(model, &at, &name);
        for (i, column) in columns.iter().enumerate() {
            let text = row.get(i + 1).map_or("", |c| c.as_str());
            let head = header.get(i + 1).map_or("", |h| h.as_str());
            let at = format!("{at}, column {head_q}", head_q = Q(head));
            match column {
                Column::Text => {
                    let text = strip_formatting(text);
                    if !text.is_empty() {
                        description.push(if description.is_empty() {
                            text
                        } else {
                            format!("{head}: {text}")
                        });
                    }
                }
                Column::Role(role) => match parse_cell(text) {
                    Ok(entries) => {
                        for e in entries {
                            b.assign(task, *role, &e.name, e.if_required, e.note, &at);
                        }
                    }
                    Err(e) => b.error(&at, format!("cell {} {e}", Q(text.trim()))),
                },
                Column::Party(party) => match parse_letters(text) {
                    Some(letters) => {
                        for letter in letters {
                            let role = b.known_role(letter.role, &at);
                            let if_required =
                                letter.note.as_deref() == Some(super::notation::IF_REQUIRED);
                            let note = letter.note.filter(|_| !if_required);
                            if let Some(role) = role {
                                b.assign(task, role, party, if_required, note, &at);
                            }
                        }
                    }
                    None => b.error(
                        &at,
                        format!(
                            "cell {} is not role letters (R, A, C, I, …)",
                            Q(text.trim())
                        ),
                    ),
                },
            }
        }
        b.set_description(task, &at, description.join("; "));
    }
    b.check_model(
        model,
        label,
        columns.iter().any(|c| matches!(c, Column::Text)),
    );
}

/// Decides what each column after the first holds. Any column named after a role makes the
/// table roles-as-columns; otherwise columns of role letters are parties.
fn classify(b: &mut Builder, grid: &Grid, header: &[String]) -> Option<Vec<Column>> {
    let label = grid.label.as_str();
    let heads = header.get(1..).unwrap_or(&[]);
    let roles: Vec<Option<&'static Known>> = heads.iter().map(|h| role_of_header(h)).collect();
    if roles.iter().any(Option::is_some) {
        let mut seen: Vec<&str> = Vec::new();
        let mut columns = Vec::new();
        for (head, role) in heads.iter().zip(roles) {
            match role {
                Some(known) if seen.contains(&known.id) => {
                    b.error(
                        label,
                        format!("the {} column appears twice (\"{head}\")", known.name),
                    );
                    return None;
                }
                Some(known) => {
                    seen.push(known.id);
                    columns.push(Column::Role(b.known_role(known, label)?));
                }
                None => columns.push(Column::Text),
            }
        }
        return Some(columns);
    }
    // Parties as columns: first make sure every letter column's roles exist, in KNOWN order.
    let mut columns = Vec::new();
    let mut used: Vec<&'static str> = Vec::new();
    for (i, head) in heads.iter().enumerate() {
        let cells = grid
            .rows
            .iter()
            .map(|r| r.get(i + 1).map_or("", |c| c.as_str()));
        let letters: Option<Vec<_>> = cells.map(parse_letters).collect();
        match letters {
            Some(letters) if !is_text_header(head) && !head.is_empty() => {
                used.extend(letters.iter().flatten().map(|l| l.role.id));
                columns.push(Column::Party(head.clone()));
            }
            _ => {
                if !is_text_header(head)
                    && grid
                        .rows
                        .iter()
                        .any(|r| r.get(i + 1).is_some_and(|c| !c.trim().is_empty()))
                {
                    b.warn(
                        label,
                        format!(
                            "column {head_q} is shown as text: its cells are not role letters",
                            head_q = Q(head)
                        ),
                    );
                }
                columns.push(Column::Text);
            }
        }
    }
    if !columns.iter().any(|c| matches!(c, Column::Party(_))) {
        b.error(label, "has no role columns (Responsible, Accountable, Consulted, Informed or R, A, C, I) and no party columns holding role letters");
        return None;
    }
    // No letters at all (a chart not filled in yet): R, A, C, I, as a data file without
    // `roles` gets; a catalog with no role could not be written as a data file.
    let none = used.is_empty();
    for known in KNOWN
        .iter()
        .filter(|k| used.contains(&k.id) || none && ["r", "a", "c", "i"].contains(&k.id))
    {
        b.known_role(known, label)?;
    }
    // Parties in the order of their columns, even those holding nothing.
    for column in &columns {
        if let Column::Party(name) = column {
            b.party(name, label)?;
        }
    }
    Some(columns)
}
