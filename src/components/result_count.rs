use yew::prelude::*;

/// "5 of 16 tasks", announced politely to screen readers as it changes.
pub fn result_count(shown: usize, total: usize) -> Html {
    let noun = if total == 1 { " task" } else { " tasks" };
    html! {
        <p class="raci-count" role="status" aria-live="polite">
            { shown }{ " of " }{ total }{ noun }
        </p>
    }
}
