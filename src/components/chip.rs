//! Chips: a party's name in its color. Plain functions rather than components: they are
//! leaves with nothing to keep between renders, and each component costs ~1.3 KB of wasm.

use yew::prelude::*;

use crate::model::{Assignment, Catalog, ChipEmphasis, Filter};

/// How many party colours `styles/raci.css` defines (`--raci-party-0-bg` … `-5-`): party N
/// wears colour N modulo this (a test holds the stylesheet to it).
pub const PARTY_COLORS: u8 = 6;

/// A party's name in its color; "if required" is outlined and says so in words, any other
/// condition (`if rights unclear`) is written after the name.
pub fn chip(catalog: &Catalog, assignment: Assignment, emphasis: ChipEmphasis) -> Html {
    let Assignment {
        party,
        if_required,
        note,
    } = assignment;
    let mut class = String::from("raci-chip raci-party-");
    class.push(char::from(b'0' + party.0 % PARTY_COLORS));
    if if_required {
        class.push_str(" is-if-required");
    }
    class.push_str(match emphasis {
        ChipEmphasis::Plain => "",
        ChipEmphasis::Match => " is-match",
        ChipEmphasis::Dim => " is-dim",
    });
    html! {
        <span {class}>
            { &catalog.party(party).name }
            if if_required {
                <span class="raci-chip__note">{ " (if required)" }</span>
            }
            if let Some(note) = note {
                <span class="raci-chip__note">{ format!(" ({})", catalog.note(note)) }</span>
            }
        </span>
    }
}

/// Everyone holding one role for one task: chips, or a muted dash for nobody.
pub fn cell_chips(catalog: &Catalog, cell: &[Assignment], filter: &Filter) -> Html {
    if cell.is_empty() {
        return nobody();
    }
    html! {
        <span class="raci-cell">
            { for cell.iter().enumerate().map(|(i, a)| html! {
                <>
                    if i > 0 {
                        <span class="raci-sr">{ " and " }</span>
                    }
                    { chip(catalog, *a, filter.emphasis(a)) }
                </>
            }) }
        </span>
    }
}

/// The muted dash of an empty cell; screen readers hear "nobody".
pub fn nobody() -> Html {
    html! {
        <span class="raci-none">
            <span aria-hidden="true">{ "—" }</span>
            <span class="raci-sr">{ "nobody" }</span>
        </span>
    }
}
