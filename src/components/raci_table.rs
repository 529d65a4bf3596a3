use std::rc::Rc;

use yew::prelude::*;

use super::{CellChips, Highlighted};
use crate::model::search::Query;
use crate::model::{builtin, Filter, Model, RoleId};

#[derive(PartialEq, Properties)]
pub struct RaciTableProps {
    pub model: &'static Model,
    /// Indices of the tasks to show, in order.
    pub tasks: Vec<usize>,
    /// Role columns to show, in order.
    pub columns: Vec<RoleId>,
    pub filter: Filter,
    pub caption_id: AttrValue,
}

/// The matrix as a native table: Task | Description | one column per role.
#[component]
pub fn RaciTable(props: &RaciTableProps) -> Html {
    let catalog = builtin();
    let query = Rc::new(Query::new(&props.filter.query));
    html! {
        <div
            class="raci-table-wrap"
            role="region"
            aria-labelledby={props.caption_id.clone()}
            tabindex="0"
        >
            <table class="raci-table">
                <caption id={props.caption_id.clone()}>
                    { format!("Who does what: {}", props.model.title) }
                </caption>
                <thead>
                    <tr>
                        <th scope="col" class="raci-col-task">{ "Task" }</th>
                        <th scope="col" class="raci-col-description">{ "Description" }</th>
                        { for props.columns.iter().map(|r| {
                            let role = catalog.role(*r);
                            html! {
                                <th scope="col" class="raci-col-role" data-role={role.id}>
                                    <span class="raci-letter" aria-hidden="true">{ role.letter }</span>
                                    { role.name }
                                </th>
                            }
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for props.tasks.iter().map(|&i| {
                        let task = &props.model.tasks[i];
                        html! {
                            <tr key={i}>
                                <th scope="row">
                                    <Highlighted text={task.name} query={query.clone()} />
                                </th>
                                <td class="raci-description">
                                    <Highlighted text={task.description} query={query.clone()} />
                                </td>
                                { for props.columns.iter().map(|r| html! {
                                    <td class="raci-role-cell">
                                        <CellChips cell={task.cell(*r)} filter={props.filter.clone()} />
                                    </td>
                                }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
