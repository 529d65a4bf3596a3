//! `mdbook-raci`: the mdBook preprocessor (see lib.rs).
//!
//!   mdbook-raci                       a preprocessor run: [context, book] JSON in, the book out
//!   mdbook-raci supports RENDERER     exit 0 for html (mdBook asks before each run)
//!   mdbook-raci install [BOOK_DIR] [--assets DIR]
//!   mdbook-raci --version

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::io::{Read, Write};
    use std::path::PathBuf;

    const USAGE: &str = "usage: mdbook-raci                   (as mdBook's preprocessor: [preprocessor.raci] in book.toml)\n       mdbook-raci supports RENDERER\n       mdbook-raci install [BOOK_DIR] [--assets DIR]\n       mdbook-raci --version";
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => {
            let mut input = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut input) {
                eprintln!("mdbook-raci: stdin: {e}");
                std::process::exit(1);
            }
            match mdbook_raci::preprocess::run(&input) {
                Ok((book, warnings)) => {
                    for w in warnings {
                        eprintln!("{w}");
                    }
                    let mut out = std::io::stdout().lock();
                    if out
                        .write_all(book.as_bytes())
                        .and_then(|()| out.flush())
                        .is_err()
                    {
                        std::process::exit(1);
                    }
                    0
                }
                Err(errors) => {
                    for e in errors {
                        eprintln!("{e}");
                    }
                    1
                }
            }
        }
        // Only the HTML renderer runs scripts; for the others the fences stay code blocks.
        ["supports", renderer] => i32::from(*renderer != "html"),
        ["install", rest @ ..] => {
            let mut book = None;
            let mut assets = None;
            let mut it = rest.iter();
            let mut bad = None;
            while let Some(arg) = it.next() {
                match *arg {
                    "--assets" => match it.next() {
                        Some(dir) => assets = Some(PathBuf::from(dir)),
                        None => bad = Some("--assets needs a folder".to_string()),
                    },
                    dir if book.is_none() && !dir.starts_with('-') => {
                        book = Some(PathBuf::from(dir))
                    }
                    other => bad = Some(format!("unexpected argument {other:?}")),
                }
            }
            match bad {
                Some(message) => {
                    eprintln!("mdbook-raci: {message}\n\n{USAGE}");
                    2
                }
                None => {
                    let book = book.unwrap_or_else(|| PathBuf::from("."));
                    match mdbook_raci::install::install(&book, assets.as_deref()) {
                        Ok(lines) => {
                            for line in lines {
                                println!("{line}");
                            }
                            0
                        }
                        Err(message) => {
                            eprintln!("mdbook-raci install: {message}");
                            1
                        }
                    }
                }
            }
        }
        ["--version" | "-V"] => {
            println!("mdbook-raci {}", env!("CARGO_PKG_VERSION"));
            0
        }
        ["--help" | "-h"] => {
            println!("{USAGE}");
            0
        }
        _ => {
            eprintln!("{USAGE}");
            2
        }
    };
    std::process::exit(code);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
