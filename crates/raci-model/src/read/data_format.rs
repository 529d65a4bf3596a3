//! The data format (`data/management-models.json`, README "Data format", `schema/`) read from
//! JSON text into a catalog. Every problem names its path (`models[1].tasks[3].cells.a`).

use crate::catalog::types::{same_name, Role};
use crate::problem::Q;
use crate::problem::{closest, Problem};
use crate::read::catalog_builder::{is_id, Builder, Loaded, MAX_BYTES, MAX_ID};
use crate::read::json::{parse, Value};
use crate::read::notation::parse_cell;
use crate::read::vocabulary::raci;

/// Reads a data file's text.
pub fn read_json(text: &str) -> Result<Loaded, Vec<Problem>> {
    if text.len() > MAX_BYTES {
        return Err(vec![too_big(text.len())]);
    }
    let value = parse(text).map_err(|e| vec![e])?;
    read_value(&value)
}

pub fn too_big(bytes: usize) -> Problem {
    Problem::error(
        "",
        format!(
            "the data is {}.{} MB; the limit is 5 MB",
            bytes / 1_048_576,
            bytes % 1_048_576 * 10 / 1_048_576
        ),
    )
}

/// Reads a parsed JSON value in the data format.
pub fn read_value(value: &Value) -> Result<Loaded, Vec<Problem>> {
    let mut b = Builder::default();
    let Some(top) = object(
        &mut b,
        "",
        value,
        &["$schema", "title", "intro", "parties", "roles", "models"],
    ) else {
        return b.finish();
    };
    b.catalog.title = opt_string(&mut b, "title", field(top, "title"));
    b.catalog.intro = match field(top, "intro") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| opt_string(&mut b, &format!("intro[{i}]"), Some(v)))
            .collect(),
        Some(other) => {
            b.error(
                "intro",
                format!(
                    "expected a string or a list of strings, found {}",
                    other.kind()
                ),
            );
            Vec::new()
        }
    };
    read_roles(&mut b, field(top, "roles"));
    if let Some(parties) = field(top, "parties") {
        b.closed_parties = true;
        for (i, p) in list(&mut b, "parties", Some(parties)).iter().enumerate() {
            let at = format!("parties[{i}]");
            if let Some(fields) = object(&mut b, &at, p, &["id", "name"]) {
                let id = id_field(&mut b, &at, fields);
                let name = string(&mut b, &format!("{at}.name"), field(fields, "name"));
                if b.catalog.parties.iter().any(|q| same_name(&q.name, &name)) {
                    b.error(
                        &at,
                        format!("the party name {name_q} is used twice", name_q = Q(&name)),
                    );
                } else if !id.is_empty() && b.catalog.parties.iter().any(|q| q.id == id) {
                    b.error(
                        &at,
                        format!("the party id {id_q} is used twice", id_q = Q(&id)),
                    );
                    // Still a party: its name is not also reported as unknown.
                    b.add_party("", &name, &at);
                } else {
                    b.add_party(&id, &name, &at);
                }
            }
        }
    }
    let models = list(&mut b, "models", field(top, "models"));
    if models.is_empty() && !b.has_errors() {
        b.error(
            "models",
            "the list is empty: a catalog needs at least one model",
        );
    }
    for (i, m) in models.iter().enumerate() {
        read_model(&mut b, &format!("models[{i}]"), m);
    }
    b.finish()
}

fn read_roles(b: &mut Builder, roles: Option<&Value>) {
    if roles.is_none() {
        for role in raci() {
            b.add_role(role, "roles");
        }
        return;
    }
    let items = list(b, "roles", roles);
    if items.is_empty() && !b.has_errors() {
        b.error("roles", "the list is empty: leave it out for R, A, C, I");
    }
    for (i, r) in items.iter().enumerate() {
        let at = format!("roles[{i}]");
        let Some(fields) = object(b, &at, r, &["id", "letter", "name", "meaning"]) else {
            continue;
        };
        let id = id_field(b, &at, fields);
        let role = Role {
            letter: string(b, &format!("{at}.letter"), field(fields, "letter")),
            name: string(b, &format!("{at}.name"), field(fields, "name")),
            meaning: opt_string(b, &format!("{at}.meaning"), field(fields, "meaning")),
            id: if id.is_empty() {
                crate::read::notation::slug(&opt_string(b, "", field(fields, "name")), "role")
            } else {
                id
            },
        };
        if b.catalog.roles.iter().any(|q| q.id == role.id) {
            b.error(&at, format!("the role id {} is used twice", Q(&role.id)));
        } else {
            b.add_role(role, &at);
        }
    }
}

fn read_model(b: &mut Builder, at: &str, value: &Value) {
    let known = ["id", "title", "intro", "descriptionHeader", "tasks"];
    let Some(fields) = object(b, at, value, &known) else {
        return;
    };
    let id = id_field(b, at, fields);
    if !id.is_empty() && b.catalog.find_model(&id).is_some() {
        b.error(
            at,
            format!("the model id {id_q} is used twice", id_q = Q(&id)),
        );
    }
    let title = string(b, &format!("{at}.title"), field(fields, "title"));
    let intro = opt_string(b, &format!("{at}.intro"), field(fields, "intro"));
    let model = b.add_model_with_id(at, &id, &title, &intro);
    let header_at = format!("{at}.descriptionHeader");
    let header = opt_string(b, &header_at, field(fields, "descriptionHeader"));
    if let Some(m) = b.catalog.models.get_mut(model) {
        m.description_header = header;
    }
    let tasks = list(b, &format!("{at}.tasks"), field(fields, "tasks"));
    for (i, t) in tasks.iter().enumerate() {
        let at = format!("{at}.tasks[{i}]");
        let Some(fields) = object(b, &at, t, &["task", "description", "group", "cells"]) else {
            continue;
        };
        let name = string(b, &format!("{at}.task"), field(fields, "task"));
        let task = b.add_task(model, &at, &name);
        let description = opt_string(
            b,
            &format!("{at}.description"),
            field(fields, "description"),
        );
        b.set_description(task, &at, description);
        let group = opt_string(b, &format!("{at}.group"), field(fields, "group"));
        b.set_group(task, &at, &group);
        let role_ids: Vec<String> = b.catalog.roles.iter().map(|r| r.id.clone()).collect();
        let keys: Vec<&str> = role_ids.iter().map(String::as_str).collect();
        let Some(cells) = object(
            b,
            &format!("{at}.cells"),
            field(fields, "cells").unwrap_or(&Value::Null),
            &keys,
        ) else {
            continue;
        };
        for (key, value) in cells {
            let at = format!("{at}.cells.{key}");
            let Some(role) = b.catalog.role_by_id(key) else {
                continue;
            };
            let text = match value {
                Value::String(s) => s.as_str(),
                Value::Null => "",
                other => {
                    b.error(
                        &at,
                        format!(
                            "expected a string such as \"WSO2/Customer\", found {}",
                            other.kind()
                        ),
                    );
                    continue;
                }
            };
            match parse_cell(text) {
                Ok(entries) => {
                    for e in entries {
                        b.assign_entry(task, role, &e, &at);
                    }
                }
                Err(e) => b.error(&at, format!("cell {text_q} {e}", text_q = Q(text))),
            }
        }
    }
    b.check_model(model, at, false, false);
}

fn field<'a>(fields: &'a [(String, Value)], key: &str) -> Option<&'a Value> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// The value as an object whose keys are all `known`; unknown keys are errors with a hint.
fn object<'a>(
    b: &mut Builder,
    at: &str,
    value: &'a Value,
    known: &[&str],
) -> Option<&'a [(String, Value)]> {
    let Value::Object(fields) = value else {
        let subject = if at.is_empty() {
            "expected the data to be an object ({…})"
        } else {
            "expected an object ({…})"
        };
        b.error(at, format!("{subject}, found {}", value.kind()));
        return None;
    };
    for (key, _) in fields {
        if !known.contains(&key.as_str()) {
            let hint = closest(key, known.iter().copied())
                .map(|k| format!(" (did you mean {k_q}?)", k_q = Q(k)))
                .unwrap_or_else(|| format!(" (expected one of: {})", known.join(", ")));
            b.error(at, format!("unknown key {key_q}{hint}", key_q = Q(key)));
        }
    }
    Some(fields)
}

fn list<'a>(b: &mut Builder, at: &str, value: Option<&'a Value>) -> &'a [Value] {
    match value {
        Some(Value::Array(items)) => items,
        None => {
            b.error(at, "missing");
            &[]
        }
        Some(other) => {
            b.error(at, format!("expected a list ([…]), found {}", other.kind()));
            &[]
        }
    }
}

fn string(b: &mut Builder, at: &str, value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) if !s.trim().is_empty() => b.text(at, "text", s.trim()),
        Some(Value::String(_)) => {
            b.error(at, "is empty");
            String::new()
        }
        None => {
            b.error(at, "missing");
            String::new()
        }
        Some(other) => {
            b.error(at, format!("expected a string, found {}", other.kind()));
            String::new()
        }
    }
}

fn opt_string(b: &mut Builder, at: &str, value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => b.text(at, "text", s.trim()),
        Some(other) => {
            b.error(at, format!("expected a string, found {}", other.kind()));
            String::new()
        }
    }
}

/// An optional `id`: lowercase letters, digits and '-'.
fn id_field(b: &mut Builder, at: &str, fields: &[(String, Value)]) -> String {
    let id = opt_string(b, &format!("{at}.id"), field(fields, "id"));
    let ok = is_id(&id);
    if !ok {
        b.error(
            &format!("{at}.id"),
            format!(
                "{id_q} must be lowercase letters, digits and '-' (at most {MAX_ID})",
                id_q = Q(&id)
            ),
        );
    }
    id
}
