use yew::prelude::*;

use crate::model::builtin;
use crate::model::checks::Finding;

#[derive(PartialEq, Properties)]
pub struct CheckNotesProps {
    pub findings: Vec<Finding>,
}

/// The RACI checks' notes for one cell: a title and a one-line explanation each.
#[component]
pub fn CheckNotes(props: &CheckNotesProps) -> Html {
    if props.findings.is_empty() {
        return Html::default();
    }
    let catalog = builtin();
    html! {
        <ul class="raci-notes">
            { for props.findings.iter().map(|f| html! {
                <li class="raci-note">
                    <span class="raci-note__icon" aria-hidden="true">{ "!" }</span>
                    <span>
                        <strong>{ f.check.title() }{ ": " }</strong>
                        { f.check.explain(catalog) }
                    </span>
                </li>
            }) }
        </ul>
    }
}
