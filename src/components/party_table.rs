use yew::prelude::*;

use super::chip::PARTY_COLORS;

use super::raci_table::{group_row, scroll_box, TableProps};
use super::row_limit::use_row_limit;
use super::{check_notes, highlighted, nobody, use_catalog};
use crate::model::catalog::groups::{lines, Line};
use crate::model::views::pivot::held;

/// The classic RACI grid: tasks × parties, each cell the letters of the roles the party holds.
#[component]
pub fn PartyTable(props: &TableProps) -> Html {
    let catalog = use_catalog();
    let catalog = &*catalog;
    let (limit, more) = use_row_limit(&props.shown.tasks);
    let Some(model) = props.model(catalog) else {
        return Html::default();
    };
    let query = props.query();
    let findings = props.findings(catalog, model);
    let emphasis = |p| match props.filter.party {
        Some(f) if f == p => Some("is-match"),
        Some(_) => Some("is-dim"),
        None => None,
    };
    html! {
        <>
        { scroll_box(&props.caption_id, html! {
            <table class="raci-table raci-party-table" role="table">
                <caption id={props.caption_id.clone()}>
                    { "Roles each party holds: " }{ &model.title }
                </caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader">{ "Task" }</th>
                        <th scope="col" role="columnheader" class="raci-col-description">{ model.description_label() }</th>
                        { for catalog.party_ids().map(|p| html! {
                            <th scope="col" role="columnheader" class={classes!("raci-col-party", emphasis(p))} data-party={catalog.party(p).id.clone()}>
                                <span class={format!("raci-swatch raci-party-{}", p.0 % PARTY_COLORS)} aria-hidden="true"></span>
                                { &catalog.party(p).name }
                            </th>
                        }) }
                        if props.checks {
                            <th scope="col" role="columnheader">{ "RACI checks" }</th>
                        }
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    { for lines(model, props.shown.tasks.get(..limit).unwrap_or(&props.shown.tasks), false).into_iter().map(|line| {
                        let i = match line {
                            Line::Group { name, tasks } => {
                                let width = 2 + catalog.parties.len() + usize::from(props.checks);
                                return group_row(name, tasks, width);
                            }
                            Line::Task(i) => i,
                        };
                        let Some(task) = model.tasks.get(i) else { return Html::default() };
                        html! {
                            <tr key={i} role="row">
                                <th scope="row" role="rowheader">{ highlighted(&task.name, &query) }</th>
                                <td class="raci-description" role="cell" data-label={model.description_label().to_string()}>
                                    { highlighted(&task.description, &query) }
                                </td>
                                { for catalog.party_ids().map(|p| {
                                    let letters = held(task, p, props.filter.roles);
                                    html! {
                                        <td class={classes!("raci-letters", emphasis(p))} role="cell" data-label={catalog.party(p).name.clone()}>
                                            if letters.is_empty() {
                                                { nobody() }
                                            }
                                            { for letters.iter().map(|h| {
                                                let role = catalog.role(h.role);
                                                html! {
                                                    <span
                                                        class={classes!("raci-role", format!("raci-role-{}", h.role.0 % 4), h.if_required.then_some("is-if-required"))}
                                                        title={role.name.clone()}
                                                    >
                                                        <span aria-hidden="true">{ &role.letter }</span>
                                                        <span class="raci-sr">{ &role.name }</span>
                                                        if h.if_required {
                                                            <span class="raci-chip__note">{ " (if required)" }</span>
                                                        }
                                                        if let Some(note) = h.note {
                                                            <span class="raci-chip__note">{ format!(" ({})", catalog.note(note)) }</span>
                                                        }
                                                    </span>
                                                }
                                            }) }
                                        </td>
                                    }
                                }) }
                                if props.checks {
                                    <td role="cell" data-label="RACI checks">{ check_notes(catalog, findings.iter().filter(|f| f.task == i)) }</td>
                                }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        }) }
        { more }
        </>
    }
}
