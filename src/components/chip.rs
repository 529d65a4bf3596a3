use yew::prelude::*;

use crate::model::{builtin, Assignment, ChipEmphasis, Filter};

#[derive(PartialEq, Properties)]
pub struct ChipProps {
    pub assignment: Assignment,
    #[prop_or(ChipEmphasis::Plain)]
    pub emphasis: ChipEmphasis,
}

/// A party's name in its color; "if required" is outlined and says so in words.
#[component]
pub fn Chip(props: &ChipProps) -> Html {
    let Assignment { party, if_required } = props.assignment;
    let class = classes!(
        "raci-chip",
        format!("raci-party-{}", party.0 % 6),
        if_required.then_some("is-if-required"),
        match props.emphasis {
            ChipEmphasis::Plain => None,
            ChipEmphasis::Match => Some("is-match"),
            ChipEmphasis::Dim => Some("is-dim"),
        },
    );
    html! {
        <span {class}>
            { builtin().party(party).name }
            if if_required {
                <span class="raci-chip__note">{ " (if required)" }</span>
            }
        </span>
    }
}

#[derive(PartialEq, Properties)]
pub struct CellChipsProps {
    pub cell: &'static [Assignment],
    pub filter: Filter,
}

/// Everyone holding one role for one task: chips, or a muted dash for nobody.
#[component]
pub fn CellChips(props: &CellChipsProps) -> Html {
    if props.cell.is_empty() {
        return html! { <Nobody /> };
    }
    html! {
        <span class="raci-cell">
            { for props.cell.iter().enumerate().map(|(i, a)| html! {
                <>
                    if i > 0 {
                        <span class="raci-sr">{ " and " }</span>
                    }
                    <Chip assignment={*a} emphasis={props.filter.emphasis(a)} />
                </>
            }) }
        </span>
    }
}

/// The muted dash of an empty cell; screen readers hear "nobody".
#[component]
pub fn Nobody() -> Html {
    html! {
        <span class="raci-none">
            <span aria-hidden="true">{ "—" }</span>
            <span class="raci-sr">{ "nobody" }</span>
        </span>
    }
}
