//! Party names in double quotes in the cell notation: `"UX/UI Designer"`,
//! `"AUCyber (IaaS)" (if required)`. A quoted name is taken as written, separators and
//! parentheses included; `\"` and `\\` inside are a quote and a backslash. Writers quote a
//! name only when it would not read back as itself.

use crate::problem::Q;
use crate::read::notation::parse_cell;

/// Where a part's leading quoted name ends (just past its closing quote), if it has one.
pub fn quote_end(part: &str) -> Option<usize> {
    let rest = part.strip_prefix('"')?;
    let mut chars = rest.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '"' => return Some(i + 2),
            _ => {}
        }
    }
    None
}

/// A quoted name's text (`None`: not quoted), or why it is not one name.
pub fn unquote(name: &str) -> Option<Result<String, String>> {
    let end = quote_end(name)?;
    if end != name.len() {
        return Some(Err(format!(
            "{name_q} has text after its closing quote",
            name_q = Q(name)
        )));
    }
    let inner = name.get(1..end - 1).unwrap_or("");
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    Some(Ok(out.trim().to_string()))
}

/// A name as a cell writes it: as is when it reads back as itself, else in quotes.
pub fn cell_name(name: &str) -> std::borrow::Cow<'_, str> {
    let plain = matches!(
        parse_cell(name).as_deref(),
        Ok([e]) if e.name == name && !e.if_required && e.note.is_none()
    ) && !name.starts_with('"');
    if plain {
        return name.into();
    }
    quote(name).into()
}

/// A name in quotes, with `\` before a quote and a backslash, and before a `*` or `_` that
/// follows the same mark: the reader takes `**` and `__` for bold marks and drops them, even
/// inside quotes (fuzz/corpus/cell_notation/bug-doubled-mark-in-quotes).
pub fn quote(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    out.push('"');
    let mut previous = None;
    for c in name.chars() {
        if matches!(c, '"' | '\\') || (matches!(c, '*' | '_') && previous == Some(c)) {
            out.push('\\');
        }
        out.push(c);
        previous = Some(c);
    }
    out.push('"');
    out
}
