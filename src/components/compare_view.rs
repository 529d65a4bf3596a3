use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::matrix_table::scroll_box;
use super::row_limit::use_row_limit;
use super::{cell_chips, highlighted, use_catalog};
use crate::model::views::compare::{self, Field, Row};
use crate::model::views::search::Query;
use crate::model::{Catalog, Filter, ViewState};

#[derive(PartialEq, Properties)]
pub struct CompareViewProps {
    pub state: ViewState,
    pub caption_id: AttrValue,
    pub on_from: Callback<usize>,
}

/// The models side by side, every cell that differs marked, and what changes in words when
/// moving from one model to the selected one.
#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let catalog = use_catalog();
    let catalog = &*catalog;
    let only_differences = use_state(|| false);
    let rows = compare::rows(catalog);
    let filter = &props.state.filter;
    let visible = compare::visible_rows(catalog, &rows, filter);
    let fields: Vec<Field> = compare::fields(catalog)
        .filter(|f| match f {
            Field::Description => filter.roles.is_empty(),
            Field::Role(r) => filter.roles.is_empty() || filter.roles.contains(*r),
        })
        .collect();
    let query = Query::new(&filter.query);
    let to = props
        .state
        .model
        .min(catalog.models.len().saturating_sub(1));
    let to_title = catalog.model(to).map_or("", |m| m.title.as_str());
    let from = props.state.from(catalog.models.len());
    let differing: usize = visible
        .iter()
        .filter_map(|&i| rows.get(i))
        .map(|row| fields.iter().filter(|f| row.differs(**f)).count())
        .sum();
    let on_only = {
        let only = only_differences.clone();
        Callback::from(move |e: Event| {
            only.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let on_from = {
        let on_from = props.on_from.clone();
        Callback::from(move |e: Event| {
            if let Ok(i) = e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .parse()
            {
                on_from.emit(i);
            }
        })
    };
    let select_id = format!("{}-from", props.caption_id);
    let (limit, more) = use_row_limit(&visible);
    html! {
        <div class="raci-compare">
            <div class="raci-changes">
                <p class="raci-changes__pick">
                    <label for={select_id.clone()}>{ "What changes from " }</label>
                    <select id={select_id} onchange={on_from}>
                        { for catalog.models.iter().enumerate().map(|(i, m)| html! {
                            <option value={i.to_string()} selected={i == from}>{ &m.title }</option>
                        }) }
                    </select>
                    { " to " }<strong>{ to_title }</strong>
                </p>
                { change_list(catalog, from, to) }
            </div>
            <p class="raci-count" role="status" aria-live="polite">
                { format!("{} of {} tasks; {differing} cells differ between the models", visible.len(), rows.len()) }
            </p>
            <label class="raci-check">
                <input type="checkbox" checked={*only_differences} onchange={on_only} />
                { " Only rows that differ" }
            </label>
            { scroll_box(&props.caption_id, html! {
                <table class="raci-table raci-compare-table" role="table">
                    <caption id={props.caption_id.clone()}>
                        { to_title }{ " beside the other models" }
                    </caption>
                    <thead role="rowgroup">
                        <tr role="row">
                            <th scope="col" role="columnheader">{ "Task" }</th>
                            <th scope="col" role="columnheader">{ "Role" }</th>
                            { for catalog.models.iter().enumerate().map(|(i, m)| html! {
                                <th scope="col" role="columnheader" class={classes!((i == to).then_some("is-current"))}>{ &m.title }</th>
                            }) }
                        </tr>
                    </thead>
                    { for visible.iter().take(limit).filter_map(|&i| Some((i, rows.get(i)?))).map(|(i, row)| {
                        let shown = RowShown { fields: &fields, only_differences: *only_differences, query: &query, filter };
                        compare_rows(catalog, i, row, &shown)
                    }) }
                </table>
            }) }
            { more }
        </div>
    }
}

/// The shifts between two models as sentences, each opening onto its list of tasks.
fn change_list(catalog: &Catalog, from: usize, to: usize) -> Html {
    if from == to {
        return html! { <p>{ "Choose a different model to see what changes." }</p> };
    }
    let changed = compare::changed_cells(catalog, from, to);
    html! {
        <>
            <p>{ format!("{changed} cells change.") }</p>
            <ul class="raci-changes__list">
                { for compare::shifts(catalog, from, to).iter().flat_map(|shift| {
                    let sentences = shift.sentences(catalog);
                    let lists = [&shift.gained, &shift.lost];
                    let lists: Vec<_> = lists.into_iter().filter(|l| !l.is_empty()).collect();
                    sentences.into_iter().zip(lists).map(|(sentence, tasks)| html! {
                        <li>
                            <details>
                                <summary>{ sentence }</summary>
                                <ul>{ for tasks.iter().map(|t| html! { <li>{ t.to_string() }</li> }) }</ul>
                            </details>
                        </li>
                    }).collect::<Vec<_>>()
                }) }
            </ul>
        </>
    }
}

/// What every compared row shares: the fields shown, the switch, the search and the filter.
struct RowShown<'a> {
    fields: &'a [Field],
    only_differences: bool,
    query: &'a Query,
    filter: &'a Filter,
}

/// One task: a row per compared field, one cell per model. A plain function: it keeps nothing
/// between renders, and a component type costs wasm.
fn compare_rows(catalog: &Catalog, key: usize, row: &Row<'_>, shown: &RowShown<'_>) -> Html {
    let fields: Vec<Field> = shown
        .fields
        .iter()
        .copied()
        .filter(|f| !shown.only_differences || row.differs(*f))
        .collect();
    if fields.is_empty() {
        return Html::default();
    }
    let span = fields.len().to_string();
    html! {
        <tbody key={key} class="raci-compare-task" role="rowgroup">
            { for fields.iter().enumerate().map(|(n, field)| {
                let differs = row.differs(*field);
                html! {
                    <tr class={classes!(differs.then_some("is-different"))} role="row">
                        if n == 0 {
                            <th scope="rowgroup" role="rowheader" rowspan={span.clone()}>
                                { highlighted(row.name, shown.query) }
                            </th>
                        }
                        <th scope="row" role="rowheader" class="raci-compare-field">
                            { match field {
                                Field::Description => "Description".to_string(),
                                Field::Role(r) => catalog.role(*r).name.clone(),
                            } }
                            if differs {
                                <span class="raci-differs">{ "differs" }</span>
                            }
                        </th>
                        { for row.tasks.iter().zip(&catalog.models).map(|(task, model)| html! {
                            <td role="cell" data-label={model.title.clone()}>
                                { match (task, field) {
                                    (None, _) => html! { <span class="raci-none">{ "not in this model" }</span> },
                                    (Some(t), Field::Description) => highlighted(&t.description, shown.query),
                                    (Some(t), Field::Role(r)) => cell_chips(catalog, t.cell(*r), shown.filter),
                                } }
                            </td>
                        }) }
                    </tr>
                }
            }) }
        </tbody>
    }
}
