//! Checks `data/management-models.json` at compile time with the widget's own data reader (the
//! same code reads authors' data at run time), so a mistake fails the build with the reader's
//! message, and embeds it as build-time data (`write::payload`, what the plugins put in a
//! fence's element): the widget's wasm then holds only the payload's small decoder, no reader.

use std::{env, fs, path::Path};

const DATA: &str = "data/management-models.json";

fn main() {
    // RACI_DATA=path bakes another data file of the same format instead (the benchmark's
    // generated matrix, other matrices); the widget's own tests expect the built-in one.
    println!("cargo:rerun-if-env-changed=RACI_DATA");
    let data = env::var("RACI_DATA").unwrap_or_else(|_| DATA.to_string());
    println!("cargo:rerun-if-changed={data}");
    let text = fs::read_to_string(&data).unwrap_or_else(|e| panic!("cannot read {data}: {e}"));
    let loaded = match raci_model::read::data_format::read_json(&text) {
        Ok(loaded) => loaded,
        Err(problems) => {
            let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
            panic!("{data} is not valid:\n{}", lines.join("\n"));
        }
    };
    for warning in &loaded.warnings {
        println!("cargo:warning={data}: {warning}");
    }
    let out_dir = env::var("OUT_DIR").unwrap();
    let payload = raci_model::write::payload::payload(&loaded);
    fs::write(Path::new(&out_dir).join("builtin.payload"), payload).unwrap();
}
