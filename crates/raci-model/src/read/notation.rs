//! The cell notation, as people write it in RACI tables: `WSO2`, `Customer (if required)`,
//! `WSO2/Customer`, `Legal, Finance`, `**Ops** + Dev`, `—` (nobody); and role letters for the
//! parties-as-columns layout: `R`, `A/R`, `R, A`, `RA`. Depends on nothing but `std`.

use crate::problem::Q;
pub use crate::read::quoting::cell_name;
use crate::read::quoting::{quote, quote_end, unquote};
pub use crate::text::{slug, strip_formatting};

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
    /// Written in quotes: the name as is, never a known party's `Name (note)`.
    pub quoted: bool,
}

/// Splits a cell into its entries. Entries are separated by `/`, `,`, `;`, `+`, `&`, a line
/// break or the word `and`, outside parentheses. "(if required)" written once after the last
/// of entries joined by `/` applies to all of them (`WSO2/Customer (if required)`, the
/// source's notation); after a `,` list, and any other note, it belongs to the entry it
/// follows. Markdown and HTML formatting around names is dropped. A name in double quotes is
/// taken as written, separators and parentheses included (`"UX/UI Designer" (if required)`;
/// `\"` and `\\` inside quotes are a quote and a backslash).
pub fn parse_cell(text: &str) -> Result<Vec<Entry>, String> {
    let clean = strip_formatting(text);
    if is_empty_mark(&clean) {
        return Ok(Vec::new());
    }
    let (parts, joint) = split_entries(&clean)?;
    let mut entries: Vec<Entry> = Vec::with_capacity(parts.len());
    for part in parts {
        let (name, note) = split_note(part);
        let quoted = name.starts_with('"');
        let name = match unquote(name) {
            Some(Ok(name)) if !name.is_empty() => name,
            Some(Ok(_)) => return Err("has an empty quoted name".to_string()),
            Some(Err(e)) => return Err(e),
            None => name.to_string(),
        };
        let name = name.as_str();
        // Each name (unless quoted) and note pairs its own brackets: one pairing across
        // entries (`a [b/c] (d (e])`) could not be written back so as to read the same.
        let own = [(!quoted).then_some(name), note];
        if let Some(odd) = own.into_iter().flatten().find(|t| !balanced(t)) {
            return Err(format!(
                "{part_q}: {odd_q} leaves a bracket unpaired",
                part_q = Q(part),
                odd_q = Q(odd)
            ));
        }
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
            quoted,
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

/// Whether every `(`/`[` in `text` is closed, in order, by a `)`/`]`.
fn balanced(text: &str) -> bool {
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            _ => {}
        }
    }
    depth == 0
}

pub fn is_empty_mark(text: &str) -> bool {
    let text = text.trim();
    EMPTY_MARKS.iter().any(|m| m.eq_ignore_ascii_case(text))
}

fn same(a: &str, b: &str) -> bool {
    crate::catalog::types::same_name(a, b)
}

/// Splits at separators outside parentheses; an unbalanced ")" or "(" is reported. The flag
/// says whether every separator was `/` (a joint cell).
fn split_entries(text: &str) -> Result<(Vec<&str>, bool), String> {
    let mut parts = Vec::new();
    let mut joint = true;
    let mut depth = 0usize;
    let mut start = 0;
    let mut quoted = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if quoted => {
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if text.get(start..i).is_some_and(|t| t.trim().is_empty()) => quoted = true,
            _ if quoted => {}
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
    if quoted {
        return Err(format!(
            "{text_q} opens a quote it never closes",
            text_q = Q(text)
        ));
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
    // `"A (x)" (note)`: the note starts after the quoted name's closing quote.
    if let Some(end) = quote_end(part) {
        let (name, rest) = part.split_at(end);
        let rest = rest.trim();
        return match rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
            Some(note) => (name, Some(note.trim())),
            None => (part, None),
        };
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

/// Writes entries back so that they read back the same: `WSO2/Customer`, `WSO2 (if required)`,
/// `Legal (if unclear)`, `—`; `WSO2, Customer (if required)` when only the last is conditional.
pub fn format_cell<'a>(
    entries: impl IntoIterator<Item = (&'a str, bool, Option<&'a str>)>,
) -> String {
    format_cell_knowing(entries, |_| false)
}

/// [`format_cell`] for a reader that knows the parties beforehand (a data file lists them):
/// `known(name)` says a party is called `name`, so `Ermiyas (Traveler)` can be written as
/// is (a known party's whole name wins over a name and a note), and `Legal` with the note
/// `EU` is written `"Legal" (EU)` when a party is called `Legal (EU)`.
pub fn format_cell_knowing<'a>(
    entries: impl IntoIterator<Item = (&'a str, bool, Option<&'a str>)>,
    known: impl Fn(&str) -> bool,
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
    // Names in quotes where they need them; else (a note's bracket pairing with one in the
    // name, `a [b/c] (d (e])`) plain; else (a note holding parentheses) every name quoted.
    let same = |text: &str| {
        parse_cell(text).is_ok_and(|again| {
            again.len() == entries.len()
                && again
                    .iter()
                    .zip(&entries)
                    .all(|(a, e)| (a.name.as_str(), a.if_required, a.note.as_deref()) == *e)
        })
    };
    let n = entries.len();
    let write = |quoting: &[Quoting]| write_entries(&entries, separator, markup, &known, quoting);
    let first = write(&vec![Quoting::Needed; n]);
    if same(&first) {
        return first;
    }
    // Brackets in notes that pair across entries: try each entry plain or quoted (the first
    // seven entries; only such cells get here, never a table's usual ones).
    let modes = [Quoting::Needed, Quoting::Never, Quoting::Always];
    let tries = 3usize.checked_pow(n.min(7) as u32).unwrap_or(1);
    (1..tries)
        .map(|k| {
            let pick: Vec<Quoting> = (0..n)
                .map(|i| {
                    let digit = k / 3usize.pow(i.min(7) as u32) % 3;
                    modes.get(digit).copied().unwrap_or(Quoting::Needed)
                })
                .collect();
            write(&pick)
        })
        .find(|text| same(text))
        .or_else(|| {
            // Past the seventh entry only the choices above are tried: every name in quotes
            // (fuzz/corpus/cell_notation/bug-note-bracket-after-the-seventh-entry).
            let quoted = write(&vec![Quoting::Always; n]);
            same(&quoted).then_some(quoted)
        })
        .unwrap_or(first)
}

#[derive(Clone, Copy, PartialEq)]
enum Quoting {
    Needed,
    Never,
    Always,
}

fn write_entries(
    entries: &[(&str, bool, Option<&str>)],
    separator: &str,
    markup: bool,
    known: &impl Fn(&str) -> bool,
    quoting: &[Quoting],
) -> String {
    let mut out = String::new();
    for (i, &(name, if_required, note)) in entries.iter().enumerate() {
        let quoting = quoting.get(i).copied().unwrap_or(Quoting::Needed);
        if !out.is_empty() {
            out.push_str(separator);
        }
        let whole = |note: &str| known(&format!("{name} ({note})"));
        let written = match parse_cell(name).as_deref() {
            Ok([e])
                if !e.if_required
                    && e.note
                        .as_deref()
                        .is_some_and(|n| known(name) && format!("{} ({n})", e.name) == name) =>
            {
                name.into()
            }
            _ if quoting == Quoting::Never => name.into(),
            _ if quoting == Quoting::Always => quote(name).into(),
            _ if note.is_some_and(whole) => quote(name).into(),
            _ => cell_name(name),
        };
        out.push_str(&written);
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
