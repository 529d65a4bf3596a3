//! `raci`: checks and converts RACI data with the widget's own reader (README "Command line").
//!
//!   raci check FILE…                       problems, exit 1 on errors (for docs CI)
//!   raci render FILE [--name NAME] [--option KEY=VALUE]… [--prerender CSS_URL]
//!                                          a fence (or file) as the page's <raci-matrix>
//!   raci convert FILE --to json|markdown|html [--model ID] [--title T] [--attr KEY=VALUE]…
//!                [--prerender CSS_URL]
//!
//! FILE is a JSON data file, a Markdown file with tables, or a CSV file (`-` reads stdin);
//! `--builtin` stands for the built-in catalog.

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

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Read;

    use raci_widget::fence::{as_the_widget_reads_it, Request};
    use raci_widget::model::export::{catalog_markdown, escape_into, raci_matrix_tag};
    use raci_widget::model::json::full_json;
    use raci_widget::model::load::{load, Format};
    use raci_widget::model::{builtin, Loaded, Problem};
    use raci_widget::prerender::shadow_template;

    pub const USAGE: &str = "usage: raci check FILE…\n       raci render FILE [--name NAME] [--option KEY=VALUE]… [--prerender CSS_URL]\n       raci convert FILE --to json|markdown|html [--model ID] [--title T] [--attr KEY=VALUE]… [--prerender CSS_URL]\n(FILE: a .json data file, a .md file with tables, a .csv file; - reads stdin; --builtin is the built-in data)";

    pub fn run(args: &[String]) -> Result<i32, String> {
        match args.split_first() {
            Some((cmd, files)) if cmd == "check" && !files.is_empty() => Ok(check(files)),
            Some((cmd, rest)) if cmd == "convert" => convert(rest),
            Some((cmd, rest)) if cmd == "render" => render(rest),
            Some((cmd, _)) if cmd == "--help" || cmd == "-h" => {
                println!("{USAGE}");
                Ok(0)
            }
            _ => Err("expected `check FILE…` or `convert FILE --to FORMAT`".into()),
        }
    }

    fn read(file: &str) -> Result<Result<Loaded, Vec<Problem>>, String> {
        if file == "--builtin" {
            let catalog = builtin().clone();
            return Ok(Ok(Loaded {
                catalog,
                warnings: Vec::new(),
            }));
        }
        let text = read_text(file)?;
        Ok(load(&text, Format::detect(file, "", &text), file))
    }

    fn read_text(file: &str) -> Result<String, String> {
        let mut text = String::new();
        if file == "-" {
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("stdin: {e}"))?;
        } else {
            text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        }
        Ok(text)
    }

    /// Prints each file's problems as `FILE: error: at: message`; exit code 1 if any error.
    fn check(files: &[String]) -> i32 {
        let mut code = 0;
        for file in files {
            match read(file) {
                Err(message) => {
                    eprintln!("{message}");
                    code = 1;
                }
                Ok(read) => {
                    let report = raci_widget::check::report(file, read);
                    for line in &report.stderr {
                        eprintln!("{line}");
                    }
                    for line in &report.stdout {
                        println!("{line}");
                    }
                    if report.failed() {
                        code = 1;
                    }
                }
            }
        }
        code
    }

    /// A fence (or file) as the page's `<raci-matrix>`: problems on stderr as `NAME: error: …`
    /// (exit 1), warnings as `NAME: warning: …`, the element on stdout.
    fn render(args: &[String]) -> Result<i32, String> {
        let (mut file, mut name, mut stylesheet) = (None, None, None);
        let mut options: Vec<(String, String)> = Vec::new();
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            match arg.as_str() {
                "--name" => name = Some(it.next().ok_or("--name needs a name")?.clone()),
                "--prerender" => {
                    stylesheet = Some(
                        it.next()
                            .ok_or("--prerender needs the URL of raci-widget.css")?
                            .clone(),
                    )
                }
                "--option" => {
                    let pair = it.next().ok_or("--option needs KEY=VALUE")?;
                    let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                    options.push((key.to_string(), value.to_string()));
                }
                _ if file.is_none() => file = Some(arg.clone()),
                other => return Err(format!("unexpected argument {other:?}")),
            }
        }
        let file = file.ok_or("render needs a FILE (or - for stdin)")?;
        let text = read_text(&file)?;
        let name = name.unwrap_or_else(|| file.clone());
        let request = Request {
            text: &text,
            name: &name,
            options: &options,
            stylesheet: stylesheet.as_deref(),
        };
        match raci_widget::fence::render(&request) {
            Ok(rendered) => {
                for w in &rendered.warnings {
                    eprintln!("{name}: warning: {w}");
                }
                print!("{}", rendered.html);
                Ok(0)
            }
            Err(problems) => {
                for p in &problems {
                    let kind = if p.is_error() { "error" } else { "warning" };
                    eprintln!("{name}: {kind}: {p}");
                }
                Ok(1)
            }
        }
    }

    fn convert(args: &[String]) -> Result<i32, String> {
        let mut file = None;
        let mut to = None;
        let mut model = None;
        let mut prerender = None;
        let mut title = None;
        // Attributes for the tag (and the prerendered view's state): model, view, party, ….
        let mut attrs: Vec<(String, String)> = Vec::new();
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            match arg.as_str() {
                "--to" => to = it.next().cloned(),
                "--model" => model = it.next().cloned(),
                "--prerender" => {
                    prerender = Some(
                        it.next()
                            .cloned()
                            .ok_or("--prerender needs the URL of raci-widget.css")?,
                    )
                }
                "--title" => title = it.next().cloned(),
                "--attr" => {
                    let pair = it.next().ok_or("--attr needs KEY=VALUE")?;
                    let (key, value) = pair.split_once('=').ok_or("--attr needs KEY=VALUE")?;
                    if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                        return Err(format!("--attr: {key:?} is not an attribute name"));
                    }
                    attrs.push((key.to_string(), value.to_string()));
                }
                _ if file.is_none() => file = Some(arg.clone()),
                other => return Err(format!("unexpected argument {other:?}")),
            }
        }
        let file = file.ok_or("convert needs a FILE")?;
        let mut loaded = match read(&file)? {
            Ok(loaded) => loaded,
            Err(problems) => {
                for p in &problems {
                    eprintln!("{file}: {p}");
                }
                return Ok(1);
            }
        };
        // A single table's title (a CSV, or a Markdown table without a heading).
        if let (Some(title), [only]) = (&title, loaded.catalog.models.as_mut_slice()) {
            only.title = title.clone();
        }
        let catalog = &loaded.catalog;
        let models: Vec<_> = match &model {
            Some(id) => {
                let found = catalog.find_model(id).and_then(|i| catalog.models.get(i));
                vec![found.ok_or_else(|| {
                    let known: Vec<&str> = catalog.models.iter().map(|m| m.id.as_str()).collect();
                    format!("unknown model {id:?}; known: {}", known.join(", "))
                })?]
            }
            None => catalog.models.iter().collect(),
        };
        match to.as_deref() {
            Some("json") => print!("{}", full_json(catalog)),
            Some("markdown") => print!("{}", catalog_markdown(catalog)),
            Some("html") => {
                let mut attributes = String::new();
                let mut pairs = Vec::new();
                if let ([only], true) = (models.as_slice(), model.is_some()) {
                    attributes.push_str(" model=\"");
                    escape_into(&mut attributes, &only.id);
                    attributes.push('"');
                    pairs.push(("model", only.id.as_str()));
                }
                for (key, value) in &attrs {
                    attributes.push_str(&format!(" {key}=\""));
                    escape_into(&mut attributes, value);
                    attributes.push('"');
                    pairs.push((key.as_str(), value.as_str()));
                }
                let tag = raci_matrix_tag(catalog, &models, &attributes);
                match &prerender {
                    // The first view right after the opening tag: painted before any wasm.
                    Some(css) => {
                        let (open, rest) = tag.split_once('\n').unwrap_or((&tag, ""));
                        let shown =
                            as_the_widget_reads_it(catalog, &models, false).map_err(|p| {
                                p.iter()
                                    .map(|p| p.to_string())
                                    .collect::<Vec<_>>()
                                    .join("; ")
                            })?;
                        let first = shadow_template(&shown, &pairs, css);
                        print!("{open}\n{first}{rest}");
                    }
                    None => print!("{tag}"),
                }
            }
            _ => return Err("--to must be json, markdown or html".into()),
        }
        Ok(0)
    }
}
