//! The widget's files, embedded in the binary when `RACI_WIDGET_DIST` names a widget release
//! build (the `dist/` that scripts/build-release makes): scripts/release sets it, so the
//! released `mdbook-raci` can `install` them with nothing else. Without it the binary is
//! built all the same (`cargo test --workspace`, `cargo install --path`), and `install`
//! then asks for the files with `--assets DIR`.
use std::path::Path;
use std::{env, fs};

include!("src/widget_file.rs");

fn main() {
    println!("cargo:rerun-if-env-changed=RACI_WIDGET_DIST");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("widget_files.rs");
    let mut code = String::from("pub const FILES: &[(&str, &[u8])] = &[\n");
    if let Some(dist) = env::var_os("RACI_WIDGET_DIST").filter(|d| !d.is_empty()) {
        let dist =
            fs::canonicalize(&dist).unwrap_or_else(|e| panic!("RACI_WIDGET_DIST={dist:?}: {e}"));
        assert!(
            dist.join("raci-widget.js").is_file(),
            "RACI_WIDGET_DIST={}: no raci-widget.js (expected a widget build: scripts/build-release makes dist/)",
            dist.display()
        );
        println!("cargo:rerun-if-changed={}", dist.display());
        let mut names: Vec<String> = fs::read_dir(&dist)
            .unwrap()
            .map(|entry| entry.unwrap())
            .filter(|entry| entry.file_type().unwrap().is_file())
            .map(|entry| entry.file_name().into_string().unwrap())
            .filter(|name| is_widget_file(name))
            .collect();
        names.sort();
        for name in names {
            let path = dist.join(&name);
            println!("cargo:rerun-if-changed={}", path.display());
            code.push_str(&format!("    ({name:?}, include_bytes!({:?})),\n", path));
        }
    }
    code.push_str("];\n");
    fs::write(out, code).unwrap();
}
