//! The widget's first view as HTML, rendered natively by the same components the browser runs
//! (Yew's server renderer), for docs pages that want the table painted before any wasm loads:
//! a declarative shadow root holding the widget's stylesheet link and the markup the wasm will
//! render again (and replace) when it starts, so the page does not move.

use std::rc::Rc;

use yew::LocalServerRenderer;

use crate::components::{AppProps, Status, Widget, WidgetProps};
use crate::model::export::{escape_into, legend_grid, table_grid};
use crate::model::grid::read_grids;
use crate::model::{Catalog, Model, ViewState};

/// `<template shadowrootmode="open">` with the stylesheet at `css_url` and the first view of
/// `models` (of `catalog`) in the state `pairs` (the element's attributes) describe — as the
/// widget will show them once it has read them back from their tables (`html_table`), so the
/// live view is the same markup.
pub fn shadow_template(
    catalog: &Catalog,
    models: &[&Model],
    pairs: &[(&str, &str)],
    css_url: &str,
) -> Result<String, String> {
    let mut grids: Vec<_> = models.iter().map(|m| table_grid(catalog, m)).collect();
    grids.extend(legend_grid(catalog));
    let catalog = read_grids(&grids)
        .map_err(|problems| format!("the tables do not read back: {}", problems.len()))?
        .catalog;
    let initial = ViewState::from_pairs(&catalog, pairs.iter().copied());
    let app = AppProps {
        catalog: Rc::new(catalog),
        warnings: Rc::default(),
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
    };
    let renderer = LocalServerRenderer::<Widget>::with_props(props).hydratable(false);
    let body = futures::executor::block_on(renderer.render());
    let mut href = String::new();
    escape_into(&mut href, css_url);
    Ok(format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{href}\"><div>{body}</div></template>\n"
    ))
}
