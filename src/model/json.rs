//! JSON export in the data file's format (`data/management-models.json`), so an export can be
//! edited and baked back in. Written by hand: the widget ships no JSON library.

use super::export::cell_text;
use super::types::{Catalog, Model};

/// The catalog's vocabularies and one model with only `tasks` (indices), as the data format,
/// laid out like the data file.
pub fn model_json(catalog: &Catalog, model: &Model, tasks: &[usize]) -> String {
    let intro: Vec<String> = catalog.intro.iter().map(|p| quoted(p)).collect();
    let parties = catalog
        .parties
        .iter()
        .map(|p| inline([("id", p.id), ("name", p.name)]));
    let roles = catalog.roles.iter().map(|r| {
        inline([
            ("id", r.id),
            ("letter", r.letter),
            ("name", r.name),
            ("meaning", r.meaning),
        ])
    });
    let tasks = tasks.iter().map(|&i| {
        let task = &model.tasks[i];
        let cells: Vec<(&str, String)> = catalog
            .role_ids()
            .map(|r| (catalog.role(r).id, cell_text(catalog, task.cell(r))))
            .collect();
        let cells = inline(cells.iter().map(|(k, v)| (*k, v.as_str())));
        format!(
            "{{\n          \"task\": {},\n          \"description\": {},\n          \"cells\": {cells}\n        }}",
            quoted(task.name),
            quoted(task.description)
        )
    });
    format!(
        "{{\n  \"title\": {},\n  \"intro\": [{}],\n  \"parties\": [\n{}\n  ],\n  \"roles\": [\n{}\n  ],\n  \
         \"models\": [\n    {{\n      \"id\": {},\n      \"title\": {},\n      \"intro\": {},\n      \
         \"tasks\": [\n{}\n      ]\n    }}\n  ]\n}}\n",
        quoted(catalog.title),
        intro.join(", "),
        lines(parties, "    "),
        lines(roles, "    "),
        quoted(model.id),
        quoted(model.title),
        quoted(model.intro),
        lines(tasks, "        "),
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
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
