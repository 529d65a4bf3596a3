//! `fence::render`: an author's fence as the `<raci-matrix>` a build-time plugin writes into the
//! page. What the author reads (the build's messages) and what the page holds.
#![cfg(not(target_arch = "wasm32"))]
#![cfg(not(target_arch = "wasm32"))]

use raci_widget::fence::{render, Rendered, Request};
use raci_widget::model::read::payload::read_payload;
use raci_widget::model::Problem;

const TABLE: &str =
    "| Task | Product | Engineering |\n|---|---|---|\n| Ship | A/R | C |\n| Announce | R | I |\n";

fn opts(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn go(
    text: &str,
    name: &str,
    pairs: &[(&str, &str)],
    css: Option<&str>,
) -> Result<Rendered, Vec<Problem>> {
    let options = opts(pairs);
    render(&Request {
        text,
        name,
        options: &options,
        stylesheet: css,
    })
}

fn messages(problems: Vec<Problem>) -> Vec<String> {
    problems.iter().map(|p| p.to_string()).collect()
}

#[test]
fn a_table_fence_becomes_the_element_with_its_options_and_a_plain_table_inside() {
    let html = go(
        TABLE,
        "page.md",
        &[("view", "parties"), ("title", "Release")],
        None,
    )
    .unwrap()
    .html;
    // The build-time data the widget shows, then the table readers without JS see.
    assert!(
        html.starts_with(
            "<raci-matrix view=\"parties\">\n<template data-raci-catalog=\"raci-catalog 1\n"
        ),
        "{html}"
    );
    assert!(html.contains("\"></template>\n<table"), "{html}");
    assert!(html.contains("<caption>Release</caption>"));
    assert!(html.contains("<th scope=\"row\">Ship</th>"));
    assert!(
        !html.contains("title="),
        "title is a fence option, not an attribute"
    );
    assert!(
        !html.contains("shadowrootmode"),
        "no first view without a stylesheet"
    );
}

#[test]
fn a_misspelt_option_is_an_error_that_suggests_the_right_one() {
    let problems = messages(go(TABLE, "page.md", &[("vew", "parties")], None).unwrap_err());
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with(
            "option \"vew\": unknown option (did you mean \"view\"?); known: model, party,"
        ),
        "{problems:?}"
    );
}

#[test]
fn a_party_or_view_the_data_does_not_have_is_an_error_naming_the_known_ones() {
    let problems = messages(
        go(
            TABLE,
            "page.md",
            &[("party", "enginering"), ("view", "grid")],
            None,
        )
        .unwrap_err(),
    );
    assert_eq!(
        problems,
        [
            "option \"party\": no party \"enginering\" (did you mean \"engineering\"?); known: product, engineering",
            "option \"view\": no view \"grid\"; known: roles, parties, compare, summary",
        ]
    );
}

#[test]
fn a_misspelt_party_in_a_json_body_fails_with_the_readers_did_you_mean() {
    let json = r#"{"parties":[{"id":"customer","name":"Customer"}],"models":[{"title":"M","tasks":[{"task":"T","cells":{"a":"Custmer"}}]}]}"#;
    let problems = messages(go(json, "page.md", &[], None).unwrap_err());
    assert_eq!(
        problems,
        ["models[0].tasks[0].cells.a: unknown party \"Custmer\" (did you mean \"Customer\"?)"]
    );
}

#[test]
fn a_json_body_travels_whole_as_build_time_data_with_markup_escaped_and_tables_for_readers_without_js(
) {
    let json = r#"{"models":[{"title":"Onboarding","intro":"</script><b>hi</b>","tasks":[{"task":"Accounts","cells":{"r":"IT","a":"HR"}}]}]}"#;
    let html = go(json, "page.md", &[], Some("/raci.css")).unwrap().html;
    let attribute = html
        .split("<template data-raci-catalog=\"")
        .nth(1)
        .unwrap()
        .split("\"></template>")
        .next()
        .unwrap();
    assert!(
        attribute.contains("\\l/script&gt;\\lb&gt;hi\\l/b&gt;"),
        "{attribute}"
    );
    // The intro, which no table holds, is in the data the widget shows (the attribute's value
    // as the browser reads it).
    let value = attribute
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let shown = read_payload(&value).unwrap();
    assert_eq!(shown.catalog.models[0].intro, "</script><b>hi</b>");
    assert!(!html.contains("application/json"), "{html}");
    assert!(html.contains("<caption>Onboarding</caption>"));
    assert!(html.contains(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"/raci.css\">"
    ));
    assert!(html.contains("Accounts"));
}

#[test]
fn the_first_view_comes_first_and_shows_the_state_the_options_ask_for() {
    let html = go(
        TABLE,
        "page.md",
        &[("party", "product")],
        Some("/a/raci-widget.css"),
    )
    .unwrap()
    .html;
    let template = html.find("<template shadowrootmode").unwrap();
    assert!(
        template < html.find("<table").unwrap(),
        "the shadow root's template must be the first child"
    );
    assert!(
        html.contains("data-party=\"product\" class=\"raci-toggle is-pressed\"")
            || html.contains("aria-pressed=\"true\" data-party=\"product\""),
        "{html}"
    );
}

#[test]
fn a_fence_naming_a_file_gets_no_first_view_since_the_widget_fetches_the_file() {
    let html = go(TABLE, "teams.md", &[("src", "teams.md")], Some("/raci.css"))
        .unwrap()
        .html;
    assert!(html.starts_with("<raci-matrix src=\"teams.md\">"));
    assert!(!html.contains("<template"));
    assert!(
        html.contains("<th scope=\"row\">Ship</th>"),
        "the file's table stays for readers without JS"
    );
    let only_link = go("", "page.md", &[("src", "a&b.csv")], None).unwrap().html;
    assert!(
        only_link.contains("<a href=\"a&amp;b.csv\">a&amp;b.csv</a>"),
        "{only_link}"
    );
}

#[test]
fn an_empty_fence_says_what_to_write() {
    let problems = messages(go("  \n", "page.md", &[], None).unwrap_err());
    assert_eq!(problems, ["the fence is empty: write a Markdown table, CSV or JSON in it, or name a file with src="]);
}

#[test]
fn warnings_load_come_back_to_the_plugin_and_show_in_the_first_view_as_in_the_live_one() {
    let table = "| Task | R | A |\n|---|---|---|\n| Ship | Ops | |\n";
    let rendered = go(table, "page.md", &[], Some("/c.css")).unwrap();
    assert_eq!(messages(rendered.warnings).len(), 1);
    // The live widget shows its notes box above the matrix: so must the first view, or the
    // page moves when the widget takes over.
    let notes = "<details class=\"raci-warnings\"><summary>1 note about this data</summary>";
    assert!(rendered.html.contains(notes), "{}", rendered.html);
}
