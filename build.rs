//! Checks `data/management-models.json` at compile time with the widget's own data reader (the
//! same code reads authors' data at run time) and embeds it without white space, so a mistake
//! fails the build with the reader's message. Also minifies the stylesheet.

use std::{env, fs, path::Path};

/// The reader's modules, compiled into the build script too (`src/model/*.rs`).
#[allow(dead_code)]
mod src {
    pub mod model {
        pub mod catalog_builder;
        pub mod data_format;
        pub mod json_value;
        pub mod notation;
        pub mod problem;
        pub mod search;
        pub mod types;
        pub mod vocabulary;
    }
}

const DATA: &str = "data/management-models.json";
const STYLES: &str = "styles/raci.css";

fn main() {
    // RACI_DATA=path bakes another data file of the same format instead (the benchmark's
    // generated matrix, other matrices); the widget's own tests expect the built-in one.
    println!("cargo:rerun-if-env-changed=RACI_DATA");
    let data = env::var("RACI_DATA").unwrap_or_else(|_| DATA.to_string());
    println!("cargo:rerun-if-changed={data}");
    println!("cargo:rerun-if-changed=src/model");
    let text = fs::read_to_string(&data).unwrap_or_else(|e| panic!("cannot read {data}: {e}"));
    match src::model::data_format::read_json(&text) {
        Ok(loaded) => {
            for warning in loaded.warnings {
                println!("cargo:warning={data}: {warning}");
            }
        }
        Err(problems) => {
            let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
            panic!("{data} is not valid:\n{}", lines.join("\n"));
        }
    }
    let out_dir = env::var("OUT_DIR").unwrap();
    fs::write(
        Path::new(&out_dir).join("builtin.json"),
        compact_json(&text),
    )
    .unwrap();

    // The widget's stylesheet ships inside the wasm (it goes into each shadow root): minified.
    println!("cargo:rerun-if-changed={STYLES}");
    let css = fs::read_to_string(STYLES).unwrap_or_else(|e| panic!("cannot read {STYLES}: {e}"));
    fs::write(Path::new(&out_dir).join("raci.min.css"), minify_css(&css)).unwrap();
}

/// JSON without the white space between tokens (strings untouched).
fn compact_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in text.chars() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if c == '"' {
            in_string = true;
        } else if c.is_whitespace() {
            continue;
        }
        out.push(c);
    }
    out
}

/// Drops comments and the white space CSS never needs. Conservative: a space before `:` is
/// kept (`.a :focus` and `.a:focus` differ), strings are left alone.
fn minify_css(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    text.push_str(rest);
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let tight = |c: Option<char>| matches!(c, Some('{' | '}' | ';' | ',' | '>'));
    let chars: Vec<char> = words.chars().collect();
    let mut out = String::with_capacity(words.len());
    let mut quote = None;
    for (i, &c) in chars.iter().enumerate() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, ' ') => {
                let prev = out.chars().last();
                if tight(prev) || prev == Some(':') || tight(chars.get(i + 1).copied()) {
                    continue;
                }
            }
            _ => {}
        }
        out.push(c);
    }
    out.replace(";}", "}")
}
