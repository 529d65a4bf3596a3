//! Free-text search: whitespace-separated terms, each of which must occur (case-insensitively)
//! in the task name or its description; plus the segments to highlight in shown text.

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<Vec<char>>,
}

impl Query {
    pub fn new(text: &str) -> Query {
        let terms = text
            .split_whitespace()
            .map(|t| t.chars().map(fold).collect())
            .collect();
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// True when every term occurs in at least one of `fields`.
    pub fn matches(&self, fields: &[&str]) -> bool {
        self.terms
            .iter()
            .all(|term| fields.iter().any(|f| find(f, term, 0).is_some()))
    }

    /// Splits `text` into consecutive runs, `true` for runs that match a term.
    pub fn segments<'a>(&self, text: &'a str) -> Vec<(&'a str, bool)> {
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for term in &self.terms {
            let mut from = 0;
            while let Some((start, end)) = find(text, term, from) {
                ranges.push((start, end));
                from = end;
            }
        }
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for (start, end) in ranges {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        let mut out = Vec::new();
        let mut at = 0;
        for (start, end) in merged {
            if start > at {
                out.push((&text[at..start], false));
            }
            out.push((&text[start..end], true));
            at = end;
        }
        if at < text.len() || out.is_empty() {
            out.push((&text[at..], false));
        }
        out
    }
}

/// Byte range of the first case-insensitive occurrence of `needle` (already folded) in
/// `hay` starting at byte `from`.
fn find(hay: &str, needle: &[char], from: usize) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    let tail = hay.get(from..)?;
    for (offset, _) in tail.char_indices() {
        let start = from + offset;
        if let Some(end) = match_at(hay, start, needle) {
            return Some((start, end));
        }
    }
    None
}

fn match_at(hay: &str, start: usize, needle: &[char]) -> Option<usize> {
    let mut at = start;
    let mut chars = hay[start..].chars();
    for &wanted in needle {
        let c = chars.next()?;
        if fold(c) != wanted {
            return None;
        }
        at += c.len_utf8();
    }
    Some(at)
}

/// Lower-cases the letters of the scripts RACI data is written in (ASCII, Latin-1, Latin
/// Extended-A, Greek, Cyrillic) one to one, without the Unicode tables `char::to_lowercase`
/// puts into the wasm (about 4 KB gzip). Anything else compares as it is.
pub fn fold(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x100..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x178 => 0xFF,
        0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}
