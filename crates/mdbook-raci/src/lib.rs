//! `mdbook-raci`: the mdBook preprocessor for ```raci fences (README "Embed in your docs").
//! Each fence is read, checked and rendered by the widget's own build-time API
//! (`raci_widget::fence::render`, the one every build-time plugin calls); nothing here reads
//! a table. The mdBook side is its preprocessor protocol, spoken with serde_json:
//! `mdbook-raci supports RENDERER` (exit 0 for `html`), then `[context, book]` JSON on stdin
//! and the book on stdout. `mdbook-raci install [BOOK_DIR]` puts the widget's files in the
//! book and the `[preprocessor.raci]` table in `book.toml`.

// Natively only (the workspace's wasm32 lints build it as an empty crate).
#![cfg(not(target_arch = "wasm32"))]

pub mod install;
pub mod preprocess;
mod widget_file;

/// The widget's files embedded at build time (empty without `RACI_WIDGET_DIST`; build.rs).
pub mod embedded {
    include!(concat!(env!("OUT_DIR"), "/widget_files.rs"));
}

/// The folder, under the book's `src`, that holds the widget's files (mdBook copies every
/// file of `src` that is not a chapter into the built book, so they are served beside it).
pub const ASSETS_DIR: &str = "raci";
