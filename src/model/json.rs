//! JSON export in the data file's format (`data/management-models.json`), so an export can be
//! edited and baked back in. Written by hand: the widget ships no JSON library.

use super::export::cell_text;
use super::types::{Catalog, Model};

/// The catalog's vocabularies and one model with only `tasks` (indices), as the data format.
pub fn model_json(catalog: &Catalog, model: &Model, tasks: &[usize]) -> String {
    let mut out = String::from("{\n");
    field(&mut out, 1, "title", catalog.title, true);
    indent(&mut out, 1);
    out.push_str("\"intro\": [");
    for (i, p) in catalog.intro.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        string(&mut out, p);
    }
    out.push_str("],\n");
    indent(&mut out, 1);
    out.push_str("\"parties\": [\n");
    for (i, p) in catalog.parties.iter().enumerate() {
        indent(&mut out, 2);
        out.push_str("{ \"id\": ");
        string(&mut out, p.id);
        out.push_str(", \"name\": ");
        string(&mut out, p.name);
        out.push_str(if i + 1 < catalog.parties.len() {
            " },\n"
        } else {
            " }\n"
        });
    }
    indent(&mut out, 1);
    out.push_str("],\n");
    indent(&mut out, 1);
    out.push_str("\"roles\": [\n");
    for (i, r) in catalog.roles.iter().enumerate() {
        indent(&mut out, 2);
        out.push('{');
        for (k, (key, value)) in [
            ("id", r.id),
            ("letter", r.letter),
            ("name", r.name),
            ("meaning", r.meaning),
        ]
        .into_iter()
        .enumerate()
        {
            out.push_str(if k == 0 { " " } else { ", " });
            string(&mut out, key);
            out.push_str(": ");
            string(&mut out, value);
        }
        out.push_str(if i + 1 < catalog.roles.len() {
            " },\n"
        } else {
            " }\n"
        });
    }
    indent(&mut out, 1);
    out.push_str("],\n");
    indent(&mut out, 1);
    out.push_str("\"models\": [\n");
    indent(&mut out, 2);
    out.push_str("{\n");
    field(&mut out, 3, "id", model.id, true);
    field(&mut out, 3, "title", model.title, true);
    field(&mut out, 3, "intro", model.intro, true);
    indent(&mut out, 3);
    out.push_str("\"tasks\": [\n");
    for (n, &i) in tasks.iter().enumerate() {
        let task = &model.tasks[i];
        indent(&mut out, 4);
        out.push_str("{\n");
        field(&mut out, 5, "task", task.name, true);
        field(&mut out, 5, "description", task.description, true);
        indent(&mut out, 5);
        out.push_str("\"cells\": {");
        for (k, role) in catalog.role_ids().enumerate() {
            out.push_str(if k == 0 { " " } else { ", " });
            string(&mut out, catalog.role(role).id);
            out.push_str(": ");
            string(&mut out, &cell_text(catalog, task.cell(role)));
        }
        out.push_str(" }\n");
        indent(&mut out, 4);
        out.push_str(if n + 1 < tasks.len() { "},\n" } else { "}\n" });
    }
    indent(&mut out, 3);
    out.push_str("]\n");
    indent(&mut out, 2);
    out.push_str("}\n");
    indent(&mut out, 1);
    out.push_str("]\n}\n");
    out
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("  ");
    }
}

fn field(out: &mut String, level: usize, key: &str, value: &str, comma: bool) {
    indent(out, level);
    string(out, key);
    out.push_str(": ");
    string(out, value);
    out.push_str(if comma { ",\n" } else { "\n" });
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
