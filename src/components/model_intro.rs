use yew::prelude::*;

use crate::model::Model;

#[derive(PartialEq, Properties)]
pub struct ModelIntroProps {
    pub model: &'static Model,
    pub heading_id: AttrValue,
}

/// The selected model's title and what it means for the reader.
#[component]
pub fn ModelIntro(props: &ModelIntroProps) -> Html {
    html! {
        <div class="raci-model-intro">
            <h2 id={props.heading_id.clone()} class="raci-model-intro__title">
                { props.model.title }
            </h2>
            if !props.model.intro.is_empty() {
                <p>{ props.model.intro }</p>
            }
        </div>
    }
}
