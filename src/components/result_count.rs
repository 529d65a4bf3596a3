use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct ResultCountProps {
    pub shown: usize,
    pub total: usize,
}

/// "5 of 16 tasks", announced politely to screen readers as it changes.
#[component]
pub fn ResultCount(props: &ResultCountProps) -> Html {
    let noun = if props.total == 1 { "task" } else { "tasks" };
    html! {
        <p class="raci-count" role="status" aria-live="polite">
            { format!("{} of {} {noun}", props.shown, props.total) }
        </p>
    }
}
