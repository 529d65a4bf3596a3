use yew::prelude::*;

use crate::model::views::checks::Finding;
use crate::model::Catalog;

/// The RACI checks' notes for one cell: a title and a one-line explanation each.
pub fn check_notes<'a>(catalog: &Catalog, findings: impl Iterator<Item = &'a Finding>) -> Html {
    let items: Vec<Html> = findings
        .map(|f| {
            html! {
                <li class="raci-note">
                    <span class="raci-note__icon" aria-hidden="true">{ "!" }</span>
                    <span>
                        <strong>{ f.check.title() }{ ": " }</strong>
                        { f.check.explain(catalog) }
                    </span>
                </li>
            }
        })
        .collect();
    if items.is_empty() {
        return Html::default();
    }
    html! { <ul class="raci-notes">{ for items }</ul> }
}
