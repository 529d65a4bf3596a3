//! The widget's first view as HTML, rendered natively by the same components the browser runs
//! (Yew's server renderer), for docs pages that want the table painted before any wasm loads:
//! a declarative shadow root holding the widget's stylesheet link and the markup the wasm will
//! render again (and replace) when it starts, so the page does not move.

use std::rc::Rc;

use yew::LocalServerRenderer;

use crate::components::{AppProps, Status, Widget, WidgetProps};
use crate::model::write::export::escape_into;
use crate::model::{Loaded, ViewState};

/// [`first_view`], run to completion here (natively Yew's server renderer needs no event loop).
#[cfg(not(target_arch = "wasm32"))]
pub fn shadow_template(shown: &Loaded, pairs: &[(&str, &str)], css_url: &str) -> String {
    futures::executor::block_on(first_view(shown, pairs, css_url))
}

/// `<template shadowrootmode="open">` with the stylesheet at `css_url` and the first view of
/// `shown` in the state `pairs` (the element's attributes) describe. `shown` must be the
/// catalog and notes the element's build-time data hold (`write::payload`): the live widget
/// shows exactly those, so its view is the same markup.
///
/// A future: on wasm32 (the Node module) Yew's renderer schedules its work on the host's event
/// loop, so it must be awaited there, not blocked on.
pub async fn first_view(shown: &Loaded, pairs: &[(&str, &str)], css_url: &str) -> String {
    let initial = ViewState::from_pairs(&shown.catalog, pairs.iter().copied());
    let app = AppProps {
        catalog: Rc::new(shown.catalog.clone()),
        warnings: Rc::new(shown.warnings.clone()),
        initial,
        sync_url: false,
        show_catalog_intro: false,
        // The live widget numbers its instances; ids do not change the layout.
        id_prefix: "raci-1".into(),
        link: None,
    };
    let props = WidgetProps {
        status: Status::Ready {
            app: Rc::new(app),
            generation: 1,
        },
        on_retry: Default::default(),
        on_shown: Default::default(),
    };
    let renderer = LocalServerRenderer::<Widget>::with_props(props).hydratable(false);
    let body = renderer.render().await;
    let mut href = String::new();
    escape_into(&mut href, css_url);
    // The HTML parser streams a declarative shadow root and may paint it half-parsed (a slow
    // CPU, a long table): a table laid out from its first rows widens its columns when the
    // rest arrive, and every row moves. The end marker lets the stylesheet show the first view
    // only once all of it is there (`.raci-first-view:not(:has(> .raci-first-view-end))`).
    format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{href}\"><div class=\"raci-first-view\">{body}<i class=\"raci-first-view-end\" hidden></i></div></template>\n"
    )
}
