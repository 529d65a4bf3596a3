//! The roles a document's tables are read against: the known ones ([`KNOWN`]), renamed and
//! extended by its legend tables (`| S | Support |`, `| X | Executes |`). Recognises a role
//! column by name or letter, and reads the letters of a parties-as-columns chart (`R`,
//! `A/R`, `R, A`, `RA`, `(R)`, `Responsible`).

use std::sync::OnceLock;

use crate::catalog::types::Role;
use crate::read::notation::{parse_cell, slug, IF_REQUIRED};
use crate::read::vocabulary::{role, Known, KNOWN};

/// One role of the vocabulary: the catalog role it becomes, and the words that name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub role: Role,
    /// The known role it started as (its name and aliases still name it).
    pub known: Option<&'static Known>,
    /// Whether its letter alone names it (Signatory's S is Support's unless a legend says so).
    pub by_letter: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vocab {
    pub terms: Vec<Term>,
}

/// One role read from a letters cell, with its note.
#[derive(Debug, PartialEq, Eq)]
pub struct Letter<'v> {
    pub role: &'v Role,
    pub note: Option<String>,
}

impl Default for Vocab {
    fn default() -> Vocab {
        Vocab {
            terms: KNOWN
                .iter()
                .map(|k| Term {
                    role: role(k),
                    known: Some(k),
                    by_letter: k.id != "signatory",
                })
                .collect(),
        }
    }
}

/// The known roles, unchanged by any legend.
pub fn standard() -> &'static Vocab {
    static STANDARD: OnceLock<Vocab> = OnceLock::new();
    STANDARD.get_or_init(Vocab::default)
}

impl Vocab {
    /// A legend's line: `letter` stands for `name` (`meaning` may be empty). A known role
    /// named so takes the letter; else the role with that letter takes the author's name;
    /// else it is a new role.
    pub fn define(&mut self, letter: &str, name: &str, meaning: &str) {
        let (letter, name) = (letter.trim(), name.trim());
        if letter.is_empty() || name.is_empty() {
            return;
        }
        let by_name = self.terms.iter().position(|t| t.is_named(name));
        let by_letter = self
            .terms
            .iter()
            .position(|t| t.by_letter && t.role.letter.eq_ignore_ascii_case(letter));
        let index = match (by_name, by_letter) {
            (Some(n), Some(l)) if n != l => {
                // "S = Signatory": Support gives up the letter.
                if let Some(t) = self.terms.get_mut(l) {
                    t.by_letter = false;
                }
                n
            }
            (Some(n), _) => n,
            (None, Some(l)) => l,
            (None, None) => {
                let mut id = slug(letter, "role");
                if self.terms.iter().any(|t| t.role.id == id) {
                    id = slug(&format!("{letter} {name}"), "role");
                }
                self.terms.push(Term {
                    role: Role {
                        id,
                        ..Role::default()
                    },
                    known: None,
                    by_letter: true,
                });
                self.terms.len() - 1
            }
        };
        if let Some(t) = self.terms.get_mut(index) {
            t.by_letter = true;
            t.role.letter = letter.to_uppercase();
            t.role.name = name.to_string();
            if !meaning.trim().is_empty() {
                t.role.meaning = meaning.trim().to_string();
            }
        }
    }

    /// A role by name, alias or (when `letters` is set) by its letter, ignoring case.
    pub fn by_word(&self, word: &str, letters: bool) -> Option<&Term> {
        let word = word.trim();
        // Every name is at least three letters long (a legend's too): a shorter word can only
        // be a letter, the common case in a chart's cells.
        if word.len() <= 2 {
            let by_letter = |t: &&Term| t.by_letter && t.role.letter.eq_ignore_ascii_case(word);
            return self.terms.iter().find(by_letter).filter(|_| letters);
        }
        self.terms.iter().find(|t| t.is_named(word)).or_else(|| {
            letters
                .then(|| {
                    self.terms
                        .iter()
                        .find(|t| t.by_letter && t.role.letter.eq_ignore_ascii_case(word))
                })
                .flatten()
        })
    }

    /// The role a column header names: `Responsible`, `R`, `Responsible (R)`, `Approver`, …
    pub fn role_of_header(&self, header: &str) -> Option<&Term> {
        let text = header.trim().trim_end_matches(':').trim();
        // "Responsible (R)" and "R (Responsible)" name the same role twice.
        let (head, inner) = match (text.find('('), text.ends_with(')')) {
            (Some(open), true) => (
                text.get(..open).unwrap_or("").trim(),
                text.get(open + 1..text.len() - 1).unwrap_or("").trim(),
            ),
            _ => (text, ""),
        };
        [head, inner]
            .into_iter()
            .filter(|t| !t.is_empty())
            .find_map(|t| self.by_word(t, true))
    }

    /// Reads a parties-as-columns cell: `R`, `A/R`, `R, A`, `RA`, `(R)`, `C (if needed)`,
    /// `Responsible`, empty. `None` when the text is not role letters.
    pub fn letters(&self, text: &str) -> Option<Vec<Letter<'_>>> {
        let trimmed = text.trim();
        // "(R)": a letter in parentheses is the letter.
        let inner = trimmed
            .strip_prefix('(')
            .and_then(|t| t.strip_suffix(')'))
            .filter(|t| !t.contains(['(', ')']));
        let entries = parse_cell(inner.unwrap_or(trimmed)).ok()?;
        let mut out: Vec<Letter> = Vec::new();
        // "**A, R** (individual reviews)": a note after the last letter is the cell's.
        let shared = match entries.as_slice() {
            [first, .., last] if first.note.is_none() && !first.if_required => last
                .if_required
                .then(|| IF_REQUIRED.to_string())
                .or_else(|| last.note.clone()),
            _ => None,
        };
        for entry in &entries {
            let word = entry.name.trim().trim_end_matches(['*', '.']);
            let roles: Vec<&Term> = match self.by_word(word, true) {
                Some(term) => vec![term],
                // Letters run together: "RA", "ARC".
                None if (2..=5).contains(&word.len())
                    && word.chars().all(|c| c.is_ascii_uppercase()) =>
                {
                    word.chars()
                        .map(|c| self.by_word(c.encode_utf8(&mut [0; 4]), true))
                        .collect::<Option<Vec<_>>>()?
                }
                None => return None,
            };
            let note = match (entry.if_required, &entry.note) {
                (true, _) => Some(IF_REQUIRED.to_string()),
                (false, Some(note)) => Some(note.clone()),
                (false, None) => shared.clone(),
            };
            for term in roles {
                if !out.iter().any(|l| l.role.id == term.role.id) {
                    out.push(Letter {
                        role: &term.role,
                        note: note.clone(),
                    });
                }
            }
        }
        Some(out)
    }
}

impl Term {
    fn is_named(&self, word: &str) -> bool {
        self.role.name.eq_ignore_ascii_case(word)
            || self.known.is_some_and(|k| {
                k.name.eq_ignore_ascii_case(word)
                    || k.aliases.iter().any(|a| a.eq_ignore_ascii_case(word))
            })
    }
}

/// [`Vocab::letters`] over the known roles.
pub fn parse_letters(text: &str) -> Option<Vec<Letter<'static>>> {
    standard().letters(text)
}

/// [`Vocab::role_of_header`] over the known roles.
pub fn role_of_header(header: &str) -> Option<&'static Term> {
    standard().role_of_header(header)
}
