//! The binary as mdBook runs it: `supports`, `[context, book]` JSON in and the book out, a bad
//! fence failing with `chapter-path:line: error: …`, and `install` (idempotent).

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mdbook-raci"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const TABLE: &str = "| Activity | Product | Legal |\n|---|---|---|\n| Scope the release | A/R | C |\n| Announce | R, A | I |";

fn chapter(name: &str, path: &str, content: &str, sub: Vec<Value>) -> Value {
    json!({ "Chapter": { "name": name, "content": content, "number": [1], "sub_items": sub,
        "path": path, "source_path": path, "parent_names": [] } })
}

/// mdBook 0.5.4's input, as it writes it (see integrations/mdbook/test for the real one).
fn input(root: &Path, items: Vec<Value>, raci: Value) -> String {
    let context = json!({
        "root": root, "renderer": "html", "mdbook_version": "0.5.4",
        "config": { "book": { "title": "T", "src": "src" }, "preprocessor": { "raci": raci } },
    });
    json!([context, { "items": items }]).to_string()
}

fn content_of(book: &Value, index: usize) -> String {
    book["items"][index]["Chapter"]["content"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn supports_the_html_renderer_only() {
    assert_eq!(run(&["supports", "html"], "").status.code(), Some(0));
    assert_eq!(run(&["supports", "latex"], "").status.code(), Some(1));
}

#[test]
fn fences_become_prerendered_elements_and_other_chapters_stay_as_they_are() {
    let plain = "# Plain\n\nNo matrix here.\n```rust\nfn main() {}\n```\n";
    let nested = format!(
        "# Team\n\nIntro.\n```raci title=\"Release\" party=\"legal\"\n{TABLE}\n```\nAfter.\n"
    );
    let items = vec![
        chapter("Plain", "plain.md", plain, vec![]),
        json!("Separator"),
        chapter(
            "Guide",
            "guide/index.md",
            "# Guide\n",
            vec![chapter("Team", "guide/team.md", &nested, vec![])],
        ),
    ];
    let out = run(&[], &input(Path::new("/nowhere"), items, json!({})));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let book: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(content_of(&book, 0), plain);
    assert_eq!(book["items"][1], json!("Separator"));
    let team = book["items"][2]["Chapter"]["sub_items"][0]["Chapter"]["content"]
        .as_str()
        .unwrap();
    assert!(team.starts_with("# Team\n\nIntro.\n\n"), "{team}");
    assert!(team.ends_with("</raci-matrix>\n\nAfter.\n"), "{team}");
    assert!(!team.contains("```"), "{team}");
    // The loader and the stylesheet, from the nested page back to the book's root.
    assert!(team.contains("<script type=\"module\" src=\"../raci/raci-widget.js\"></script><link rel=\"stylesheet\" href=\"../raci/raci-widget.css\">\n<raci-matrix party=\"legal\">\n<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"../raci/raci-widget.css\">"), "{team}");
    // The light-DOM fallback: the fence's title as the caption, every row.
    assert!(team.contains("<caption>Release</caption>"), "{team}");
    assert!(
        team.contains("<th scope=\"row\">Scope the release</th>"),
        "{team}"
    );
    assert!(team.contains("<th scope=\"row\">Announce</th>"), "{team}");
    // One Markdown HTML block: no blank line inside the element.
    let element = &team[team.find("<raci-matrix").unwrap()..team.find("</raci-matrix>").unwrap()];
    assert!(!element.contains("\n\n"), "{element}");
}

#[test]
fn prerender_false_leaves_the_first_view_and_the_stylesheet_out() {
    let items = vec![chapter(
        "A",
        "a.md",
        &format!("```raci\n{TABLE}\n```\n"),
        vec![],
    )];
    let out = run(
        &[],
        &input(Path::new("/"), items, json!({ "prerender": false })),
    );
    let book: Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = content_of(&book, 0);
    assert!(
        a.contains("<script type=\"module\" src=\"raci/raci-widget.js\"></script>\n<raci-matrix>"),
        "{a}"
    );
    assert!(
        !a.contains("shadowrootmode") && !a.contains("stylesheet"),
        "{a}"
    );
    assert!(a.contains("<th scope=\"row\">Announce</th>"), "{a}");
}

#[test]
fn a_bad_fence_fails_with_the_chapter_the_line_and_the_readers_words() {
    let bad = format!("# A\n\nText.\n\n```raci party=\"Legl\"\n{TABLE}\n```\n\n```raci vew=parties\n{TABLE}\n```\n");
    let items = vec![
        chapter("Ok", "ok.md", &format!("```raci\n{TABLE}\n```\n"), vec![]),
        chapter("A", "guide/a.md", &bad, vec![]),
    ];
    let out = run(&[], &input(Path::new("/"), items, json!({})));
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let said = text(&out.stderr);
    assert!(
        said.contains("src/guide/a.md:5: error: option \"party\": no party \"Legl\" (did you mean \"legal\"?)"),
        "{said}"
    );
    assert!(
        said.contains(
            "src/guide/a.md:12: error: option \"vew\": unknown option (did you mean \"view\"?)"
        ),
        "{said}"
    );
    // A table the reader rejects, in its words too, at the row's own line and column.
    let items = vec![chapter(
        "B",
        "b.md",
        "```raci\n| Activity | R |\n|---|---|\n| x | A | B |\n```\n",
        vec![],
    )];
    let said = text(&run(&[], &input(Path::new("/"), items, json!({}))).stderr);
    assert_eq!(
        said.lines().next(),
        Some("src/b.md:4:3: error: table 1, row \"x\": 3 cells, the header has 2"),
        "{said}"
    );
}

#[test]
fn src_reads_the_file_beside_the_chapter_and_a_missing_one_is_an_error() {
    let root = temp("src");
    std::fs::create_dir_all(root.join("src/guide")).unwrap();
    std::fs::write(
        root.join("src/guide/teams.csv"),
        "Activity,Product,Legal\nShip,A/R,C\n",
    )
    .unwrap();
    let items = vec![chapter(
        "T",
        "guide/t.md",
        "```raci src=\"teams.csv\"\n```\n",
        vec![],
    )];
    let out = run(&[], &input(&root, items, json!({})));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let t = content_of(&serde_json::from_slice(&out.stdout).unwrap(), 0);
    assert!(t.contains("<raci-matrix src=\"teams.csv\">"), "{t}");
    let items = vec![chapter(
        "T",
        "guide/t.md",
        "```raci src=\"nope.csv\"\n```\n",
        vec![],
    )];
    let said = text(&run(&[], &input(&root, items, json!({}))).stderr);
    assert!(
        said.starts_with("src/guide/t.md:1: error: option \"src\": src/guide/nope.csv: "),
        "{said}"
    );
    std::fs::remove_dir_all(root).unwrap();
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mdbook-raci-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn install_puts_the_files_in_src_and_the_table_in_book_toml_once() {
    let book = temp("install");
    let assets = book.join("widget-build");
    std::fs::create_dir_all(&assets).unwrap();
    for (name, body) in [
        ("raci-widget.js", "// loader"),
        ("raci-widget.css", "/* css */"),
        ("raci-widget-core_bg.wasm", "wasm"),
        ("index.html", "the standalone page"),
        ("favicon.svg", "its icon"),
    ] {
        std::fs::write(assets.join(name), body).unwrap();
    }
    let toml = "[book]\ntitle = \"T\"\nsrc = \"pages\"\n\n# mine\n[output.html]\ndefault-theme = \"coal\"\n";
    std::fs::write(book.join("book.toml"), toml).unwrap();
    let dir = book.to_str().unwrap();
    let first = run(&["install", dir, "--assets", assets.to_str().unwrap()], "");
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    assert_eq!(
        text(&first.stdout),
        "pages/raci/: wrote 3 of the widget's 3 files\nbook.toml: added [preprocessor.raci]\n"
    );
    let written = std::fs::read_to_string(book.join("book.toml")).unwrap();
    assert_eq!(written, format!("{toml}\n[preprocessor.raci]\n"));
    assert_eq!(
        std::fs::read_to_string(book.join("pages/raci/raci-widget.js")).unwrap(),
        "// loader"
    );
    assert!(!book.join("pages/raci/index.html").exists());
    assert!(!book.join("pages/raci/favicon.svg").exists());
    let again = run(&["install", dir, "--assets", assets.to_str().unwrap()], "");
    assert_eq!(
        text(&again.stdout),
        "pages/raci/: the widget's 3 files are up to date\nbook.toml: [preprocessor.raci] is there already\n"
    );
    assert_eq!(
        std::fs::read_to_string(book.join("book.toml")).unwrap(),
        written
    );
    // A table the author already has (with settings) is kept as written.
    std::fs::write(
        book.join("book.toml"),
        "[preprocessor.raci]\nprerender = false\n",
    )
    .unwrap();
    run(&["install", dir, "--assets", assets.to_str().unwrap()], "");
    assert_eq!(
        std::fs::read_to_string(book.join("book.toml")).unwrap(),
        "[preprocessor.raci]\nprerender = false\n"
    );
    std::fs::remove_dir_all(book).unwrap();
}

#[test]
fn install_without_files_says_how_to_get_them() {
    let book = temp("nofiles");
    std::fs::write(book.join("book.toml"), "[book]\n").unwrap();
    let out = run(&["install", book.to_str().unwrap()], "");
    if mdbook_raci::embedded::FILES.is_empty() {
        assert_eq!(out.status.code(), Some(1));
        assert!(
            text(&out.stderr).contains("pass --assets DIR"),
            "{}",
            text(&out.stderr)
        );
        assert!(!book.join("src/raci").exists());
    } else {
        // A release build (RACI_WIDGET_DIST) carries them: the loader among them.
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(book.join("src/raci/raci-widget.js").is_file());
        assert!(book.join("src/raci/raci-widget-core_bg.wasm").is_file());
    }
    let none = run(&["install", "/nonexistent-book"], "");
    assert_eq!(none.status.code(), Some(1));
    std::fs::remove_dir_all(book).unwrap();
}
