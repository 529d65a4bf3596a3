use std::rc::Rc;

use yew::prelude::*;

use super::row_limit::use_row_limit;
use super::{cell_chips, check_notes, highlighted, use_catalog};
use crate::model::catalog::groups::{lines, Line};
use crate::model::views::checks::{self, Finding};
use crate::model::views::search::Query;
use crate::model::{Catalog, Filter, Model, Shown};

/// What both table views take: the rows and columns shown, the filter (for emphasis and
/// highlights), whether to show the RACI checks' notes, and the caption's id.
#[derive(PartialEq, Properties)]
pub struct TableProps {
    pub shown: Rc<Shown>,
    pub filter: Filter,
    pub checks: bool,
    pub caption_id: AttrValue,
}

impl TableProps {
    pub fn model<'a>(&self, catalog: &'a Catalog) -> Option<&'a Model> {
        catalog.model(self.shown.model)
    }

    pub fn query(&self) -> Query {
        Query::new(&self.filter.query)
    }

    /// The RACI checks' notes for the model, or none when the checks are off.
    pub fn findings(&self, catalog: &Catalog, model: &Model) -> Vec<Finding> {
        if self.checks {
            checks::run(catalog, model)
        } else {
            Vec::new()
        }
    }
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
pub fn group_row(name: &str, tasks: usize, width: usize) -> Html {
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

/// The matrix as a native table: Task | Description | one column per role.
#[component]
pub fn RaciTable(props: &TableProps) -> Html {
    let catalog = use_catalog();
    let catalog = &*catalog;
    let (limit, more) = use_row_limit(&props.shown.tasks);
    let Some(model) = props.model(catalog) else {
        return Html::default();
    };
    let query = props.query();
    let findings = props.findings(catalog, model);
    html! {
        <>
        { scroll_box(&props.caption_id, html! {
            <table class="raci-table" role="table">
                <caption id={props.caption_id.clone()}>
                    { "Who does what: " }{ &model.title }
                </caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader" class="raci-col-task">{ "Task" }</th>
                        <th scope="col" role="columnheader" class="raci-col-description">{ model.description_label() }</th>
                        { for props.shown.columns.iter().map(|r| {
                            let role = catalog.role(*r);
                            html! {
                                <th scope="col" role="columnheader" class="raci-col-role" data-role={role.id.clone()}>
                                    <span class="raci-letter" aria-hidden="true">{ &role.letter }</span>
                                    { &role.name }
                                </th>
                            }
                        }) }
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    { for lines(model, props.shown.tasks.get(..limit).unwrap_or(&props.shown.tasks), false).into_iter().map(|line| match line {
                        Line::Group { name, tasks } => group_row(name, tasks, 2 + props.shown.columns.len()),
                        Line::Task(i) => {
                            let Some(task) = model.tasks.get(i) else { return Html::default() };
                            html! {
                                <tr key={i} role="row">
                                    <th scope="row" role="rowheader">
                                        { highlighted(&task.name, &query) }
                                    </th>
                                    <td class="raci-description" role="cell" data-label={model.description_label().to_string()}>
                                        { highlighted(&task.description, &query) }
                                    </td>
                                    { for props.shown.columns.iter().map(|r| html! {
                                        <td class="raci-role-cell" role="cell" data-label={catalog.role(*r).name.clone()}>
                                            { cell_chips(catalog, task.cell(*r), &props.filter) }
                                            { check_notes(catalog, findings.iter().filter(|f| f.task == i && f.role == *r)) }
                                        </td>
                                    }) }
                                </tr>
                            }
                        }
                    }) }
                </tbody>
            </table>
        }) }
        { more }
        </>
    }
}
