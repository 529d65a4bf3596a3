//! An author's text (a ```raci fence's body, or a file) as the `<raci-matrix>` element a
//! build-time plugin writes into the page. Every build-time host calls this — the `raci` CLI
//! (for the Python plugins), the Node module (for the JS ones), the mdBook preprocessor — and
//! none of them reads tables itself, so the page holds exactly what the widget will show:
//! - the light-DOM fallback: plain tables (what readers without JavaScript and search engines
//!   see, and the data the widget reads back), or for a JSON body the data itself in an inline
//!   `<script type="application/json">` plus those tables;
//! - optionally the first view, prerendered in a declarative shadow root, so the table is
//!   painted before any wasm and nothing moves when the widget takes over.

mod options;

use crate::model::read::grid::{read_grids, Layout};
use crate::model::read::load::{load, load_as, Format};
use crate::model::write::export::{escape_into, grid_html, html_table, legend_grid, table_grid};
use crate::model::write::json::full_json;
use crate::model::{Catalog, Loaded, Model, Problem};
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
    let Some((loaded, format)) = read(request)? else {
        let html = element(options, &link_to(src.unwrap_or_default()));
        return Ok(Rendered {
            html,
            warnings: Vec::new(),
        });
    };
    let (catalog, warnings) = (loaded.catalog, loaded.warnings);
    let models: Vec<&Model> = catalog.models.iter().collect();
    let fallback = fallback(&catalog, &models, format == Format::Json);
    // With `src` the widget fetches the file and shows a loading note first: a prerendered
    // view would be replaced by it.
    let first_view = match (request.stylesheet, src) {
        (Some(css), None) => {
            let shown = as_the_widget_reads_it(&catalog, &models, format == Format::Json)?;
            first_view(&shown, &attribute_pairs(options), css).await
        }
        _ => String::new(),
    };
    Ok(Rendered {
        html: element(options, &format!("{first_view}{fallback}")),
        warnings,
    })
}

/// The fence read and checked, options included, as the page will show it: the catalog with
/// its warnings and the format it was read as; `None` for an empty fence that names a file
/// with `src` (the widget reads that file in the browser). `raci check` on a page stops here.
pub fn read(request: &Request) -> Result<Option<(Loaded, Format)>, Vec<Problem>> {
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
    Ok(Some((loaded, format)))
}

/// The light-DOM content: tables, with the data itself first for a JSON body (its intro, role
/// meanings and notes do not fit a table).
pub fn fallback(catalog: &Catalog, models: &[&Model], with_data: bool) -> String {
    let mut out = String::new();
    if with_data {
        out.push_str("<script type=\"application/json\">");
        // `<` as `\u003c`: no `</script>` (or `<!--`) in the data can end the element early.
        out.push_str(&full_json(catalog).trim_end().replace('<', "\\u003c"));
        out.push_str("</script>\n");
    }
    for model in models {
        out.push_str(&html_table(catalog, model));
    }
    // The author's own roles (a legend table in the source) travel as a legend table.
    if let Some(legend) = legend_grid(catalog) {
        out.push_str(&grid_html(&legend));
    }
    out
}

/// The catalog (and the notes about it) the widget will have once it has read the element's
/// content back: the inline data, else the fallback tables (which keep fewer details). The
/// first view is rendered from it, so the live widget draws the same markup, notes box and all.
pub fn as_the_widget_reads_it(
    catalog: &Catalog,
    models: &[&Model],
    from_data: bool,
) -> Result<Loaded, Vec<Problem>> {
    let loaded = if from_data {
        load(&full_json(catalog), Format::Json, "")
    } else {
        let mut grids: Vec<_> = models.iter().map(|m| table_grid(catalog, m)).collect();
        grids.extend(legend_grid(catalog));
        read_grids(&grids)
    };
    loaded.map_err(|problems| {
        let mut out = vec![Problem::error(
            "",
            "internal: the rendered tables do not read back (please report this)",
        )];
        out.extend(problems);
        out
    })
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
