use yew::prelude::*;

use super::chip::Nobody;
use super::Chip;
use crate::model::{builtin, Assignment, PartyId};

/// What the colors, outlines, dashes and letters mean.
#[component]
pub fn Legend() -> Html {
    let catalog = builtin();
    let first = |if_required| Assignment {
        party: PartyId(0),
        if_required,
    };
    html! {
        <section class="raci-legend" aria-label="Legend">
            <ul class="raci-legend__marks">
                { for catalog.party_ids().map(|party| html! {
                    <li>
                        <Chip assignment={Assignment { party, if_required: false }} />
                        { format!(" {} holds the role", catalog.party(party).name) }
                    </li>
                }) }
                <li>
                    <Chip assignment={first(true)} />
                    { " dashed outline: takes the role only if required" }
                </li>
                <li>{ "Two chips in one cell: the role is shared (joint)" }</li>
                <li><Nobody />{ " nobody holds the role" }</li>
            </ul>
            <dl class="raci-legend__roles">
                { for catalog.roles.iter().map(|role| html! {
                    <div>
                        <dt><span class="raci-letter">{ role.letter }</span>{ role.name }</dt>
                        <dd>{ role.meaning }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
