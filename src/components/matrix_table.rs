//! The matrix as one native table in either layout: by role (a column per role, the parties
//! holding it as chips) or by party (a column per party, the letters of the roles it holds).
//! One component for both: they share the caption, the groups, the row limit and the
//! description column; only the columns after it differ ([`Columns`]).

use std::rc::Rc;

use yew::prelude::*;

use super::chip::{condition, party_class};
use super::row_limit::use_row_limit;
use super::{cell_chips, check_notes, highlighted, nobody, use_catalog};
use crate::model::catalog::groups::{lines, Line};
use crate::model::views::checks::{self, Finding};
use crate::model::views::pivot::held;
use crate::model::views::search::Query;
use crate::model::{Catalog, Filter, PartyId, Shown, Task};

/// What the table takes: the rows and columns shown, the filter (for emphasis and
/// highlights), whether to show the RACI checks' notes, the caption's id and the layout.
#[derive(PartialEq, Properties)]
pub struct TableProps {
    pub shown: Rc<Shown>,
    pub filter: Filter,
    pub checks: bool,
    pub caption_id: AttrValue,
    /// The classic RACI grid (tasks × parties) instead of the source layout (tasks × roles).
    pub by_party: bool,
}

/// A table in its own labelled, focusable box that scrolls sideways instead of the page.
pub fn scroll_box(caption_id: &AttrValue, table: Html) -> Html {
    html! {
        <div class="raci-table-wrap" role="group" aria-labelledby={caption_id.clone()} tabindex="0">
            { table }
        </div>
    }
}

/// A group's header row over its tasks, across the whole table: a row-group header, so that
/// screen readers announce the group with each task's cells.
fn group_row(name: &str, tasks: usize, width: usize) -> Html {
    let count = if tasks == 1 {
        "1 task".to_string()
    } else {
        format!("{tasks} tasks")
    };
    html! {
        <tr key={format!("group-{name}")} class="raci-group-row" role="row">
            <th scope="rowgroup" colspan={width.to_string()} role="rowheader" class="raci-group">
                { name }<span class="raci-sr">{ format!(" ({count})") }</span>
            </th>
        </tr>
    }
}

/// The matrix as a native table: Task | Description | a column per role or per party.
#[component]
pub fn MatrixTable(props: &TableProps) -> Html {
    let catalog = use_catalog();
    let catalog = &*catalog;
    let (limit, more) = use_row_limit(&props.shown.tasks);
    let Some(model) = catalog.model(props.shown.model) else {
        return Html::default();
    };
    let findings = if props.checks {
        checks::run(catalog, model)
    } else {
        Vec::new()
    };
    let columns = Columns {
        catalog,
        props,
        findings: &findings,
    };
    let query = Query::new(&props.filter.query);
    let (class, caption) = if props.by_party {
        ("raci-table raci-party-table", "Roles each party holds: ")
    } else {
        ("raci-table", "Who does what: ")
    };
    let label = model.description_label().to_string();
    let tasks = props.shown.tasks.get(..limit).unwrap_or(&props.shown.tasks);
    html! {
        <>
        { scroll_box(&props.caption_id, html! {
            <table {class} role="table">
                <caption id={props.caption_id.clone()}>{ caption }{ &model.title }</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader" class="raci-col-task">{ "Task" }</th>
                        <th scope="col" role="columnheader" class="raci-col-description">{ &label }</th>
                        { columns.headers() }
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    { for lines(model, tasks, false).into_iter().map(|line| {
                        let i = match line {
                            Line::Group { name, tasks } => return group_row(name, tasks, 2 + columns.count()),
                            Line::Task(i) => i,
                        };
                        let Some(task) = model.tasks.get(i) else { return Html::default() };
                        html! {
                            <tr key={i} role="row">
                                <th scope="row" role="rowheader">{ highlighted(&task.name, &query) }</th>
                                <td class="raci-description" role="cell" data-label={label.clone()}>
                                    { highlighted(&task.description, &query) }
                                </td>
                                { columns.cells(i, task) }
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

/// The columns after the description, in the table's layout.
struct Columns<'a> {
    catalog: &'a Catalog,
    props: &'a TableProps,
    findings: &'a [Finding],
}

impl Columns<'_> {
    /// How many (the party layout puts the RACI checks in a column of their own).
    fn count(&self) -> usize {
        if self.props.by_party {
            self.catalog.parties.len() + usize::from(self.props.checks)
        } else {
            self.props.shown.columns.len()
        }
    }

    /// `is-match` / `is-dim` for a party's column while the party filter is on.
    fn emphasis(&self, party: PartyId) -> Option<&'static str> {
        match self.props.filter.party {
            Some(f) if f == party => Some("is-match"),
            Some(_) => Some("is-dim"),
            None => None,
        }
    }

    fn headers(&self) -> Html {
        let catalog = self.catalog;
        if !self.props.by_party {
            return html! {
                { for self.props.shown.columns.iter().map(|r| {
                    let role = catalog.role(*r);
                    html! {
                        <th scope="col" role="columnheader" class="raci-col-role" data-role={role.id.clone()}>
                            <span class="raci-letter" aria-hidden="true">{ &role.letter }</span>
                            { &role.name }
                        </th>
                    }
                }) }
            };
        }
        html! {
            <>
                { for catalog.party_ids().map(|p| html! {
                    <th scope="col" role="columnheader" data-party={catalog.party(p).id.clone()}
                        class={classes!("raci-col-party", party_class(p), self.emphasis(p))}>
                        { &catalog.party(p).name }
                    </th>
                }) }
                if self.props.checks {
                    <th scope="col" role="columnheader">{ "RACI checks" }</th>
                }
            </>
        }
    }

    fn cells(&self, i: usize, task: &Task) -> Html {
        let (catalog, filter) = (self.catalog, &self.props.filter);
        if !self.props.by_party {
            return html! {
                { for self.props.shown.columns.iter().map(|r| html! {
                    <td class="raci-role-cell" role="cell" data-label={catalog.role(*r).name.clone()}>
                        { cell_chips(catalog, task.cell(*r), filter) }
                        { check_notes(catalog, self.findings.iter().filter(|f| f.task == i && f.role == *r)) }
                    </td>
                }) }
            };
        }
        html! {
            <>
                { for catalog.party_ids().map(|p| html! {
                    <td class={classes!("raci-letters", self.emphasis(p))} role="cell" data-label={catalog.party(p).name.clone()}>
                        { letters(catalog, task, p, filter) }
                    </td>
                }) }
                if self.props.checks {
                    <td role="cell" data-label="RACI checks">{ check_notes(catalog, self.findings.iter().filter(|f| f.task == i)) }</td>
                }
            </>
        }
    }
}

/// The letters of the roles `party` holds for `task` (those the role filter keeps), each
/// read out as the role's name, or the dash of nobody.
fn letters(catalog: &Catalog, task: &Task, party: PartyId, filter: &Filter) -> Html {
    let held = held(task, party, filter.roles);
    if held.is_empty() {
        return nobody();
    }
    html! {
        { for held.iter().map(|h| {
            let role = catalog.role(h.role);
            let condition = condition(catalog, h.if_required, h.note);
            html! {
                <span
                    class={classes!("raci-role", format!("raci-role-{}", h.role.0 % 4), h.if_required.then_some("is-if-required"))}
                    title={role.name.clone()}
                >
                    <span aria-hidden="true">{ &role.letter }</span>
                    <span class="raci-sr">{ &role.name }</span>
                    if !condition.is_empty() {
                        <i>{ condition }</i>
                    }
                </span>
            }
        }) }
    }
}
