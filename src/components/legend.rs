use yew::prelude::*;

use super::chip::{chip, nobody};
use crate::model::{Assignment, Catalog, ChipEmphasis, PartyId, View};

/// What the colors, outlines, dashes and letters mean.
pub fn legend(catalog: &Catalog, view: View) -> Html {
    let first = |if_required| Assignment {
        party: PartyId(0),
        if_required,
        note: None,
    };
    html! {
        <div class="raci-legend">
            <h3 class="raci-sr">{ "Legend" }</h3>
            <ul class="raci-legend__marks">
                { for catalog.party_ids().map(|party| html! {
                    <li>
                        { chip(catalog, Assignment::plain(party), ChipEmphasis::Plain) }
                        { " " }{ &catalog.party(party).name }{ " holds the role" }
                    </li>
                }) }
                // Only for data that uses it (the author's own may not).
                if any_if_required(catalog) {
                    <li>
                        { chip(catalog, first(true), ChipEmphasis::Plain) }
                        { " dashed outline: takes the role only if required" }
                    </li>
                }
                <li>{ "Two chips in one cell: the role is shared (joint)" }</li>
                <li>{ nobody() }{ " nobody holds the role" }</li>
                if view == View::Compare {
                    <li><span class="raci-differs">{ "differs" }</span>{ " the models do not all agree on this row" }</li>
                }
            </ul>
            <dl class="raci-legend__roles">
                { for catalog.role_ids().map(|r| {
                    let role = catalog.role(r);
                    html! {
                        <>
                            <dt>
                                <span class={format!("raci-letter raci-role raci-role-{}", r.0 % 4)}>{ &role.letter }</span>
                                { &role.name }
                            </dt>
                            <dd>{ &role.meaning }</dd>
                        </>
                    }
                }) }
            </dl>
        </div>
    }
}

fn any_if_required(catalog: &Catalog) -> bool {
    catalog
        .models
        .iter()
        .flat_map(|m| &m.tasks)
        .flat_map(|t| &t.cells)
        .flatten()
        .any(|a| a.if_required)
}
