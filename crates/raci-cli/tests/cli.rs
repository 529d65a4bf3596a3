//! The `raci` command line: what docs CI relies on (exit codes, messages) and what authors paste.

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn raci(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_raci"))
        .args(args)
        // The repository's root: the paths in the messages are as an author types them there.
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A usage error exits before reading stdin: a broken pipe here is then expected.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

/// `raci convert --builtin --to html --model customer-self-managed` with `extra` arguments.
fn builtin_html(extra: &[&str]) -> String {
    let mut args = vec![
        "convert",
        "--builtin",
        "--to",
        "html",
        "--model",
        "customer-self-managed",
    ];
    args.extend_from_slice(extra);
    text(&raci(&args, "").stdout)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_passes_good_files_and_fails_bad_ones_with_the_readers_messages() {
    let ok = raci(
        &[
            "check",
            "data/management-models.json",
            "tests/fixtures/source-tables.md",
        ],
        "",
    );
    assert_eq!(ok.status.code(), Some(0));
    assert_eq!(
        text(&ok.stdout),
        "data/management-models.json: ok: 3 models, 48 tasks, 2 parties, 4 roles\n\
         tests/fixtures/source-tables.md: ok: 3 models, 48 tasks, 2 parties, 4 roles\n"
    );
    // The seed's shifted rows are warnings, not errors.
    assert!(text(&ok.stderr).contains(
        "tests/fixtures/source-tables.md:23:3: warning: table 1, row \"Integration logs\": 5 cells"
    ));

    let bad = raci(&["check", "-"], "Task,R,A\nDeploy,Ops//Dev,Ops\n");
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(
        text(&bad.stderr),
        "-:2:8: error: the CSV table, row \"Deploy\", column \"R\": cell \"Ops//Dev\" has an empty name between separators\n"
    );
    let missing = raci(&["check", "no/such/file.json"], "");
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).starts_with("no/such/file.json: "));
}

#[test]
fn check_on_a_page_with_raci_fences_checks_each_fence_with_its_options_at_its_line() {
    let dir = std::env::temp_dir().join(format!("raci-check-page-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("release.md");
    // A Hugo page: front matter, a table that is not a matrix, a code example, two fences
    // (Hugo's attribute block on the second, with a misspelt party).
    std::fs::write(
        &page,
        "---\ntitle: Release\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```rust\nfn main() {}\n```\n\n\
         ```raci title=\"Ship\"\n| Task | Product | QA |\n|---|---|---|\n| Ship | A/R | C |\n```\n\n\
         ```raci {party=\"Produkt\" view=\"parties\"}\n| Task | Product | QA |\n|---|---|---|\n| Test | I | A/R |\n```\n",
    )
    .unwrap();
    let path = page.to_str().unwrap();
    let out = raci(&["check", path], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        format!("{path}:12: ok: 1 models, 1 tasks, 2 parties, 3 roles\n")
    );
    assert_eq!(
        text(&out.stderr),
        format!("{path}:18: error: option \"party\": no party \"Produkt\" (did you mean \"product\"?); known: product, qa\n")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn convert_writes_each_format_and_html_reads_back_as_the_same_matrix() {
    let csv = "Task,Responsible,Accountable\nDeploy,Ops + Dev,Lead\n";
    let json = raci(&["convert", "-", "--to", "json"], csv);
    assert_eq!(json.status.code(), Some(0));
    assert!(text(&json.stdout).contains("\"cells\": { \"r\": \"Ops/Dev\", \"a\": \"Lead\" }"));
    let md = raci(&["convert", "-", "--to", "markdown"], csv);
    assert!(text(&md.stdout).contains("| Deploy |  | Ops/Dev | Lead |"));
    let html = builtin_html(&[]);
    // The model as build-time data (the widget shows it with no reader), then as a table.
    let (data, table) = html.split_once("\"></template>\n").unwrap();
    assert!(data.starts_with("<raci-matrix model=\"customer-self-managed\">\n<template data-raci-catalog=\"raci-catalog 1\n"));
    // All of it, the intro the table has no room for included.
    let models: Vec<&str> = data.lines().filter(|l| l.starts_with("M\t")).collect();
    assert_eq!(models.len(), 1);
    assert!(models[0].starts_with("M\tcustomer-self-managed\tCustomer self-managed (WSO2"));
    assert!(models[0].contains("\tIn this model, the customer owns the subscription"));
    assert_eq!(data.lines().filter(|l| l.starts_with("T\t")).count(), 16);
    assert!(table.starts_with("<table data-model=\"customer-self-managed\">"));
    assert!(html.ends_with("</table>\n</raci-matrix>\n"));
    assert_eq!(html.matches("<tr><th scope=\"row\">").count(), 16);
    // With --prerender: the first view in a declarative shadow root, before the tables.
    let pre = builtin_html(&["--prerender", "/a/raci-widget.css"]);
    assert!(pre.starts_with("<raci-matrix model=\"customer-self-managed\">\n<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"/a/raci-widget.css\"><div class=\"raci-first-view\"><div class=\"raci\">"));
    assert!(pre.contains("<caption id=\"raci-1-caption\">Who does what: Customer self-managed"));
    assert!(pre.contains("</template>\n<template data-raci-catalog=\"raci-catalog 1\n"));
    assert!(pre.contains("\"></template>\n<table data-model=\"customer-self-managed\">"));
}

#[test]
fn a_fence_body_converts_with_its_title_and_attributes_into_the_prerendered_view() {
    let out = raci(
        &[
            "convert",
            "-",
            "--to",
            "html",
            "--title",
            "Billing",
            "--attr",
            "view=parties",
            "--attr",
            "party=ops",
            "--prerender",
            "c.css",
        ],
        "Task,R,A\nDeploy,Ops,Lead\n",
    );
    assert_eq!(out.status.code(), Some(0));
    let html = text(&out.stdout);
    assert!(html.starts_with(
        "<raci-matrix view=\"parties\" party=\"ops\">\n<template shadowrootmode=\"open\">"
    ));
    assert!(html.contains("<caption>Billing</caption>"));
    assert!(
        html.contains("aria-pressed=\"true\" data-view=\"parties\""),
        "the view the attributes ask for"
    );
    assert!(html.contains("aria-pressed=\"true\" data-party=\"ops\""));
    let bad = raci(
        &["convert", "-", "--to", "html", "--attr", "View=x"],
        "Task,R\nX,Y\n",
    );
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn usage_mistakes_exit_2_with_the_usage() {
    let out = raci(&["convert", "-", "--to", "yaml"], "Task,R\nX,Y\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--to must be json, markdown or html"));
    let out = raci(&["frobnicate"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("usage: raci check FILE"));
    let out = raci(
        &["convert", "--builtin", "--to", "html", "--model", "nope"],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("unknown model \"nope\"; known: wso2-managed-wso2-subscription")
    );
}

#[test]
fn render_batch_answers_each_request_line_in_order_with_the_element_or_the_problems() {
    let requests = [
        r#"{"text": "Task,R,A\nDeploy,Ops,Lead\n", "options": [["view", "parties"], ["title", "Billing"]], "stylesheet": "/a/raci-widget.css"}"#,
        r#"{"text": "| Task | R |\n|---|---|\n| X | Ops |\n", "options": [["party", "opz"]]}"#,
        "not a request",
        "",
        r#"{"text": "Task,R\nX,Y\n", "name": "teams.csv", "options": [["src", "teams.csv"]]}"#,
        r#"{"text": "| Task | R |\n|---|---|\n|  X | Ops//Dev |\n"}"#,
    ];
    let out = raci(&["render", "--batch"], &(requests.join("\n") + "\n"));
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        5,
        "one answer per request, blank lines skipped"
    );
    // The same element `raci render` writes for that fence.
    let alone = raci(
        &[
            "render",
            "-",
            "--option",
            "view=parties",
            "--option",
            "title=Billing",
            "--prerender",
            "/a/raci-widget.css",
        ],
        "Task,R,A\nDeploy,Ops,Lead\n",
    );
    assert_eq!(
        lines[0]["html"].as_str(),
        Some(text(&alone.stdout).as_str())
    );
    assert!(text(&alone.stdout).starts_with(
        "<raci-matrix view=\"parties\">\n<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"/a/raci-widget.css\">"
    ));
    assert_eq!(lines[0]["problems"], serde_json::json!([]));
    assert_eq!(lines[1]["html"], serde_json::Value::Null);
    assert_eq!(
        lines[1]["problems"],
        serde_json::json!([{"level": "error", "message": "option \"party\": no party \"opz\" (did you mean \"ops\"?); known: ops"}])
    );
    assert!(lines[2]["problems"][0]["message"]
        .as_str()
        .unwrap()
        .starts_with("request line 3: not JSON"));
    // A `src` file: its tables as the fallback, titled by the file's name, no first view.
    let src = lines[3]["html"].as_str().unwrap();
    assert!(src.starts_with("<raci-matrix src=\"teams.csv\">\n<table"));
    assert!(src.contains("<caption>teams</caption>"));
    // A problem the reader placed in the text: its line and column there.
    assert_eq!(
        lines[4]["problems"],
        serde_json::json!([{"level": "error", "line": 3, "column": 8,
            "message": "table 1, row \"X\", column \"R\": cell \"Ops//Dev\" has an empty name between separators"}])
    );
}

#[test]
fn vocabulary_and_version_print_what_the_plugins_check_against() {
    let out = raci(&["vocabulary"], "");
    assert_eq!(out.status.code(), Some(0));
    let list: serde_json::Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(list["fenceOnly"], serde_json::json!(["title"]));
    assert!(list["state"].as_array().unwrap().contains(&"party".into()));
    let out = raci(&["--version"], "");
    assert_eq!(
        text(&out.stdout),
        format!("raci {}\n", env!("CARGO_PKG_VERSION"))
    );
}
