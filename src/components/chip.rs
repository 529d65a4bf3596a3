//! Chips: a party's name in its color. Plain functions rather than components: they are
//! leaves with nothing to keep between renders, and each component costs ~1.3 KB of wasm.
//! One element per chip (a large matrix has thousands): its outline, hatching and spacing are
//! CSS; only a condition (`(if required)`) gets its own element, for its italic.

use yew::prelude::*;

use crate::model::catalog::types::NoteId;
use crate::model::{Assignment, Catalog, ChipEmphasis, Filter, PartyId};

/// How many party colours `styles/raci.css` defines (`--raci-party-0-bg` … `-5-`): party N
/// wears colour N modulo this (a test holds the stylesheet to it).
pub const PARTY_COLORS: u8 = 6;

/// `raci-party-N`: the class that gives an element party N's colours.
pub fn party_class(party: PartyId) -> String {
    let mut class = String::from("raci-party-");
    class.push(char::from(b'0' + party.0 % PARTY_COLORS));
    class
}

/// A party's name in its color; "if required" is outlined and says so in words, any other
/// condition (`if rights unclear`) is written after the name.
pub fn chip(catalog: &Catalog, assignment: Assignment, emphasis: ChipEmphasis) -> Html {
    let Assignment {
        party,
        if_required,
        note,
    } = assignment;
    let mut class = String::from("raci-chip ");
    class.push_str(&party_class(party));
    if if_required {
        class.push_str(" is-if-required");
    }
    class.push_str(match emphasis {
        ChipEmphasis::Plain => "",
        ChipEmphasis::Match => " is-match",
        ChipEmphasis::Dim => " is-dim",
    });
    let condition = condition(catalog, if_required, note);
    html! {
        <span {class}>
            { &catalog.party(party).name }
            if !condition.is_empty() {
                <i>{ condition }</i>
            }
        </span>
    }
}

/// What a role is held on, in words after the party or letter: ` (if required)`, then any
/// other condition (` (if rights unclear)`); empty when unconditional.
pub fn condition(catalog: &Catalog, if_required: bool, note: Option<NoteId>) -> String {
    let mut text = String::new();
    if if_required {
        text.push_str(" (if required)");
    }
    if let Some(note) = note {
        text.push_str(" (");
        text.push_str(catalog.note(note));
        text.push(')');
    }
    text
}

/// Everyone holding one role for one task, straight into the cell: chips ("and" between them
/// for screen readers), or the dash of nobody.
pub fn cell_chips(catalog: &Catalog, cell: &[Assignment], filter: &Filter) -> Html {
    if cell.is_empty() {
        return nobody();
    }
    html! {
        { for cell.iter().enumerate().map(|(i, a)| html! {
            <>
                if i > 0 {
                    <span class="raci-sr">{ " and " }</span>
                }
                { chip(catalog, *a, filter.emphasis(a)) }
            </>
        }) }
    }
}

/// An empty cell: the word "nobody", which the stylesheet shows as a muted dash.
pub fn nobody() -> Html {
    html! { <span class="raci-nobody">{ "nobody" }</span> }
}
