//! What each column after the task column holds, told by its header and by its cells: roles
//! (cells name parties), parties (cells hold role letters) or text about the task.

use super::shape::Shape;
use crate::catalog::types::RoleId;
use crate::problem::Q;
use crate::read::catalog_builder::Builder;
use crate::read::grid::Layout;
use crate::read::notation::parse_cell;
use crate::read::vocab::{Term, Vocab};
use crate::read::vocabulary::is_text_header;

pub enum Column {
    Text,
    Role(RoleId),
    Party(String),
    /// Cells name parties with their role letters after them: `Ana (R), Bo (C)`.
    Named,
}

/// Whether most of column `i`'s filled cells name parties with role letters after them
/// (`Ana (R)`, `Bo (A/R), Cy (I)`); the roles they use, as bits of the vocabulary's terms.
fn named_letters(shape: &Shape, i: usize, vocab: &Vocab) -> Option<u64> {
    let (mut named, mut other, mut used) = (0usize, 0usize, 0u64);
    for row in &shape.rows {
        let text = row.cells.get(i).map_or("", |c| c.trim());
        let Ok(entries) = parse_cell(text) else {
            other += 1;
            continue;
        };
        if entries.is_empty() {
            continue;
        }
        let letters: Option<Vec<_>> = entries
            .iter()
            .map(|e| e.note.as_deref().and_then(|n| vocab.letters(n)))
            .collect();
        match letters {
            Some(letters) if letters.iter().all(|l| !l.is_empty()) => {
                named += 1;
                for letter in letters.iter().flatten() {
                    if let Some(t) = vocab.terms.iter().position(|t| t.role.id == letter.role.id) {
                        used |= 1u64.checked_shl(t as u32).unwrap_or(0);
                    }
                }
            }
            _ => other += 1,
        }
        // A text column (descriptions) shows it in its first cells: no need to read on.
        if named == 0 && other >= 8 {
            return None;
        }
    }
    (named > 0 && named >= other).then_some(used)
}

/// What a column's cells hold: cells with role letters, cells with other text.
#[derive(Clone, Copy, Default)]
struct Counts {
    letters: usize,
    other: usize,
    /// Which of the vocabulary's terms the cells use (bit = term index).
    used: u64,
}

/// Whether column `i` holds role letters and nothing else (a party named like a role).
fn only_letters(shape: &Shape, i: usize, vocab: &Vocab) -> bool {
    let mut any = false;
    for row in &shape.rows {
        match vocab.letters(row.cells.get(i).map_or("", |c| c.as_str())) {
            None => return false,
            Some(l) => any |= !l.is_empty(),
        }
    }
    any
}

fn counts(shape: &Shape, i: usize, vocab: &Vocab) -> Counts {
    let mut c = Counts::default();
    for row in &shape.rows {
        let text = row.cells.get(i).map_or("", |c| c.as_str());
        match vocab.letters(text) {
            Some(l) if l.is_empty() => {}
            Some(letters) => {
                c.letters += 1;
                for letter in letters {
                    if let Some(t) = vocab.terms.iter().position(|t| t.role.id == letter.role.id) {
                        c.used |= 1u64.checked_shl(t as u32).unwrap_or(0);
                    }
                }
            }
            None => c.other += 1,
        }
    }
    c
}

/// Decides what each column after the first holds. A column named after a role makes the
/// table roles-as-columns, unless every such column holds only role letters (then those are
/// parties named like roles: `Support`, `Approver`). `layout` overrides what the cells say.
pub fn classify(
    b: &mut Builder,
    label: &str,
    shape: &Shape,
    vocab: &Vocab,
    layout: Layout,
) -> Option<Vec<Column>> {
    let heads = shape.header.get(1..).unwrap_or(&[]);
    let roles: Vec<Option<&Term>> = heads.iter().map(|h| vocab.role_of_header(h)).collect();
    let roles_chart = match layout {
        Layout::RolesAsColumns => true,
        Layout::PartiesAsColumns | Layout::Transposed => false,
        // Stops at the first cell naming a party: a long roles chart is not read twice.
        Layout::Auto => {
            let mut named = (1..=heads.len()).zip(&roles).filter(|(_, r)| r.is_some());
            let mut named = named.by_ref().peekable();
            named.peek().is_some() && !named.all(|(i, _)| only_letters(shape, i, vocab))
        }
    };
    let stats: Vec<Counts> = if roles_chart {
        vec![Counts::default(); heads.len()]
    } else {
        (1..=heads.len()).map(|i| counts(shape, i, vocab)).collect()
    };
    // Only columns that are neither a role's nor letters can name parties with letters.
    let named: Vec<Option<u64>> = (1..=heads.len())
        .zip(stats.iter().zip(&roles))
        .map(|(i, (s, role))| {
            (s.letters == 0 && role.is_none() && (roles_chart || s.other > 0))
                .then(|| named_letters(shape, i, vocab))
                .flatten()
        })
        .collect();
    if roles_chart {
        let columns = role_columns(b, label, heads, &roles, &named)?;
        let used = named.iter().flatten().fold(0, |u, n| u | n);
        add_roles(b, label, vocab, used, false)?;
        return Some(columns);
    }
    let mut columns = Vec::with_capacity(heads.len());
    let any_letters = stats.iter().any(|s| s.letters > 0);
    for (((head, s), role), named) in heads.iter().zip(&stats).zip(&roles).zip(&named) {
        if s.letters == 0 && named.is_some() {
            columns.push(Column::Named);
            continue;
        }
        let forced = layout != Layout::Auto;
        let party = !head.is_empty()
            && !is_text_header(head)
            && (forced || s.letters >= s.other && (s.letters > 0 || role.is_none()));
        if party {
            if s.letters == 0 && any_letters {
                b.warn(label, format!("column {} holds no role letter", Q(head)));
            }
            columns.push(Column::Party(head.clone()));
        } else {
            // A column of free text (`SLA`) is text without a word; one with some letters
            // among its words may be a party column gone wrong.
            if !is_text_header(head) && s.other > 0 && s.letters > 0 {
                b.warn(
                    label,
                    format!(
                        "column {} is shown as text: {} of its cells are not role letters",
                        Q(head),
                        s.other
                    ),
                );
            }
            columns.push(Column::Text);
        }
    }
    if !columns
        .iter()
        .any(|c| matches!(c, Column::Party(_) | Column::Named))
    {
        b.error(label, "has no role columns (Responsible, Accountable, Consulted, Informed or R, A, C, I) and no party columns holding role letters; if it is a chart with parties as rows, read it with layout=transposed");
        return None;
    }
    if let Some(first) = shape.header.first() {
        let party_words = [
            "party",
            "parties",
            "role",
            "roles",
            "team",
            "teams",
            "person",
            "people",
            "who",
            "stakeholder",
            "stakeholders",
            "member",
            "members",
        ];
        if layout == Layout::Auto && party_words.iter().any(|w| w.eq_ignore_ascii_case(first)) {
            b.warn(
                label,
                format!(
                    "the first column is {}: if its rows are parties and the columns tasks, \
                     read the table with layout=transposed",
                    Q(first)
                ),
            );
        }
    }
    let used = columns
        .iter()
        .zip(stats.iter().zip(&named))
        .fold(0u64, |u, (c, (s, n))| match c {
            Column::Party(_) => u | s.used,
            Column::Named => u | n.unwrap_or(0),
            _ => u,
        });
    add_roles(b, label, vocab, used, true)?;
    // Parties in the order of their columns, even those holding nothing.
    for column in &columns {
        if let Column::Party(name) = column {
            b.party(name, label)?;
        }
    }
    Some(columns)
}

fn role_columns(
    b: &mut Builder,
    label: &str,
    heads: &[String],
    roles: &[Option<&Term>],
    named: &[Option<u64>],
) -> Option<Vec<Column>> {
    let mut seen: Vec<&str> = Vec::new();
    let mut columns = Vec::new();
    for ((head, role), named) in heads.iter().zip(roles).zip(named) {
        match role {
            Some(term) if seen.contains(&term.role.id.as_str()) => {
                b.error(
                    label,
                    format!("the {} column appears twice ({})", term.role.name, Q(head)),
                );
                return None;
            }
            Some(term) => {
                seen.push(&term.role.id);
                columns.push(Column::Role(b.add_role(term.role.clone(), label)?));
            }
            None if named.is_some() => columns.push(Column::Named),
            None => columns.push(Column::Text),
        }
    }
    if !columns.iter().any(|c| matches!(c, Column::Role(_))) {
        b.error(
            label,
            "has no role columns (Responsible, Accountable, Consulted, Informed or R, A, C, I)",
        );
        return None;
    }
    Some(columns)
}

/// The roles the letters use, in the vocabulary's order; with `fill`, R, A, C, I for a chart
/// with no letters yet (a catalog with no role could not be written as a data file).
fn add_roles(b: &mut Builder, label: &str, vocab: &Vocab, used: u64, fill: bool) -> Option<()> {
    for (i, term) in vocab.terms.iter().enumerate() {
        let bit = 1u64.checked_shl(i as u32).unwrap_or(0);
        let classic = ["r", "a", "c", "i"].contains(&term.role.id.as_str());
        if used & bit != 0 || fill && used == 0 && classic {
            b.add_role(term.role.clone(), label)?;
        }
    }
    Some(())
}
