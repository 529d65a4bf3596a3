//! The role vocabularies people use in RACI charts: RACI itself, RASCI's Support, RACI-VS'
//! Verifier and Signatory. Recognises a role column by name or letter, and reads the letters
//! of a parties-as-columns chart (`R`, `A/R`, `R, A`, `RA`).

use super::types::Role;

/// A known role: its id, letter, name, other names it goes by, and what it means.
#[derive(Debug, PartialEq, Eq)]
pub struct Known {
    pub id: &'static str,
    pub letter: &'static str,
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub meaning: &'static str,
}

/// In the order roles are listed when a chart names them by letter only. `S` means Support
/// (RASCI, the more common variant); a column named "Signatory" is RACI-VS' signatory.
pub const KNOWN: [Known; 7] = [
    Known {
        id: "r",
        letter: "R",
        name: "Responsible",
        aliases: &["doer", "does"],
        meaning: "Does the work",
    },
    Known {
        id: "a",
        letter: "A",
        name: "Accountable",
        aliases: &["approver", "approves", "approval"],
        meaning: "Answers for the result and signs it off",
    },
    Known {
        id: "s",
        letter: "S",
        name: "Support",
        aliases: &["supports", "supportive"],
        meaning: "Helps the Responsible do the work",
    },
    Known {
        id: "c",
        letter: "C",
        name: "Consulted",
        aliases: &["consult"],
        meaning: "Gives input before the work is done",
    },
    Known {
        id: "i",
        letter: "I",
        name: "Informed",
        aliases: &["inform", "kept informed"],
        meaning: "Is told after the work is done",
    },
    Known {
        id: "v",
        letter: "V",
        name: "Verifier",
        aliases: &["verifies", "verify"],
        meaning: "Checks the result against the criteria",
    },
    Known {
        id: "signatory",
        letter: "S",
        name: "Signatory",
        aliases: &["signs", "sign-off", "sign off"],
        meaning: "Signs the result off formally",
    },
];

/// The role a column header names: `Responsible`, `R`, `Responsible (R)`, `Approver`, …
pub fn role_of_header(header: &str) -> Option<&'static Known> {
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
        .find_map(|t| role_by_word(t, true))
}

/// A role by name, alias or (when `letters` is set) by its letter, ignoring case.
fn role_by_word(word: &str, letters: bool) -> Option<&'static Known> {
    KNOWN.iter().find(|k| {
        k.name.eq_ignore_ascii_case(word)
            || k.aliases.iter().any(|a| a.eq_ignore_ascii_case(word))
            || (letters && k.letter.eq_ignore_ascii_case(word) && k.id != "signatory")
    })
}

/// Headers that are text about the task, never parties: shown like a description.
pub fn is_text_header(header: &str) -> bool {
    const TEXT: [&str; 24] = [
        "description",
        "task description",
        "details",
        "detail",
        "notes",
        "note",
        "comments",
        "comment",
        "remarks",
        "artifact",
        "artifacts",
        "artefact",
        "artefacts",
        "deliverable",
        "deliverables",
        "output",
        "outputs",
        "explanation",
        "purpose",
        "frequency",
        "tools",
        "tool",
        "when",
        "how",
    ];
    let h = header.trim().trim_end_matches(':').trim();
    TEXT.iter().any(|t| t.eq_ignore_ascii_case(h))
}

/// One role read from a letters cell, with its note.
#[derive(Debug, PartialEq, Eq)]
pub struct Letter {
    pub role: &'static Known,
    pub note: Option<String>,
}

/// Reads a parties-as-columns cell: `R`, `A/R`, `R, A`, `RA`, `C (if needed)`, `Responsible`,
/// empty. `None` when the text is not role letters (the column is then text, not a party).
pub fn parse_letters(text: &str) -> Option<Vec<Letter>> {
    let entries = super::notation::parse_cell(text).ok()?;
    let mut out: Vec<Letter> = Vec::new();
    for entry in entries {
        let word = entry.name.trim().trim_end_matches(['*', '.']);
        let roles: Vec<&'static Known> = match role_by_word(word, true) {
            Some(role) => vec![role],
            // Letters run together: "RA", "ARC".
            None if (2..=5).contains(&word.len())
                && word.chars().all(|c| c.is_ascii_uppercase()) =>
            {
                word.chars()
                    .map(|c| role_by_word(c.encode_utf8(&mut [0; 4]), true))
                    .collect::<Option<Vec<_>>>()?
            }
            None => return None,
        };
        let note = match (entry.if_required, entry.note) {
            (true, _) => Some(super::notation::IF_REQUIRED.to_string()),
            (false, note) => note,
        };
        for role in roles {
            if !out.iter().any(|l| l.role.id == role.id) {
                out.push(Letter {
                    role,
                    note: note.clone(),
                });
            }
        }
    }
    Some(out)
}

/// A catalog role for a known one.
pub fn role(known: &Known) -> Role {
    Role {
        id: known.id.to_string(),
        letter: known.letter.to_string(),
        name: known.name.to_string(),
        meaning: known.meaning.to_string(),
    }
}

/// The classic four: what a data file without a `roles` list uses.
pub fn raci() -> Vec<Role> {
    ["r", "a", "c", "i"]
        .iter()
        .filter_map(|id| KNOWN.iter().find(|k| k.id == *id))
        .map(role)
        .collect()
}
