//! What a reader of data reports: where (a path such as `models[1].tasks[3].cells.a`, or a
//! table, row and column) and what, in a sentence an author can act on.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The data cannot be shown.
    Error,
    /// Shown, but probably not what the author meant.
    Warning,
}

/// A place in the source text: line and column, both counted from 1, the column in
/// characters (what editors and CI annotations take, as `file:line:col`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Where: empty when the problem concerns the whole text.
    pub at: String,
    pub message: String,
    /// Where in the source text, when it was text the reader saw (a Markdown or CSV table,
    /// JSON syntax); `None` for a page's tables, a JS object, or the whole text.
    pub pos: Option<Pos>,
}

impl Problem {
    pub fn error(at: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            at: at.into(),
            message: message.into(),
            pos: None,
        }
    }

    pub fn warning(at: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Warning,
            at: at.into(),
            message: message.into(),
            pos: None,
        }
    }

    /// The problem placed in the source text (keeps a place it already has).
    pub fn with_pos(mut self, pos: Option<Pos>) -> Problem {
        self.pos = self.pos.or(pos);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    /// `at: message`, or just the message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.at, self.message)
        }
    }
}

/// The closest of `known` to `word` when it is close enough to be a typo, for "did you mean".
pub fn closest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = |s: &str| {
        s.chars()
            .map(crate::views::search::fold)
            .collect::<String>()
    };
    let word = lower(word);
    let limit = (word.chars().count() / 3).clamp(1, 3);
    known
        .into_iter()
        .map(|k| (edit_distance(&word, &lower(k)), k))
        .filter(|(d, _)| *d <= limit && *d < word.chars().count())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// ` (did you mean "x"?)` for the closest of `known` to `word`, or nothing when none is close.
pub fn did_you_mean<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    closest(word, known)
        .map(|near| format!(" (did you mean {}?)", Q(near)))
        .unwrap_or_default()
}

/// Edit distance counting a swap of two neighbours as one edit (`modles` → `models`), over
/// characters; inputs are short names (capped at 64 characters).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().take(64).collect();
    // Rows of the dynamic-programming table: two back, one back, this one.
    let mut older: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let (ca, cb) = (a.get(i - 1), b.get(j - 1));
            let get = |r: &[usize], k: usize| r.get(k).copied().unwrap_or(usize::MAX / 2);
            let mut best = (get(&prev, j) + 1)
                .min(get(&row, j - 1) + 1)
                .min(get(&prev, j - 1) + usize::from(ca != cb));
            if i > 1 && j > 1 && ca == b.get(j - 2) && a.get(i - 2) == cb {
                best = best.min(get(&older, j - 2) + 1);
            }
            if let Some(cell) = row.get_mut(j) {
                *cell = best;
            }
        }
        older = std::mem::replace(&mut prev, row);
    }
    prev.last().copied().unwrap_or(0)
}

/// A text in double quotes with `"` and `\` escaped and line breaks written `\n`, for
/// messages. (Not `{:?}`: the size build drops Debug formatting, values and all.)
pub struct Q<'a>(pub &'a str);

impl fmt::Display for Q<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                c => write!(f, "{c}")?,
            }
        }
        f.write_str("\"")
    }
}
