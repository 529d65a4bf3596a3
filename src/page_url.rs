//! The host page's URL: where an instance with `sync-url` reads and writes its state.

use crate::model::{builtin, ViewState};

/// `location.search` of the page, `""` when there is none.
pub fn search() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// Replaces this widget's keys in the page URL, keeping the host's other parameters and the
/// fragment, without adding a history entry.
pub fn write_state(view: &ViewState) {
    let window = gloo::utils::window();
    let location = window.location();
    let query = view.merge_into_query(builtin(), &search());
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let url = format!("{path}{query}{hash}");
        // A refusal (sandboxed iframe, file://) must not break the widget.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
