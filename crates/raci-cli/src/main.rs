//! `raci`: checks, converts and renders RACI data with the widget's own reader (README
//! "Command line"). The native binary that the MkDocs plugin's wheel carries.
//!
//!   raci check FILE… [--layout L]          problems, exit 1 on errors (for docs CI)
//!   raci render FILE [--name NAME] [--option KEY=VALUE]… [--prerender CSS_URL]
//!                                          a fence (or file) as the page's <raci-matrix>
//!   raci render --batch                    the same for many fences: JSON lines in and out
//!   raci convert FILE --to json|markdown|html [--model ID] [--title T] [--attr KEY=VALUE]…
//!                [--prerender CSS_URL]
//!   raci vocabulary                        the element's attributes and the fence options (JSON)
//!   raci --version
//!
//! FILE is a JSON data file, a Markdown file with tables, or a CSV file (`-` reads stdin);
//! `--builtin` stands for the built-in catalog.

// Native only; on wasm32 (the workspace's wasm lints) the crate is an empty program.
#[cfg(not(target_arch = "wasm32"))]
mod batch;
#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(match cli::run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("raci: {message}\n\n{}", cli::USAGE);
            2
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn main() {}
