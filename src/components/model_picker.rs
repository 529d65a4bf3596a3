use yew::prelude::*;

use crate::model::Catalog;

/// The management models as a row of toggle buttons, the selected one pressed.
pub fn model_picker(catalog: &Catalog, selected: usize, on_select: Callback<usize>) -> Html {
    html! {
        <div class="raci-models" role="group" aria-label="Management model">
            { for catalog.models.iter().enumerate().map(|(i, model)| {
                let on_select = on_select.clone();
                let pressed = i == selected;
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
