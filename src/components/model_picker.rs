use yew::prelude::*;

use crate::model::Model;

#[derive(PartialEq, Properties)]
pub struct ModelPickerProps {
    pub models: &'static [Model],
    pub selected: usize,
    pub on_select: Callback<usize>,
}

/// The management models as a row of toggle buttons, the selected one pressed.
#[component]
pub fn ModelPicker(props: &ModelPickerProps) -> Html {
    html! {
        <div class="raci-models" role="group" aria-label="Management model">
            { for props.models.iter().enumerate().map(|(i, model)| {
                let on_select = props.on_select.clone();
                let pressed = i == props.selected;
                html! {
                    <button
                        type="button"
                        class={classes!("raci-model", pressed.then_some("is-selected"))}
                        aria-pressed={pressed.to_string()}
                        data-model={model.id}
                        onclick={move |_| on_select.emit(i)}
                    >
                        { model.title }
                    </button>
                }
            }) }
        </div>
    }
}
