use yew::prelude::*;

use super::use_catalog;

#[derive(PartialEq, Properties)]
pub struct ModelPickerProps {
    pub selected: usize,
    pub on_select: Callback<usize>,
}

/// The management models as a row of toggle buttons, the selected one pressed.
#[component]
pub fn ModelPicker(props: &ModelPickerProps) -> Html {
    let catalog = use_catalog();
    html! {
        <div class="raci-models" role="group" aria-label="Management model">
            { for catalog.models.iter().enumerate().map(|(i, model)| {
                let on_select = props.on_select.clone();
                let pressed = i == props.selected;
                html! {
                    <button
                        type="button"
                        class={classes!("raci-model", pressed.then_some("is-selected"))}
                        aria-pressed={pressed.to_string()}
                        data-model={model.id.clone()}
                        onclick={move |_| on_select.emit(i)}
                    >
                        { &model.title }
                    </button>
                }
            }) }
        </div>
    }
}
