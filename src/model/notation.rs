//! The cell notation, as people write it in RACI tables: `WSO2`, `Customer (if required)`,
//! `WSO2/Customer`, `Legal, Finance`, `**Ops** + Dev`, `—` (nobody); and role letters for the
//! parties-as-columns layout: `R`, `A/R`, `R, A`, `RA`. Depends on nothing but `std`.

use super::problem::Q;

/// The condition the source writes as "(if required)"; styled apart from other notes.
pub const IF_REQUIRED: &str = "if required";

/// Cell texts that mean "nobody" (compared ignoring case).
pub const EMPTY_MARKS: [&str; 6] = ["", "—", "–", "-", "n/a", "none"];

/// One entry of a parsed cell: a name as written, with its parenthetical note.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub if_required: bool,
    /// Any other note (`if rights unclear`), without the parentheses.
    pub note: Option<String>,
}

/// Splits a cell into its entries. Entries are separated by `/`, `,`, `;`, `+`, `&`, a line
/// break or the word `and`, outside parentheses. "(if required)" written once after the last
/// of entries joined by `/` applies to all of them (`WSO2/Customer (if required)`, the
/// source's notation); after a `,` list, and any other note, it belongs to the entry it follows. Markdown and HTML formatting around names is dropped.
pub fn parse_cell(text: &str) -> Result<Vec<Entry>, String> {
    let clean = strip_formatting(text);
    if is_empty_mark(&clean) {
        return Ok(Vec::new());
    }
    let (parts, joint) = split_entries(&clean)?;
    let mut entries: Vec<Entry> = Vec::with_capacity(parts.len());
    for part in parts {
        let (name, note) = split_note(part);
        if name.is_empty() {
            return Err(if note.is_some() {
                format!("{part_q} has a note but no name", part_q = Q(part))
            } else {
                "has an empty name between separators".to_string()
            });
        }
        if entries.iter().any(|e| same(&e.name, name)) {
            return Err(format!("names {name_q} twice", name_q = Q(name)));
        }
        let if_required = note.is_some_and(|n| same(n, IF_REQUIRED));
        let note = note.filter(|_| !if_required).map(str::to_string);
        entries.push(Entry {
            name: name.to_string(),
            if_required,
            note,
        });
    }
    // "A/B (if required)": the mark after the last entry covers the cell.
    if joint
        && entries.len() > 1
        && entries.last().is_some_and(|e| e.if_required)
        && entries.iter().all(|e| e.note.is_none())
    {
        for e in &mut entries {
            e.if_required = true;
        }
    }
    Ok(entries)
}

pub fn is_empty_mark(text: &str) -> bool {
    let text = text.trim();
    EMPTY_MARKS.iter().any(|m| m.eq_ignore_ascii_case(text))
}

fn same(a: &str, b: &str) -> bool {
    super::types::same_name(a, b)
}

/// Splits at separators outside parentheses; an unbalanced ")" or "(" is reported. The flag
/// says whether every separator was `/` (a joint cell).
fn split_entries(text: &str) -> Result<(Vec<&str>, bool), String> {
    let mut parts = Vec::new();
    let mut joint = true;
    let mut depth = 0usize;
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => {
                depth = depth.checked_sub(1).ok_or_else(|| {
                    format!(
                        "{text_q} closes a parenthesis it never opened",
                        text_q = Q(text)
                    )
                })?
            }
            '/' | ',' | ';' | '+' | '&' | '\n' if depth == 0 => {
                joint &= c == '/';
                parts.push(text.get(start..i).unwrap_or("").trim());
                start = i + c.len_utf8();
            }
            ' ' if depth == 0 => {
                let rest = text.get(i..).unwrap_or("");
                // "and" between two names: not right after a separator (`x, and y`), nor
                // before a note (`x and (if required)`), which is how names like these read
                // back.
                let before = text.get(start..i).unwrap_or("").trim();
                let after = rest.get(5..).unwrap_or("").trim_start();
                if rest.len() > 5
                    && rest
                        .get(..5)
                        .is_some_and(|w| w.eq_ignore_ascii_case(" and "))
                    && !before.is_empty()
                    && !after.starts_with('(')
                {
                    joint = false;
                    parts.push(text.get(start..i).unwrap_or("").trim());
                    start = i + 5;
                    for _ in 0..4 {
                        chars.next();
                    }
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        return Err(format!(
            "{text_q} opens a parenthesis it never closes",
            text_q = Q(text)
        ));
    }
    parts.push(text.get(start..).unwrap_or("").trim());
    Ok((parts, joint))
}

/// `Legal (if rights unclear)` → (`Legal`, `if rights unclear`). Several trailing
/// parentheticals are joined with "; ".
fn split_note(part: &str) -> (&str, Option<&str>) {
    let part = part.trim();
    if !part.ends_with(')') {
        return (part, None);
    }
    let mut depth = 0usize;
    for (i, c) in part.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let name = part.get(..i).unwrap_or("").trim();
                    let note = part.get(i + 1..part.len() - 1).unwrap_or("").trim();
                    return (name, Some(note));
                }
            }
            _ => {}
        }
    }
    (part, None)
}

/// Drops Markdown emphasis and code marks (`**x**`, `__x__`, `` `x` ``, `*x*`) and HTML tags
/// (`<b>`, `<code>`; `<br>` becomes a line break) around and inside names.
///
/// One pass over the text, cancelling marks and tags as they close, so that what it returns
/// has none left (stripping twice changes nothing: `_`_` is not left as `__`, nor `<<b>b>` as
/// `<b>`); names written back into cells then read back the same.
pub fn strip_formatting(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Where each '<' still in `out` is: a '>' closes the last one (linear, even for "<<<…").
    let mut opens: Vec<usize> = Vec::new();
    for c in text.chars() {
        match c {
            '`' => {}
            '*' | '_' if out.ends_with(c) => {
                out.pop();
            }
            '<' => {
                opens.push(out.len());
                out.push(c);
            }
            '>' => {
                let tag = opens.last().and_then(|&open| {
                    let inner = out.get(open + 1..)?;
                    let line_break = inner.get(..2).is_some_and(|t| t.eq_ignore_ascii_case("br"));
                    looks_like_tag(inner).then_some((open, line_break))
                });
                match tag {
                    Some((open, line_break)) => {
                        out.truncate(open);
                        opens.pop();
                        if line_break {
                            out.push('\n');
                        }
                    }
                    None => out.push(c),
                }
            }
            c => out.push(c),
        }
    }
    // Single-mark emphasis only when it wraps the whole text: `*Ops*`, `_Ops_`, `*_Ops_*`.
    let mut trimmed = out.trim();
    while trimmed.len() > 2
        && ['*', '_']
            .into_iter()
            .any(|m| trimmed.starts_with(m) && trimmed.ends_with(m))
    {
        trimmed = trimmed.get(1..trimmed.len() - 1).unwrap_or("").trim();
    }
    trimmed.to_string()
}

/// `b`, `/code`, `br/`, `span class="x"`: a tag name of at most 16 letters and digits (looked
/// at no further, so that scanning stays linear).
fn looks_like_tag(inner: &str) -> bool {
    let name = inner.strip_prefix('/').unwrap_or(inner);
    let mut word = name.chars().take_while(|c| !c.is_whitespace() && *c != '/');
    word.next().is_some_and(|c| c.is_ascii_alphabetic())
        && word.by_ref().take(15).all(|c| c.is_ascii_alphanumeric())
        && word.next().is_none()
}

/// Writes entries back so that they read back the same: `WSO2/Customer`, `WSO2 (if required)`,
/// `Legal (if unclear)`, `—`; `WSO2, Customer (if required)` when only the last is conditional.
pub fn format_cell<'a>(
    entries: impl IntoIterator<Item = (&'a str, bool, Option<&'a str>)>,
) -> String {
    let entries: Vec<_> = entries.into_iter().collect();
    let mixed =
        entries.last().is_some_and(|e| e.1 && e.2.is_none()) && entries.iter().any(|e| !e.1);
    // Around a "<", "/" or " (" could make a tag ("<" and "b>" written "</b>"; "x<b" with a
    // note "y>" written "x<b (y>)"): ", " and "(" read the same and never do.
    let markup = entries
        .iter()
        .any(|e| e.0.contains('<') || e.2.is_some_and(|n| n.contains('<')));
    // Nor may two names read as a mark for nobody ("N" and "A" written "N/A").
    let nobody = matches!(
        entries.as_slice(),
        [a, b] if is_empty_mark(&format!("{}/{}", a.0, b.0))
    );
    let separator = if mixed || markup || nobody { ", " } else { "/" };
    let mut out = String::new();
    for (name, if_required, note) in entries {
        if !out.is_empty() {
            out.push_str(separator);
        }
        out.push_str(name);
        let open = if markup { "(" } else { " (" };
        if if_required {
            out.push_str(open);
            out.push_str(IF_REQUIRED);
            out.push(')');
        }
        if let Some(note) = note {
            out.push_str(open);
            out.push_str(note);
            out.push(')');
        }
    }
    if out.is_empty() {
        out.push('—');
    }
    out
}

/// A stable id for a name: lowercase ASCII letters and digits joined by '-' (`Site
/// Reliability (SRE)` → `site-reliability-sre`); names with no such characters get `fallback`.
pub fn slug(name: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = fold_accent(super::search::fold(c));
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        fallback.to_string()
    } else {
        out.to_string()
    }
}

/// Common Latin letters with accents, so `Équipe` becomes `equipe` rather than `quipe`.
fn fold_accent(c: char) -> char {
    match c {
        'à'..='å' => 'a',
        'ç' => 'c',
        'è'..='ë' => 'e',
        'ì'..='ï' => 'i',
        'ñ' => 'n',
        'ò'..='ö' | 'ø' => 'o',
        'ù'..='ü' => 'u',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}
