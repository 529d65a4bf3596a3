//! The role vocabularies people use in RACI charts: RACI itself, RASCI's Support, RACI-VS'
//! Verifier and Signatory. A document's legend tables rename them and add letters
//! (`vocab.rs`); text headers are told apart here.

use crate::catalog::types::Role;

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
