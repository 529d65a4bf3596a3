use yew::prelude::*;

use super::chip::PARTY_COLORS;

use super::use_catalog;
use crate::model::PartyId;

#[derive(PartialEq, Properties)]
pub struct PartyFilterProps {
    pub selected: Option<PartyId>,
    pub label_id: AttrValue,
    pub on_select: Callback<Option<PartyId>>,
}

/// "Any party" plus one toggle button per party; exactly one is pressed.
#[component]
pub fn PartyFilter(props: &PartyFilterProps) -> Html {
    let catalog = use_catalog();
    let choices = std::iter::once((None, "Any party")).chain(
        catalog
            .party_ids()
            .map(|p| (Some(p), catalog.party(p).name.as_str())),
    );
    html! {
        <div class="raci-filter" role="group" aria-labelledby={props.label_id.clone()}>
            <span class="raci-filter__label" id={props.label_id.clone()}>{ "Party" }</span>
            { for choices.map(|(party, name)| {
                let pressed = party == props.selected;
                let on_select = props.on_select.clone();
                let swatch = party.map(|p| format!("raci-swatch raci-party-{}", p.0 % PARTY_COLORS));
                html! {
                    <button
                        type="button"
                        class={classes!("raci-toggle", pressed.then_some("is-pressed"))}
                        aria-pressed={pressed.to_string()}
                        data-party={party.map_or_else(|| "any".to_string(), |p| catalog.party(p).id.clone())}
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
