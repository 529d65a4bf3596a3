//! JSON export in the data file's format (`data/management-models.json`), so an export can be
//! edited and baked back in. Written by hand: the widget ships no JSON library.

use crate::catalog::types::{Catalog, Model};
use crate::write::export::declared_cell_text;

/// The catalog's vocabularies and one model with only `tasks` (indices), as the data format,
/// laid out like the data file.
pub fn model_json(catalog: &Catalog, model: &Model, tasks: &[usize]) -> String {
    catalog_json(catalog, &[(model, tasks.to_vec())])
}

/// The whole catalog in the data format.
pub fn full_json(catalog: &Catalog) -> String {
    let models: Vec<(&Model, Vec<usize>)> = catalog
        .models
        .iter()
        .map(|m| (m, (0..m.tasks.len()).collect()))
        .collect();
    catalog_json(catalog, &models)
}

/// The catalog's vocabularies and the given models, each with only the given tasks.
pub fn catalog_json(catalog: &Catalog, models: &[(&Model, Vec<usize>)]) -> String {
    let intro: Vec<String> = catalog.intro.iter().map(|p| quoted(p)).collect();
    let parties = catalog
        .parties
        .iter()
        .map(|p| inline([("id", p.id.as_str()), ("name", p.name.as_str())]));
    let roles = catalog.roles.iter().map(|r| {
        inline([
            ("id", r.id.as_str()),
            ("letter", r.letter.as_str()),
            ("name", r.name.as_str()),
            ("meaning", r.meaning.as_str()),
        ])
    });
    let models = models.iter().map(|(model, tasks)| {
        let tasks = tasks.iter().filter_map(|&i| model.tasks.get(i)).map(|task| {
            let cells: Vec<(&str, String)> = catalog
                .role_ids()
                .map(|r| (catalog.role(r).id.as_str(), declared_cell_text(catalog, task.cell(r))))
                .collect();
            let cells = inline(cells.iter().map(|(k, v)| (*k, v.as_str())));
            // Left out when empty, so that files without groups stay as they were.
            let group = if task.group.is_empty() {
                String::new()
            } else {
                format!("\n          \"group\": {},", quoted(&task.group))
            };
            format!(
                "{{\n          \"task\": {},\n          \"description\": {},{group}\n          \"cells\": {cells}\n        }}",
                quoted(&task.name),
                quoted(&task.description)
            )
        });
        let header = if model.description_header.is_empty() {
            String::new()
        } else {
            format!(
                "\n      \"descriptionHeader\": {},",
                quoted(&model.description_header)
            )
        };
        format!(
            "    {{\n      \"id\": {},\n      \"title\": {},\n      \"intro\": {},{header}\n      \"tasks\": [\n{}\n      ]\n    }}",
            quoted(&model.id),
            quoted(&model.title),
            quoted(&model.intro),
            lines(tasks, "        "),
        )
    });
    format!(
        "{{\n  \"title\": {},\n  \"intro\": [{}],\n  \"parties\": [\n{}\n  ],\n  \"roles\": [\n{}\n  ],\n  \
         \"models\": [\n{}\n  ]\n}}\n",
        quoted(&catalog.title),
        intro.join(", "),
        lines(parties, "    "),
        lines(roles, "    "),
        lines(models, ""),
    )
}

/// `{ "key": "value", … }` on one line.
fn inline<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let fields: Vec<String> = pairs
        .into_iter()
        .map(|(k, v)| format!("{}: {}", quoted(k), quoted(v)))
        .collect();
    format!("{{ {} }}", fields.join(", "))
}

/// One item per line, indented, comma-separated.
fn lines(items: impl Iterator<Item = String>, indent: &str) -> String {
    items
        .map(|item| format!("{indent}{item}"))
        .collect::<Vec<_>>()
        .join(",\n")
}

fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    string(&mut out, text);
    out
}

/// A JSON string literal.
pub fn string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(crate::views::url_query::hex_digit(c as u8 >> 4));
                out.push(crate::views::url_query::hex_digit(c as u8));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
