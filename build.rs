//! Bakes `data/management-models.json` into Rust statics at compile time, so the widget parses
//! nothing at start-up and ships no JSON parser. Any mistake in the data file fails the build
//! with a message naming the model, task and role.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

#[path = "src/model/notation.rs"]
#[allow(dead_code)]
mod notation;

const DATA: &str = "data/management-models.json";
const STYLES: &str = "styles/raci.css";

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    title: String,
    #[serde(default)]
    intro: Vec<String>,
    parties: Vec<PartyFile>,
    roles: Vec<RoleFile>,
    models: Vec<ModelFile>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PartyFile {
    id: String,
    name: String,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleFile {
    id: String,
    letter: String,
    name: String,
    #[serde(default)]
    meaning: String,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelFile {
    id: String,
    title: String,
    #[serde(default)]
    intro: String,
    tasks: Vec<TaskFile>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TaskFile {
    task: String,
    #[serde(default)]
    description: String,
    cells: BTreeMap<String, String>,
}

fn main() {
    // RACI_DATA=path bakes another data file of the same format instead (the benchmark's
    // generated matrix, other matrices); the widget's own tests expect the built-in one.
    println!("cargo:rerun-if-env-changed=RACI_DATA");
    let data = env::var("RACI_DATA").unwrap_or_else(|_| DATA.to_string());
    println!("cargo:rerun-if-changed={data}");
    println!("cargo:rerun-if-changed=src/model/notation.rs");
    let text = fs::read_to_string(&data).unwrap_or_else(|e| panic!("cannot read {data}: {e}"));
    let catalog: CatalogFile =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{data} is not valid: {e}"));
    let code = generate(&catalog).unwrap_or_else(|e| panic!("{data}: {e}"));
    let out_dir = env::var("OUT_DIR").unwrap();
    fs::write(Path::new(&out_dir).join("builtin_catalog.rs"), code).unwrap();

    // The widget's stylesheet ships inside the wasm (it goes into each shadow root): minified.
    println!("cargo:rerun-if-changed={STYLES}");
    let css = fs::read_to_string(STYLES).unwrap_or_else(|e| panic!("cannot read {STYLES}: {e}"));
    fs::write(Path::new(&out_dir).join("raci.min.css"), minify_css(&css)).unwrap();
}

/// Drops comments and the white space CSS never needs. Conservative: a space before `:` is
/// kept (`.a :focus` and `.a:focus` differ), strings are left alone.
fn minify_css(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    text.push_str(rest);
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let tight = |c: Option<char>| matches!(c, Some('{' | '}' | ';' | ',' | '>'));
    let chars: Vec<char> = words.chars().collect();
    let mut out = String::with_capacity(words.len());
    let mut quote = None;
    for (i, &c) in chars.iter().enumerate() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, ' ') => {
                let prev = out.chars().last();
                if tight(prev) || prev == Some(':') || tight(chars.get(i + 1).copied()) {
                    continue;
                }
            }
            _ => {}
        }
        out.push(c);
    }
    out.replace(";}", "}")
}

fn check_id(kind: &str, id: &str, seen: &mut HashSet<String>) -> Result<(), String> {
    let ok = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !ok {
        return Err(format!(
            "{kind} id {id:?} must be lowercase letters, digits and '-'"
        ));
    }
    if !seen.insert(id.to_string()) {
        return Err(format!("{kind} id {id:?} is used twice"));
    }
    Ok(())
}

fn generate(c: &CatalogFile) -> Result<String, String> {
    if c.parties.is_empty() || c.parties.len() > 255 {
        return Err("a catalog needs 1 to 255 parties".into());
    }
    if c.roles.is_empty() || c.roles.len() > 16 {
        return Err("a catalog needs 1 to 16 roles".into());
    }
    if c.models.is_empty() {
        return Err("a catalog needs at least one model".into());
    }
    let mut out = String::from("Catalog {\n");
    writeln!(out, "title: {:?},", c.title).unwrap();
    writeln!(out, "intro: &{:?},", c.intro).unwrap();

    let mut seen = HashSet::new();
    out.push_str("parties: &[\n");
    for p in &c.parties {
        check_id("party", &p.id, &mut seen)?;
        writeln!(out, "Party {{ id: {:?}, name: {:?} }},", p.id, p.name).unwrap();
    }
    let mut seen = HashSet::new();
    out.push_str("],\nroles: &[\n");
    for r in &c.roles {
        check_id("role", &r.id, &mut seen)?;
        writeln!(
            out,
            "Role {{ id: {:?}, letter: {:?}, name: {:?}, meaning: {:?} }},",
            r.id, r.letter, r.name, r.meaning
        )
        .unwrap();
    }
    let mut seen = HashSet::new();
    out.push_str("],\nmodels: &[\n");
    for m in &c.models {
        check_id("model", &m.id, &mut seen)?;
        if m.title.trim().is_empty() {
            return Err(format!("model {:?} has no title", m.id));
        }
        writeln!(
            out,
            "Model {{ id: {:?}, title: {:?}, intro: {:?}, tasks: &[",
            m.id, m.title, m.intro
        )
        .unwrap();
        for t in &m.tasks {
            let at = format!("model {:?}, task {:?}", m.id, t.task);
            if t.task.trim().is_empty() {
                return Err(format!("model {:?} has a task without a name", m.id));
            }
            if let Some(key) = t
                .cells
                .keys()
                .find(|k| !c.roles.iter().any(|r| &r.id == *k))
            {
                return Err(format!("{at}: unknown role {key:?} in cells"));
            }
            writeln!(
                out,
                "Task {{ name: {:?}, description: {:?}, cells: &[",
                t.task, t.description
            )
            .unwrap();
            for r in &c.roles {
                let text = t
                    .cells
                    .get(&r.id)
                    .ok_or_else(|| format!("{at}: no cell for role {:?}", r.id))?;
                let entries = notation::parse_cell(text)
                    .map_err(|e| format!("{at}, role {:?}: {e}", r.id))?;
                out.push_str("&[");
                for e in entries {
                    let party = c
                        .parties
                        .iter()
                        .position(|p| p.name.eq_ignore_ascii_case(e.party) || p.id == e.party)
                        .ok_or_else(|| {
                            format!("{at}, role {:?}: unknown party {:?}", r.id, e.party)
                        })?;
                    write!(
                        out,
                        "Assignment {{ party: PartyId({party}), if_required: {} }},",
                        e.if_required
                    )
                    .unwrap();
                }
                out.push_str("],\n");
            }
            out.push_str("] },\n");
        }
        out.push_str("] },\n");
    }
    out.push_str("],\n}\n");
    Ok(out)
}
