use yew::prelude::*;

use super::chip::party_class;
use crate::model::{Catalog, PartyId};

/// "Any party" plus one toggle button per party, each with its colour's swatch (CSS);
/// exactly one is pressed.
pub fn party_filter(
    catalog: &Catalog,
    selected: Option<PartyId>,
    label_id: AttrValue,
    on_select: Callback<Option<PartyId>>,
) -> Html {
    let choices = std::iter::once((None, "Any party")).chain(
        catalog
            .party_ids()
            .map(|p| (Some(p), catalog.party(p).name.as_str())),
    );
    html! {
        <div class="raci-filter" role="group" aria-labelledby={label_id.clone()}>
            <span class="raci-filter__label" id={label_id}>{ "Party" }</span>
            { for choices.map(|(party, name)| {
                let pressed = party == selected;
                let on_select = on_select.clone();
                let swatch = party.map(|p| format!("raci-swatched {}", party_class(p)));
                html! {
                    <button
                        type="button"
                        class={classes!("raci-toggle", swatch, pressed.then_some("is-pressed"))}
                        aria-pressed={pressed.to_string()}
                        data-party={party.map_or_else(|| "any".to_string(), |p| catalog.party(p).id.clone())}
                        onclick={move |_| on_select.emit(party)}
                    >
                        { name }
                    </button>
                }
            }) }
        </div>
    }
}
