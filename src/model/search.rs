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
            .map(|t| t.chars().flat_map(char::to_lowercase).collect())
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

/// Byte range of the first case-insensitive occurrence of `needle` (already lowercase) in
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
    let mut wanted = needle.iter();
    let mut next = wanted.next();
    for (offset, c) in hay[start..].char_indices() {
        for lower in c.to_lowercase() {
            match next {
                Some(&w) if w == lower => next = wanted.next(),
                Some(_) => return None,
                None => break,
            }
        }
        if next.is_none() {
            return Some(start + offset + c.len_utf8());
        }
    }
    None
}
