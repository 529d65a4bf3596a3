//! The matrix written out as text for other media: CSV and Markdown of the current view (same
//! cell notation as the data file, so they read back), and a static HTML table (the fallback a
//! docs page shows inside `<raci-matrix>` when scripts are off). JSON is in `json.rs`.

use super::grid::Grid;
use super::notation::{format_cell, format_cell_knowing};
use super::types::{Catalog, Cell, Model, RoleId};

/// What to export: a model, the tasks shown (indices) and the role columns shown.
pub struct View<'a> {
    pub catalog: &'a Catalog,
    pub model: &'a Model,
    pub tasks: &'a [usize],
    pub columns: &'a [RoleId],
}

impl View<'_> {
    /// Header then one row per task: task, description, one cell per column.
    fn table(&self) -> Vec<Vec<String>> {
        let mut header = vec!["Task".to_string(), "Task description".to_string()];
        header.extend(
            self.columns
                .iter()
                .map(|r| self.catalog.role(*r).name.to_string()),
        );
        let mut rows = vec![header];
        for task in self.tasks.iter().filter_map(|&i| self.model.tasks.get(i)) {
            let mut row = vec![task.name.to_string(), task.description.to_string()];
            row.extend(
                self.columns
                    .iter()
                    .map(|r| cell_text(self.catalog, task.cell(*r))),
            );
            rows.push(row);
        }
        rows
    }

    /// RFC 4180 CSV (CRLF line ends; fields quoted when they need it).
    pub fn csv(&self) -> String {
        let mut out = String::new();
        for row in self.table() {
            let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
            out.push_str(&fields.join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// A GitHub-flavoured Markdown table in the source document's layout.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        for (n, row) in self.table().iter().enumerate() {
            let cells: Vec<String> = row.iter().map(|c| markdown_cell(c)).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
            if n == 0 {
                out.push_str(&format!("|{}\n", "---|".repeat(row.len())));
            }
        }
        out
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn markdown_cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// A cell in the data file's notation (`WSO2/Customer`, `Customer (if required)`, `—`), for
/// a reader that meets the parties in the cells (Markdown, CSV, HTML).
pub fn cell_text(catalog: &Catalog, cell: &Cell) -> String {
    format_cell(entries(catalog, cell))
}

/// [`cell_text`] for a data file, which lists its parties before the cells.
pub fn declared_cell_text(catalog: &Catalog, cell: &Cell) -> String {
    format_cell_knowing(entries(catalog, cell), |name| {
        catalog.find_party(name).is_some()
    })
}

fn entries<'a>(
    catalog: &'a Catalog,
    cell: &'a Cell,
) -> impl Iterator<Item = (&'a str, bool, Option<&'a str>)> {
    cell.iter().map(|a| {
        let note = a.note.map(|n| catalog.note(n));
        (catalog.party(a.party).name.as_str(), a.if_required, note)
    })
}

/// Every model as a Markdown section: `## title`, then its table (reads back with the
/// Markdown reader when the roles have standard names).
pub fn catalog_markdown(catalog: &Catalog) -> String {
    let columns: Vec<RoleId> = catalog.role_ids().collect();
    let mut out = String::new();
    for model in &catalog.models {
        let tasks: Vec<usize> = (0..model.tasks.len()).collect();
        let view = View {
            catalog,
            model,
            tasks: &tasks,
            columns: &columns,
        };
        out.push_str(&format!(
            "## {}\n\n{}\n",
            markdown_cell(&model.title),
            view.markdown()
        ));
    }
    out
}

/// A ready `<raci-matrix>` tag for a docs page: the models' tables inside are both what readers
/// without JavaScript see and the data the widget reads. `attributes` are already escaped.
pub fn raci_matrix_tag(catalog: &Catalog, models: &[&Model], attributes: &str) -> String {
    let mut out = format!("<raci-matrix{attributes}>\n");
    for model in models {
        out.push_str(&html_table(catalog, model));
    }
    out.push_str("</raci-matrix>\n");
    out
}

/// The model as the rows of strings its HTML table holds: what the widget reads back from it.
pub fn table_grid(catalog: &Catalog, model: &Model) -> Grid {
    let mut header = vec!["Task".to_string(), "Description".to_string()];
    header.extend(catalog.roles.iter().map(|r| r.name.clone()));
    let rows = model
        .tasks
        .iter()
        .map(|task| {
            let mut row = vec![task.name.clone(), task.description.clone()];
            row.extend(task.cells.iter().map(|cell| cell_text(catalog, cell)));
            row
        })
        .collect();
    Grid {
        label: String::new(),
        id: model.id.clone(),
        title: model.title.clone(),
        header,
        rows,
    }
}

/// The whole model as a plain, accessible HTML table; every data text is escaped. Its
/// `data-model` keeps the model's id when the widget reads the table back.
pub fn html_table(catalog: &Catalog, model: &Model) -> String {
    let grid = table_grid(catalog, model);
    let mut out = String::new();
    out.push_str("<table data-model=\"");
    escape_into(&mut out, &grid.id);
    out.push_str("\">\n<caption>");
    escape_into(&mut out, &grid.title);
    out.push_str("</caption>\n<thead><tr>");
    for head in &grid.header {
        out.push_str("<th scope=\"col\">");
        escape_into(&mut out, head);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &grid.rows {
        for (i, cell) in row.iter().enumerate() {
            out.push_str(if i == 0 {
                "<tr><th scope=\"row\">"
            } else {
                "<td>"
            });
            escape_into(&mut out, cell);
            out.push_str(if i == 0 { "</th>" } else { "</td>" });
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
