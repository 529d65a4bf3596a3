//! The subcommands (see main.rs).

use std::io::Read;

use raci_widget::fence::Request;
use raci_widget::model::read::grid::Layout;
use raci_widget::model::read::load::{load_as, Format};
use raci_widget::model::views::attributes::vocabulary_json;
use raci_widget::model::write::export::{catalog_markdown_as, escape_into, raci_matrix_tag};
use raci_widget::model::write::json::full_json;
use raci_widget::model::{builtin, Loaded, Problem};
use raci_widget::prerender::shadow_template;

pub const USAGE: &str = "usage: raci check FILE… [--layout L]\n       raci render FILE [--name NAME] [--option KEY=VALUE]… [--prerender CSS_URL]\n       raci render --batch   (JSON lines: one request a line on stdin, one answer a line on stdout)\n       raci convert FILE --to json|markdown|html [--layout L] [--markdown-layout L] [--model ID] [--title T] [--attr KEY=VALUE]… [--prerender CSS_URL]\n       raci vocabulary | --version\n(FILE: a .json data file, a .md file with tables, a .csv file; - reads stdin; --builtin is the built-in data;\n L: auto, roles-as-columns, parties-as-columns, transposed)";

fn layout(value: Option<&String>) -> Result<Layout, String> {
    let value = value.ok_or("--layout needs a value")?;
    Layout::parse(value)
        .ok_or_else(|| format!("unknown layout {value:?}; known: {}", Layout::known()))
}

pub fn run(args: &[String]) -> Result<i32, String> {
    match args.split_first() {
        Some((cmd, args)) if cmd == "check" && !args.is_empty() => {
            let mut files = Vec::new();
            let mut how = Layout::Auto;
            let mut it = args.iter();
            while let Some(arg) = it.next() {
                if arg == "--layout" {
                    how = layout(it.next())?;
                } else {
                    files.push(arg.clone());
                }
            }
            if files.is_empty() {
                return Err("check needs a FILE".into());
            }
            Ok(check(&files, how))
        }
        Some((cmd, rest)) if cmd == "convert" => convert(rest),
        Some((cmd, rest)) if cmd == "render" && rest == ["--batch"] => crate::batch::run(),
        Some((cmd, rest)) if cmd == "render" => render(rest),
        Some((cmd, rest)) if cmd == "vocabulary" && rest.is_empty() => {
            print!("{}", vocabulary_json());
            Ok(0)
        }
        Some((cmd, _)) if cmd == "--version" || cmd == "-V" => {
            println!("raci {}", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        Some((cmd, _)) if cmd == "--help" || cmd == "-h" => {
            println!("{USAGE}");
            Ok(0)
        }
        _ => Err(
            "expected `check FILE…`, `render FILE`, `convert FILE --to FORMAT` or `vocabulary`"
                .into(),
        ),
    }
}

fn read(file: &str, layout: Layout) -> Result<Result<Loaded, Vec<Problem>>, String> {
    if file == "--builtin" {
        let catalog = builtin().clone();
        return Ok(Ok(Loaded {
            catalog,
            warnings: Vec::new(),
        }));
    }
    let text = read_text(file)?;
    Ok(load_as(
        &text,
        Format::detect(file, "", &text),
        file,
        layout,
    ))
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

/// Prints each file's problems as `FILE: error: at: message` (a page's fences as
/// `FILE:LINE: …`); exit code 1 if any error.
fn check(files: &[String], layout: Layout) -> i32 {
    let mut code = 0;
    for file in files {
        // The same lines as the Node module's `raci check` (raci_widget::check).
        let report = if file == "--builtin" {
            let catalog = builtin().clone();
            let warnings = Vec::new();
            raci_widget::check::report(file, Ok(Loaded { catalog, warnings }))
        } else {
            match read_text(file) {
                Ok(text) => raci_widget::check::check_file(&text, file, layout),
                Err(message) => {
                    eprintln!("{message}");
                    code = 1;
                    continue;
                }
            }
        };
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
    let mut how = Layout::Auto;
    let mut written = Layout::RolesAsColumns;
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
            "--layout" => how = layout(it.next())?,
            "--markdown-layout" => written = layout(it.next())?,
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
    let mut loaded = match read(&file, how)? {
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
        Some("markdown") => print!("{}", catalog_markdown_as(catalog, written)),
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
            let tag = raci_matrix_tag(&loaded, &models, &attributes);
            match &prerender {
                // The first view right after the opening tag: painted before any wasm. It
                // shows what the tag's build-time data hold: these models.
                Some(css) => {
                    let (open, rest) = tag.split_once('\n').unwrap_or((&tag, ""));
                    let first = shadow_template(&loaded.only(&models), &pairs, css);
                    print!("{open}\n{first}{rest}");
                }
                None => print!("{tag}"),
            }
        }
        _ => return Err("--to must be json, markdown or html".into()),
    }
    Ok(0)
}
