//! The catalog as Markdown, in either layout: one `## title` section and table per model,
//! groups as bold section rows, and a legend table (letter, role, meaning) when the letters
//! need one to read back: a parties-as-columns chart, or roles other than the known ones.

use crate::catalog::types::{Catalog, RoleId, RoleSet, Task};
use crate::read::grid::Layout;
use crate::views::pivot::held;
use crate::write::export::{grouped_rows, legend_grid, markdown_cell, markdown_rows, View};

/// Every model as a Markdown section in the roles-as-columns layout (reads back with the
/// Markdown reader).
pub fn catalog_markdown(catalog: &Catalog) -> String {
    catalog_markdown_as(catalog, Layout::RolesAsColumns)
}

/// Every model as a Markdown section; `layout` `PartiesAsColumns` (or `Transposed`, which a
/// document would not be written in) writes the classic letters chart.
pub fn catalog_markdown_as(catalog: &Catalog, layout: Layout) -> String {
    let columns: Vec<RoleId> = catalog.role_ids().collect();
    let letters = matches!(layout, Layout::PartiesAsColumns | Layout::Transposed);
    let mut out = String::new();
    for model in &catalog.models {
        let tasks: Vec<usize> = (0..model.tasks.len()).collect();
        out.push_str(&format!("## {}\n\n", markdown_cell(&model.title)));
        if letters {
            let mut header = vec!["Task".to_string(), model.description_label().to_string()];
            header.extend(catalog.parties.iter().map(|p| p.name.clone()));
            let mut rows = vec![header];
            rows.extend(grouped_rows(model, &tasks, |task| party_row(catalog, task)));
            markdown_rows(&mut out, &rows);
        } else {
            let view = View {
                catalog,
                model,
                tasks: &tasks,
                columns: &columns,
            };
            out.push_str(&view.markdown());
        }
        out.push('\n');
    }
    if letters || legend_grid(catalog).is_some() {
        out.push_str(&legend(catalog));
    }
    out
}

/// Task, description, then each party's letters: noted letters first, so that a note is
/// never read as the whole cell's (`C (x), R`, not `R, C (x)`).
fn party_row(catalog: &Catalog, task: &Task) -> Vec<String> {
    let mut row = vec![task.name.clone(), task.description.clone()];
    for party in catalog.party_ids() {
        let mut held = held(task, party, RoleSet::EMPTY);
        held.sort_by_key(|h| !(h.if_required || h.note.is_some()));
        let letters: Vec<String> = held
            .iter()
            .map(|h| {
                let mut text = catalog.role(h.role).letter.clone();
                if h.if_required {
                    text.push_str(" (if required)");
                }
                if let Some(note) = h.note {
                    text.push_str(&format!(" ({})", catalog.note(note)));
                }
                text
            })
            .collect();
        row.push(letters.join(", "));
    }
    // A row of empty cells could read as a section row: "—" says "nobody" instead.
    if row.iter().skip(2).all(|c| c.is_empty()) {
        if let Some(cell) = row.get_mut(2) {
            *cell = "—".to_string();
        }
    }
    row
}

/// `### Legend` and a letter | role | meaning table, for every role.
fn legend(catalog: &Catalog) -> String {
    let mut rows = vec![["Letter", "Role", "Meaning"].map(String::from).to_vec()];
    rows.extend(
        catalog
            .roles
            .iter()
            .map(|r| vec![r.letter.clone(), r.name.clone(), r.meaning.clone()]),
    );
    let mut out = String::from("### Legend\n\n");
    markdown_rows(&mut out, &rows);
    out
}
