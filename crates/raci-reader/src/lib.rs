//! The run-time reader's wasm module. `web/raci-widget-main.js` loads it only for an element
//! whose data come at run time, hands it that text and gives the answer — build-time data, the
//! same payload a fence's element carries (`write::payload`), or the problems — to the widget's
//! module (`RaciMatrix::showPayload`). wasm-bindgen cannot split one module, so the two meet
//! over a string.

// As in the widget: data reach every line here, and a panic would abort the module.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use wasm_bindgen::prelude::*;

use raci_model::read::grid::Layout;
use raci_model::read::load::{load_as, Format};
use raci_model::read::raw_source::{source_format, source_text, SOURCE_TYPES};
use raci_model::write::payload::{failure, payload};
use raci_model::Problem;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// JSON in the data format (the `data` property, stringified).
#[wasm_bindgen(js_name = readJson)]
pub fn read_json(text: &str) -> String {
    read(text, Format::Json, "", "")
}

/// The element's own tables, as the page script read them into rows of strings (JSON).
#[wasm_bindgen(js_name = readTables)]
pub fn read_tables(tables: &str, layout: &str) -> String {
    read(tables, Format::PageTables, "", layout)
}

/// A fetched `src` file, told apart by its name, its content type, then its content; `url`
/// titles a CSV table.
#[wasm_bindgen(js_name = readFetched)]
pub fn read_fetched(text: &str, url: &str, content_type: &str, layout: &str) -> String {
    read(text, Format::detect(url, content_type, text), url, layout)
}

/// Raw source (README "Use your own matrix"): a `<script>`'s text and its `type`, which names
/// the format; `title` (its `data-title`, may be empty) titles a single table.
#[wasm_bindgen(js_name = readSource)]
pub fn read_source(text: &str, media_type: &str, title: &str, layout: &str) -> String {
    let text = source_text(text);
    let Some(format) = source_format(media_type, &text) else {
        let message = format!("type=\"{media_type}\" is not a raw-source type ({SOURCE_TYPES})");
        return failure(&[Problem::error("", message)]);
    };
    match load_as(&text, format, "", parse_layout(layout)) {
        Ok(mut loaded) => {
            let title = title.trim();
            if !title.is_empty() {
                let warning = loaded.catalog.retitle(title, "data-title");
                loaded.warnings.extend(warning);
            }
            payload(&loaded)
        }
        Err(problems) => failure(&problems),
    }
}

fn read(text: &str, format: Format, name: &str, layout: &str) -> String {
    match load_as(text, format, name, parse_layout(layout)) {
        Ok(loaded) => payload(&loaded),
        Err(problems) => failure(&problems),
    }
}

/// The `layout` attribute; anything else (or none) is `auto`.
fn parse_layout(value: &str) -> Layout {
    Layout::parse(value).unwrap_or_default()
}
