//! The matrix written out as text for other media: a static HTML table (the fallback a docs
//! page shows inside `<raci-matrix>` when scripts are off).

use super::notation::format_cell;
use super::types::{Catalog, Cell, Model};

/// A cell in the data file's notation (`WSO2/Customer`, `Customer (if required)`, `—`).
pub fn cell_text(catalog: &Catalog, cell: Cell) -> String {
    format_cell(
        cell.iter()
            .map(|a| (catalog.party(a.party).name, a.if_required)),
    )
}

/// The whole model as a plain, accessible HTML table; every data text is escaped.
pub fn html_table(catalog: &Catalog, model: &Model) -> String {
    let mut out = String::new();
    out.push_str("<table>\n<caption>");
    escape_into(&mut out, model.title);
    out.push_str(
        "</caption>\n<thead><tr><th scope=\"col\">Task</th><th scope=\"col\">Description</th>",
    );
    for role in catalog.roles {
        out.push_str("<th scope=\"col\">");
        escape_into(&mut out, role.name);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for task in model.tasks {
        out.push_str("<tr><th scope=\"row\">");
        escape_into(&mut out, task.name);
        out.push_str("</th><td>");
        escape_into(&mut out, task.description);
        out.push_str("</td>");
        for cell in task.cells {
            out.push_str("<td>");
            escape_into(&mut out, &cell_text(catalog, cell));
            out.push_str("</td>");
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
