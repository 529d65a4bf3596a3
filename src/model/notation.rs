//! The cell notation of the data file and the source tables: `WSO2`, `Customer (if required)`,
//! `WSO2/Customer`, `—` (nobody). Shared by `build.rs` (which bakes the data) and the model
//! (export, custom data), so it depends on nothing but `std`.

/// Marks written after a party name when it takes the role only when needed.
pub const IF_REQUIRED: &str = "(if required)";

/// Cell texts that mean "nobody": the source's em dash, plus the usual stand-ins.
pub const EMPTY_MARKS: [&str; 4] = ["", "—", "–", "-"];

/// One entry of a parsed cell, naming the party as written.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    pub party: &'a str,
    pub if_required: bool,
}

/// Splits a cell into its entries. `WSO2/Customer (if required)` is two entries, both "if
/// required" (the mark written once after a joint pair applies to the pair).
pub fn parse_cell(text: &str) -> Result<Vec<Entry<'_>>, String> {
    let text = text.trim();
    if EMPTY_MARKS.contains(&text) {
        return Ok(Vec::new());
    }
    let (body, pair_if_required) = strip_if_required(text);
    let parts: Vec<&str> = body.split('/').collect();
    let mut entries = Vec::with_capacity(parts.len());
    for part in parts {
        let (name, own_if_required) = strip_if_required(part.trim());
        let name = name.trim();
        if name.is_empty() {
            return Err(format!("cell {text:?} has an empty party name"));
        }
        if entries
            .iter()
            .any(|e: &Entry| e.party.eq_ignore_ascii_case(name))
        {
            return Err(format!("cell {text:?} names {name:?} twice"));
        }
        entries.push(Entry {
            party: name,
            if_required: own_if_required || pair_if_required,
        });
    }
    Ok(entries)
}

fn strip_if_required(text: &str) -> (&str, bool) {
    let lower_end = text.len().saturating_sub(IF_REQUIRED.len());
    match text.get(lower_end..) {
        Some(tail) if tail.eq_ignore_ascii_case(IF_REQUIRED) => {
            (text[..lower_end].trim_end(), true)
        }
        _ => (text, false),
    }
}

/// Writes entries back in the source notation: `WSO2/Customer`, `WSO2 (if required)`, `—`.
pub fn format_cell<'a>(entries: impl IntoIterator<Item = (&'a str, bool)>) -> String {
    let mut out = String::new();
    for (name, if_required) in entries {
        if !out.is_empty() {
            out.push('/');
        }
        out.push_str(name);
        if if_required {
            out.push(' ');
            out.push_str(IF_REQUIRED);
        }
    }
    if out.is_empty() {
        out.push('—');
    }
    out
}
