//! Mounting the widget into a page, and the page URL it may mirror its state into.

use yew::Renderer;

use crate::components::{App, AppProps};
use crate::model::{builtin, ViewState};

/// The standalone page: mount into `#raci-widget` (or `<body>`), state from the URL query,
/// mirrored back into the URL as the reader filters.
pub fn standalone() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("raci-widget")
        .unwrap_or_else(|| gloo::utils::body().into());
    let props = AppProps {
        initial: ViewState::from_query(builtin(), &location_search()),
        sync_url: true,
        show_catalog_intro: true,
        id_prefix: "raci".into(),
    };
    Renderer::<App>::with_root_and_props(root, props).render();
}

fn location_search() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// Replaces this widget's keys in the page URL, keeping the host's other parameters and the
/// fragment, without adding a history entry.
pub fn write_url_state(view: &ViewState) {
    let window = gloo::utils::window();
    let location = window.location();
    let query = view.merge_into_query(builtin(), &location_search());
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let url = format!("{path}{query}{hash}");
        // A failure here (sandboxed iframe, file://) must not break the widget.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
