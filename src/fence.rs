//! An author's text (a ```raci fence's body, or a file) as the `<raci-matrix>` element a
//! build-time plugin writes into the page. Every build-time host calls this — the `raci` CLI
//! (for the Python plugins), the Node module (for the JS ones), the mdBook preprocessor — and
//! none of them reads tables itself, so the page holds exactly what the widget will show:
//! - the build-time data (`write::payload`): the catalog as read and checked here, which the
//!   widget shows as it is, with no reader of its own to load (README "Build-time data");
//! - the light-DOM fallback: plain tables (what readers without JavaScript and search engines
//!   see);
//! - optionally the first view, prerendered in a declarative shadow root, so the table is
//!   painted before any wasm and nothing moves when the widget takes over.

mod options;

use crate::model::read::grid::Layout;
use crate::model::read::load::{load_as, Format};
use crate::model::write::export::{escape_into, grid_html, html_table, legend_grid};
use crate::model::write::payload::payload_element;
use crate::model::{Catalog, Loaded, Problem};
use crate::prerender::first_view;

pub use options::{bad_values, unknown_options};

/// What to render.
pub struct Request<'a> {
    /// The fence's body, or the file's text when the fence names one with `src`.
    pub text: &'a str,
    /// Names the text in messages (a page and the fence's line, or a file).
    pub name: &'a str,
    /// The fence's options as written: element attributes, and `title`.
    pub options: &'a [(String, String)],
    /// The URL of `raci-widget.css` as the page will reach it: renders the first view, linked
    /// to it. `None`: the fallback only.
    pub stylesheet: Option<&'a str>,
}

/// The element, and the warnings the data loaded with (the plugin reports them).
#[derive(Debug)]
pub struct Rendered {
    pub html: String,
    pub warnings: Vec<Problem>,
}

/// [`render_async`], run to completion here (natively the renderer needs no event loop).
#[cfg(not(target_arch = "wasm32"))]
pub fn render(request: &Request) -> Result<Rendered, Vec<Problem>> {
    futures::executor::block_on(render_async(request))
}

/// The `<raci-matrix>` for `request`, or the problems that stop it (the build fails on them).
/// Every host runs this one: natively through [`render`], under Node as a Promise.
pub async fn render_async(request: &Request<'_>) -> Result<Rendered, Vec<Problem>> {
    let options = request.options;
    let src = option(options, "src");
    let Some(loaded) = read(request)? else {
        let html = element(options, &link_to(src.unwrap_or_default()));
        return Ok(Rendered {
            html,
            warnings: Vec::new(),
        });
    };
    let inner = match src {
        // With `src` the widget fetches the file (and reads it) in the browser, showing a
        // loading note first: a prerendered view would be replaced by it.
        Some(_) => tables(&loaded.catalog),
        None => {
            // The widget shows the build-time data as they are: the first view is its markup.
            let first_view = match request.stylesheet {
                Some(css) => first_view(&loaded, &attribute_pairs(options), css).await,
                None => String::new(),
            };
            format!(
                "{first_view}{}{}",
                payload_element(&loaded),
                tables(&loaded.catalog)
            )
        }
    };
    Ok(Rendered {
        html: element(options, &inner),
        warnings: loaded.warnings,
    })
}

/// The fence read and checked, options included, as the page will show it: the catalog with
/// its warnings; `None` for an empty fence that names a file
/// with `src` (the widget reads that file in the browser). `raci check` on a page stops here.
pub fn read(request: &Request) -> Result<Option<Loaded>, Vec<Problem>> {
    let options = request.options;
    let unknown = unknown_options(options);
    if !unknown.is_empty() {
        return Err(unknown);
    }
    let src = option(options, "src");
    if request.text.trim().is_empty() {
        return match src {
            Some(_) => Ok(None),
            None => Err(vec![Problem::error(
                "",
                "the fence is empty: write a Markdown table, CSV or JSON in it, or name a file with src=",
            )]),
        };
    }
    // A fence's format is told by its look; a file's (`src`) also by its extension.
    let format = Format::detect(src.unwrap_or(""), "", request.text);
    // How the tables are laid out, when detection cannot tell (README "How tables are read").
    let layout = match option(options, "layout") {
        Some(value) => Layout::parse(value).ok_or_else(|| {
            let message = format!("no layout \"{value}\"; known: {}", Layout::known());
            vec![Problem::error("option \"layout\"", message)]
        })?,
        None => Layout::Auto,
    };
    let mut loaded = load_as(request.text, format, request.name, layout)?;
    if let Some(title) = option(options, "title") {
        let warning = loaded.catalog.retitle(title, "option \"title\"");
        loaded.warnings.extend(warning);
    }
    let bad = bad_values(&loaded.catalog, options);
    if !bad.is_empty() {
        return Err(bad);
    }
    Ok(Some(loaded))
}

/// The light-DOM tables: what readers without JavaScript and search engines see.
pub fn tables(catalog: &Catalog) -> String {
    let mut out = String::new();
    for model in &catalog.models {
        out.push_str(&html_table(catalog, model));
    }
    // The author's own roles (a legend table in the source) travel as a legend table.
    if let Some(legend) = legend_grid(catalog) {
        out.push_str(&grid_html(&legend));
    }
    out
}

/// `<raci-matrix` with the options that are attributes, then `inner`.
fn element(options: &[(String, String)], inner: &str) -> String {
    let mut out = String::from("<raci-matrix");
    for (key, value) in attribute_pairs(options) {
        out.push(' ');
        out.push_str(key);
        out.push_str("=\"");
        escape_into(&mut out, value);
        out.push('"');
    }
    out.push_str(">\n");
    out.push_str(inner);
    out.push_str("</raci-matrix>\n");
    out
}

fn attribute_pairs(options: &[(String, String)]) -> Vec<(&str, &str)> {
    options
        .iter()
        .filter(|(key, _)| key != "title")
        .map(|(key, value)| (key.as_str(), value.as_str()))
        .collect()
}

fn option<'a>(options: &'a [(String, String)], key: &str) -> Option<&'a str> {
    options
        .iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// What a fence that only names a file shows without JavaScript.
fn link_to(src: &str) -> String {
    let mut href = String::new();
    escape_into(&mut href, src);
    format!("<p>The RACI matrix in <a href=\"{href}\">{href}</a>.</p>\n")
}
