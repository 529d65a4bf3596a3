//! The matrix written out as text for other media: CSV and Markdown of the current view (same
//! cell notation as the data file, so they read back), and a static HTML table (the fallback a
//! docs page shows inside `<raci-matrix>` when scripts are off). JSON is in `json.rs`.

use crate::catalog::groups::{lines, Line};
use crate::catalog::types::{Catalog, Cell, Model, RoleId};
use crate::read::catalog_builder::Loaded;
use crate::read::grid::Grid;
use crate::read::notation::{format_cell, format_cell_knowing};
pub use crate::write::markdown::{catalog_markdown, catalog_markdown_as};
use crate::write::payload::payload_element;

/// What to export: a model, the tasks shown (indices) and the role columns shown.
pub struct View<'a> {
    pub catalog: &'a Catalog,
    pub model: &'a Model,
    pub tasks: &'a [usize],
    pub columns: &'a [RoleId],
}

impl View<'_> {
    /// Header then one row per task: task, description, one cell per column; a group is a
    /// row of one cell (a section row) above its tasks.
    fn table(&self) -> Vec<Vec<String>> {
        let description = match self.model.description_header.as_str() {
            "" => "Task description",
            own => own,
        };
        let mut header = vec!["Task".to_string(), description.to_string()];
        header.extend(
            self.columns
                .iter()
                .map(|r| self.catalog.role(*r).name.to_string()),
        );
        let mut rows = vec![header];
        rows.extend(grouped_rows(self.model, self.tasks, |task| {
            let mut row = vec![task.name.to_string(), task.description.to_string()];
            row.extend(
                self.columns
                    .iter()
                    .map(|r| cell_text(self.catalog, task.cell(*r))),
            );
            row
        }));
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
        markdown_rows(&mut out, &self.table());
        out
    }
}

/// Rows as a Markdown table; a row of one cell after the header is a bold section row.
pub fn markdown_rows(out: &mut String, rows: &[Vec<String>]) {
    for (n, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row.iter().map(|c| markdown_cell(c)).collect();
        match cells.as_slice() {
            [group] if n > 0 => out.push_str(&format!("| **{group}** |\n")),
            _ => out.push_str(&format!("| {} |\n", cells.join(" | "))),
        }
        if n == 0 {
            out.push_str(&format!("|{}\n", "---|".repeat(row.len())));
        }
    }
}

/// The rows of `tasks` (indices, in order), each made by `row`, with a one-cell section row
/// wherever the group changes ("—" where ungrouped tasks follow a group).
pub fn grouped_rows(
    model: &Model,
    tasks: &[usize],
    row: impl Fn(&crate::catalog::types::Task) -> Vec<String>,
) -> Vec<Vec<String>> {
    lines(model, tasks, true)
        .into_iter()
        .filter_map(|line| match line {
            Line::Group { name, .. } => Some(vec![if name.is_empty() {
                "—".to_string()
            } else {
                name.to_string()
            }]),
            Line::Task(i) => model.tasks.get(i).map(&row),
        })
        .collect()
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A Markdown table cell: pipes and backslashes escaped, a line break as `<br>` (which the
/// reader takes back as a line break).
pub fn markdown_cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\r', "")
        .replace('\n', "<br>")
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

/// A ready `<raci-matrix>` tag for a docs page: the models as build-time data (what the
/// widget shows, with no reader to load) and as tables (what readers without JavaScript and
/// search engines see). `attributes` are already escaped.
pub fn raci_matrix_tag(loaded: &Loaded, models: &[&Model], attributes: &str) -> String {
    let catalog = &loaded.catalog;
    let shown = loaded.only(models);
    let mut out = format!("<raci-matrix{attributes}>\n");
    out.push_str(&payload_element(&shown));
    for model in models {
        out.push_str(&html_table(catalog, model));
    }
    if let Some(legend) = legend_grid(catalog) {
        out.push_str(&grid_html(&legend));
    }
    out.push_str("</raci-matrix>\n");
    out
}

/// The model as the rows of strings its HTML table holds: what the widget reads back from it.
pub fn table_grid(catalog: &Catalog, model: &Model) -> Grid {
    let mut header = vec!["Task".to_string(), model.description_label().to_string()];
    header.extend(catalog.roles.iter().map(|r| r.name.clone()));
    let all: Vec<usize> = (0..model.tasks.len()).collect();
    let rows = grouped_rows(model, &all, |task| {
        let mut row = vec![task.name.clone(), task.description.clone()];
        row.extend(task.cells.iter().map(|cell| cell_text(catalog, cell)));
        row
    });
    Grid {
        positions: Vec::new(),
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
    grid_html(&table_grid(catalog, model))
}

/// The roles as a legend table (letter, role, meaning), when the role headers alone would not
/// read back as these roles (a letter or name of the author's own); else `None`. (Meanings
/// alone do not need one: the widget shows its own, as it always has.)
pub fn legend_grid(catalog: &Catalog) -> Option<Grid> {
    let standard = catalog.roles.iter().all(|r| {
        crate::read::vocab::standard()
            .terms
            .iter()
            .any(|t| (&t.role.id, &t.role.letter, &t.role.name) == (&r.id, &r.letter, &r.name))
    });
    (!standard).then(|| Grid {
        positions: Vec::new(),
        label: String::new(),
        id: String::new(),
        title: "Legend".to_string(),
        header: ["Letter", "Role", "Meaning"].map(String::from).to_vec(),
        rows: catalog
            .roles
            .iter()
            .map(|r| vec![r.letter.clone(), r.name.clone(), r.meaning.clone()])
            .collect(),
    })
}

/// A grid as a plain, accessible HTML table; one-cell rows are group header rows.
pub fn grid_html(grid: &Grid) -> String {
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
        if let [group] = row.as_slice() {
            // A group header row; the widget's reader takes a cell spanning the row as one.
            out.push_str(&format!(
                "<tr><th scope=\"rowgroup\" colspan=\"{}\">",
                grid.header.len()
            ));
            escape_into(&mut out, group);
            out.push_str("</th></tr>\n");
            continue;
        }
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
