//! Checks `data/management-models.json` at compile time with the widget's own data reader (the
//! same code reads authors' data at run time) and embeds it without white space, so a mistake
//! fails the build with the reader's message.

use std::{env, fs, path::Path};

const DATA: &str = "data/management-models.json";

fn main() {
    // RACI_DATA=path bakes another data file of the same format instead (the benchmark's
    // generated matrix, other matrices); the widget's own tests expect the built-in one.
    println!("cargo:rerun-if-env-changed=RACI_DATA");
    let data = env::var("RACI_DATA").unwrap_or_else(|_| DATA.to_string());
    println!("cargo:rerun-if-changed={data}");
    let text = fs::read_to_string(&data).unwrap_or_else(|e| panic!("cannot read {data}: {e}"));
    match raci_model::read::data_format::read_json(&text) {
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
