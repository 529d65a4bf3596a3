//! The host page's URL: where an instance with `sync-url` reads and writes its state.

use crate::model::{Catalog, ViewState};

/// `location.search` of the page, `""` when there is none.
pub fn search() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// Replaces this widget's keys in the page URL, keeping the host's other parameters, the
/// fragment and the history entry's state (SPA routers such as Docusaurus' and MkDocs
/// Material's keep theirs there), without adding a history entry.
pub fn write_state(catalog: &Catalog, view: &ViewState) {
    let window = gloo::utils::window();
    let location = window.location();
    let query = view.merge_into_query(catalog, &search());
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let url = format!("{path}{query}{hash}");
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        // A refusal (sandboxed iframe, file://) must not break the widget.
        let _ = history.replace_state_with_url(&state, "", Some(&url));
    }
}
