use yew::prelude::*;

/// Rows rendered at first: a large matrix (thousands of tasks) filters within a frame because
/// only this many rows are rebuilt (2,000 tasks, party filter: 200 rows took 27 ms, 80 took
/// 14 median / 21 p95, 50 take 7-9 / 10 p95); the reader asks for more. The source's 16 rows never hit it.
pub const FIRST_ROWS: usize = 50;

/// How many of `rows` (the indices a view shows) to render, and the "show more" controls to
/// put after the table (empty when every row is shown). Asking for more lasts until the rows
/// change: a new filter starts from the first page again.
#[hook]
pub fn use_row_limit(rows: &[usize]) -> (usize, Html) {
    let expanded = use_state(|| (Vec::new(), FIRST_ROWS));
    let limit = if expanded.0 == rows {
        expanded.1
    } else {
        FIRST_ROWS
    };
    let total = rows.len();
    if total <= limit {
        return (total, Html::default());
    }
    let grow = |to: usize| {
        let (expanded, rows) = (expanded.clone(), rows.to_vec());
        Callback::from(move |_: MouseEvent| expanded.set((rows.clone(), to)))
    };
    let more = FIRST_ROWS.min(total - limit);
    let controls = html! {
        <p class="raci-more">
            { "Showing " }{ limit }{ " of " }{ total }{ " tasks. " }
            <button type="button" class="raci-button" onclick={grow(limit + more)}>
                { "Show " }{ more }{ " more" }
            </button>
            <button type="button" class="raci-button" onclick={grow(total)}>{ "Show all" }</button>
        </p>
    };
    (limit, controls)
}
