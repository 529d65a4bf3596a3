use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Free-text search over task names and descriptions; Escape clears it.
pub fn search_box(value: String, input_id: AttrValue, on_search: Callback<String>) -> Html {
    let oninput = {
        let on_search = on_search.clone();
        Callback::from(move |e: InputEvent| {
            on_search.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            on_search.emit(String::new());
        }
    });
    html! {
        <div class="raci-filter raci-search">
            <label class="raci-filter__label" for={input_id.clone()}>{ "Search" }</label>
            <input
                id={input_id}
                type="search"
                class="raci-search__input"
                placeholder="Task or description"
                autocomplete="off"
                spellcheck="false"
                {value}
                {oninput}
                {onkeydown}
            />
        </div>
    }
}
