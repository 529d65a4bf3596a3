use yew::prelude::*;

use crate::model::Model;

/// The selected model's title and what it means for the reader.
pub fn model_intro(model: &Model, heading_id: AttrValue) -> Html {
    html! {
        <div class="raci-model-intro">
            <h2 id={heading_id} class="raci-model-intro__title">{ &model.title }</h2>
            if !model.intro.is_empty() {
                <p>{ &model.intro }</p>
            }
        </div>
    }
}
