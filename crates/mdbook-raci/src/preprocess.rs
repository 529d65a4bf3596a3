//! The preprocessor run: mdBook writes `[context, book]` as JSON on stdin and reads the book
//! back on stdout (mdBook 0.5: `{"items": [{"Chapter": {…}}, "Separator", …]}`; 0.4 named the
//! list `sections`, both are walked). Each chapter's ```raci fences become the `<raci-matrix>`
//! that `raci_widget::fence::render` writes; a chapter with one also gets the widget's loader
//! and stylesheet, so chapters without a matrix load nothing of the widget.

use std::path::{Path, PathBuf};

use raci_widget::fence::{render, Request};
use serde_json::Value;

use crate::ASSETS_DIR;
use raci_widget::model::read::fences::{fences, Fence};

/// What the book's `[preprocessor.raci]` table and mdBook's context say.
struct Book {
    root: PathBuf,
    src: String,
    prerender: bool,
}

/// The processed book as JSON, plus the warnings to print; or every error of the book, each
/// `chapter-path:line: error: message` (the build fails on them).
pub fn run(input: &str) -> Result<(String, Vec<String>), Vec<String>> {
    let input: Value =
        serde_json::from_str(input).map_err(|e| vec![format!("mdbook-raci: stdin: {e}")])?;
    let [context, book] = input.as_array().map(Vec::as_slice).unwrap_or_default() else {
        return Err(vec![
            "mdbook-raci: stdin: expected mdBook's [context, book] JSON".into(),
        ]);
    };
    let config = &context["config"];
    let settings = Book {
        root: PathBuf::from(context["root"].as_str().unwrap_or(".")),
        src: config["book"]["src"].as_str().unwrap_or("src").to_string(),
        prerender: config["preprocessor"]["raci"]["prerender"]
            .as_bool()
            .unwrap_or(true),
    };
    let mut book = book.clone();
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for key in ["items", "sections"] {
        if let Some(items) = book.get_mut(key).and_then(Value::as_array_mut) {
            walk(items, &settings, &mut errors, &mut warnings);
        }
    }
    if errors.is_empty() {
        Ok((book.to_string(), warnings))
    } else {
        Err(errors)
    }
}

fn walk(items: &mut [Value], book: &Book, errors: &mut Vec<String>, warnings: &mut Vec<String>) {
    for item in items {
        let Some(chapter) = item.get_mut("Chapter").and_then(Value::as_object_mut) else {
            continue;
        };
        let path = chapter
            .get("path")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let source = chapter
            .get("source_path")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .or_else(|| path.clone());
        if let (Some(path), Some(Value::String(content))) = (&path, chapter.get_mut("content")) {
            let source = source.unwrap_or_else(|| path.clone());
            match rewrite(content, book, path, &source, warnings) {
                Ok(Some(new)) => *content = new,
                Ok(None) => {}
                Err(mut found) => errors.append(&mut found),
            }
        }
        if let Some(sub) = chapter.get_mut("sub_items").and_then(Value::as_array_mut) {
            walk(sub, book, errors, warnings);
        }
    }
}

/// From a chapter's page (`path`: `guide/teams.md` → `guide/teams.html`) to the book's root.
fn to_root(path: &str) -> String {
    "../".repeat(Path::new(path).components().count().saturating_sub(1))
}

/// The chapter with its fences rendered, `None` when it has none.
fn rewrite(
    content: &str,
    book: &Book,
    path: &str,
    source: &str,
    warnings: &mut Vec<String>,
) -> Result<Option<String>, Vec<String>> {
    let found = fences(content);
    if found.is_empty() {
        return Ok(None);
    }
    let shown = format!("{}/{}", book.src, source).replace('\\', "/");
    let assets = format!("{}{ASSETS_DIR}/", to_root(path));
    let stylesheet = format!("{assets}raci-widget.css");
    let mut out = String::new();
    let mut errors = Vec::new();
    let mut last = 0;
    for (index, fence) in found.iter().enumerate() {
        let at = format!("{shown}:{}", fence.line);
        out.push_str(&content[last..fence.start]);
        last = fence.end;
        let (text, name, in_body) = match data_file(book, source, fence) {
            Ok(Some((text, name))) => (text, name, false),
            Ok(None) => (fence.body.clone(), at.clone(), true),
            Err(message) => {
                errors.push(format!("{at}: error: {message}"));
                continue;
            }
        };
        let rendered = render(&Request {
            text: &text,
            name: &name,
            options: &fence.options,
            stylesheet: book.prerender.then_some(stylesheet.as_str()),
        });
        match rendered {
            Ok(rendered) => {
                warnings.extend(
                    rendered
                        .warnings
                        .iter()
                        .map(|w| format!("{at}: warning: {w}")),
                );
                let mut html = String::new();
                if index == 0 {
                    // The loader on this page only (mdBook loads each page in full), and the
                    // stylesheet render-blocking before the prerendered view.
                    html.push_str(&format!(
                        "<script type=\"module\" src=\"{assets}raci-widget.js\"></script>"
                    ));
                    if book.prerender {
                        html.push_str(&format!("<link rel=\"stylesheet\" href=\"{stylesheet}\">"));
                    }
                    html.push('\n');
                }
                html.push_str(&rendered.html);
                out.push_str(&html_block(&html, &fence.indent));
            }
            Err(problems) => errors.extend(problems.iter().map(|p| {
                let kind = if p.is_error() { "error" } else { "warning" };
                // A problem the reader placed: the chapter's own line and column for the
                // body, the data file's for `src`; else the fence's line.
                let place = match p.pos {
                    Some(pos) if in_body => {
                        let pos = fence.page_pos(pos);
                        format!("{shown}:{}:{}", pos.line, pos.column)
                    }
                    Some(pos) => format!("{name}:{}:{}", pos.line, pos.column),
                    None => at.clone(),
                };
                format!("{place}: {kind}: {p}")
            })),
        }
    }
    out.push_str(&content[last..]);
    if errors.is_empty() {
        Ok(Some(out))
    } else {
        Err(errors)
    }
}

/// The element as one Markdown HTML block: after a blank line (a `<raci-matrix>` line cannot
/// interrupt a paragraph), with no blank line inside (it would end the block), at the fence's
/// indentation (a fence in a list item stays in it), and a blank line after.
fn html_block(html: &str, indent: &str) -> String {
    let mut out = String::from("\n");
    for line in html.lines().filter(|l| !l.trim().is_empty()) {
        out.push_str(indent);
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
    out
}

/// `src="teams.csv"` with an empty body: the file beside the chapter is the data (and its
/// name titles a CSV table); the page fetches it by the same relative URL, since mdBook copies
/// it into the book. `None`: the body is the data.
fn data_file(book: &Book, source: &str, fence: &Fence) -> Result<Option<(String, String)>, String> {
    let Some((_, src)) = fence.options.iter().rev().find(|(k, _)| k == "src") else {
        return Ok(None);
    };
    if !fence.body.trim().is_empty() || src.contains("://") || src.starts_with('/') {
        return Ok(None);
    }
    let dir = Path::new(source).parent().unwrap_or(Path::new(""));
    let relative = Path::new(&book.src).join(dir).join(src);
    let file = book.root.join(&relative);
    let shown = relative.to_string_lossy().replace('\\', "/");
    match std::fs::read_to_string(&file) {
        Ok(text) => Ok(Some((text, shown))),
        Err(e) => Err(format!("option \"src\": {shown}: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::to_root;

    #[test]
    fn the_way_back_to_the_root_from_a_chapter() {
        assert_eq!(to_root("intro.md"), "");
        assert_eq!(to_root("guide/teams.md"), "../");
        assert_eq!(to_root("a/b/c.md"), "../../");
    }
}
