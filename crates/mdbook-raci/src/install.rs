//! `mdbook-raci install [BOOK_DIR] [--assets DIR]`: what a book needs, idempotently (a second
//! run changes nothing):
//! - the widget's files in `<src>/raci/` (mdBook copies the non-chapter files of `src` into
//!   the built book, wasm included): the 1 KB loader `raci-widget.js` and the rest it fetches;
//! - `[preprocessor.raci]` in `book.toml`, the rest of the file kept as written.
//!
//! The files are the ones embedded in this binary (a release build, see build.rs), else those
//! of `--assets DIR` (a widget build: a release's `dist/`, or `node_modules/raci-widget`).
//! Nothing goes into `additional-js`: mdBook writes those as classic scripts on every page,
//! and the loader is an ES module that the preprocessor adds to the chapters with a matrix.

use std::fs;
use std::path::{Path, PathBuf};

use toml_edit::{table, Document, Item};

use crate::{embedded, ASSETS_DIR};

/// Said when there are no files to install.
pub const NO_FILES: &str = "this mdbook-raci carries no widget files (built without RACI_WIDGET_DIST): \
pass --assets DIR, DIR holding raci-widget.js and the rest of a widget build (the dist/ folder of a \
raci-widget release, or node_modules/raci-widget after `npm install raci-widget`), or use the \
mdbook-raci binary of a release, which carries them";

/// What was done, one line each, for the author.
pub fn install(book_dir: &Path, assets: Option<&Path>) -> Result<Vec<String>, String> {
    let files = match assets {
        Some(dir) => read_assets(dir)?,
        None if embedded::FILES.is_empty() => return Err(NO_FILES.into()),
        None => embedded::FILES
            .iter()
            .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
            .collect(),
    };
    let toml_path = book_dir.join("book.toml");
    let text = fs::read_to_string(&toml_path).map_err(|e| {
        format!(
            "{}: {e} (run this in a book's folder, or name it: mdbook-raci install BOOK_DIR)",
            toml_path.display()
        )
    })?;
    let mut doc: Document = text
        .parse()
        .map_err(|e| format!("{}: {e}", toml_path.display()))?;
    let src = doc
        .get("book")
        .and_then(|b| b.get("src"))
        .and_then(Item::as_str)
        .unwrap_or("src")
        .to_string();

    let mut said = Vec::new();
    let target = book_dir.join(&src).join(ASSETS_DIR);
    fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    let mut changed = 0;
    for (name, bytes) in &files {
        let path = target.join(name);
        if fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
            changed += 1;
        }
    }
    let shown = format!("{src}/{ASSETS_DIR}/");
    said.push(match changed {
        0 => format!("{shown}: the widget's {} files are up to date", files.len()),
        n => format!("{shown}: wrote {n} of the widget's {} files", files.len()),
    });

    if add_preprocessor(&mut doc) {
        fs::write(&toml_path, doc.to_string())
            .map_err(|e| format!("{}: {e}", toml_path.display()))?;
        said.push("book.toml: added [preprocessor.raci]".into());
    } else {
        said.push("book.toml: [preprocessor.raci] is there already".into());
    }
    Ok(said)
}

/// Adds `[preprocessor.raci]` unless it is there; whether it changed the document.
fn add_preprocessor(doc: &mut Document) -> bool {
    if doc
        .get("preprocessor")
        .and_then(|p| p.get("raci"))
        .is_some()
    {
        return false;
    }
    let preprocessors = doc.entry("preprocessor").or_insert_with(|| {
        let mut t = table();
        if let Some(t) = t.as_table_mut() {
            t.set_implicit(true);
        }
        t
    });
    match preprocessors.as_table_like_mut() {
        Some(t) => {
            t.insert("raci", table());
            true
        }
        None => false,
    }
}

/// The files of a widget build in `dir` (not the standalone page's `index.html`, `page.css`).
fn read_assets(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let loader: PathBuf = dir.join("raci-widget.js");
    if !loader.is_file() {
        return Err(format!(
            "--assets {}: no raci-widget.js there (expected a widget build: a release's dist/ or node_modules/raci-widget)",
            dir.display()
        ));
    }
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_file() && crate::widget_file::is_widget_file(&name) {
            let bytes = fs::read(entry.path()).map_err(|e| format!("{name}: {e}"))?;
            files.push((name, bytes));
        }
    }
    files.sort();
    Ok(files)
}
