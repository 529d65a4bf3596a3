use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct SearchBoxProps {
    pub value: String,
    pub input_id: AttrValue,
    pub on_search: Callback<String>,
}

/// Free-text search over task names and descriptions; Escape clears it.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput = {
        let on_search = props.on_search.clone();
        Callback::from(move |e: InputEvent| {
            on_search.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let onkeydown = {
        let on_search = props.on_search.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_search.emit(String::new());
            }
        })
    };
    html! {
        <div class="raci-filter raci-search">
            <label class="raci-filter__label" for={props.input_id.clone()}>{ "Search" }</label>
            <input
                id={props.input_id.clone()}
                type="search"
                class="raci-search__input"
                placeholder="Task or description"
                autocomplete="off"
                spellcheck="false"
                value={props.value.clone()}
                {oninput}
                {onkeydown}
            />
        </div>
    }
}
