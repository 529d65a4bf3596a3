use yew::prelude::*;

use crate::model::{Party, PartyId};

#[derive(PartialEq, Properties)]
pub struct PartyFilterProps {
    pub parties: &'static [Party],
    pub selected: Option<PartyId>,
    pub label_id: AttrValue,
    pub on_select: Callback<Option<PartyId>>,
}

/// "Any party" plus one toggle button per party; exactly one is pressed.
#[component]
pub fn PartyFilter(props: &PartyFilterProps) -> Html {
    let choices = std::iter::once((None, "Any party")).chain(
        props
            .parties
            .iter()
            .enumerate()
            .map(|(i, p)| (Some(PartyId(i as u8)), p.name)),
    );
    html! {
        <div class="raci-filter" role="group" aria-labelledby={props.label_id.clone()}>
            <span class="raci-filter__label" id={props.label_id.clone()}>{ "Party" }</span>
            { for choices.map(|(party, name)| {
                let pressed = party == props.selected;
                let on_select = props.on_select.clone();
                let swatch = party.map(|p| format!("raci-swatch raci-party-{}", p.0 % 6));
                html! {
                    <button
                        type="button"
                        class={classes!("raci-toggle", pressed.then_some("is-pressed"))}
                        aria-pressed={pressed.to_string()}
                        data-party={party.map(|p| props.parties[p.0 as usize].id).unwrap_or("any")}
                        onclick={move |_| on_select.emit(party)}
                    >
                        if let Some(swatch) = swatch {
                            <span class={swatch} aria-hidden="true"></span>
                        }
                        { name }
                    </button>
                }
            }) }
        </div>
    }
}
