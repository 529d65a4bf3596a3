//! The embed path in a real browser: each host element gets its own shadow root and state;
//! attribute changes apply on top of what the reader did; dropping unmounts; the author's own
//! tables show their groups as header rows, a text column under its header, the layout read.
#![cfg(target_arch = "wasm32")]

use raci_widget::embed::RaciMatrix;
use raci_widget_reader as reader;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn host(attributes: &[(&str, &str)]) -> HtmlElement {
    // The page script gives the stylesheet (raci-widget.css) once, before mounting.
    RaciMatrix::use_styles(include_str!("../styles/raci.css"));
    let document = gloo::utils::document();
    let el: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    for (k, v) in attributes {
        el.set_attribute(k, v).unwrap();
    }
    document.body().unwrap().append_child(&el).unwrap();
    el
}

/// The element taken over by the live widget, showing the built-in matrices.
fn shown_builtin(host: &HtmlElement) -> RaciMatrix {
    let mut widget = RaciMatrix::new(host.clone()).unwrap();
    widget.show_builtin();
    widget
}

/// The element showing a file (as if fetched from `name`: told apart by its extension).
fn shown_file(host: &HtmlElement, text: &str, name: &str) -> RaciMatrix {
    let mut widget = RaciMatrix::new(host.clone()).unwrap();
    // As the page script does: the run-time reader's module reads it, the widget shows that.
    let layout = host.get_attribute("layout").unwrap_or_default();
    widget.show_payload(&reader::read_fetched(text, name, "", &layout), name, true);
    widget
}

fn shadow(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root().expect("a shadow root")
}

fn texts(root: &ShadowRoot, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .text_content()
                .unwrap()
                .trim()
                .to_string()
        })
        .collect()
}

/// The root's adopted stylesheets: how many, and the first one's rules as text.
fn adopted(root: &ShadowRoot) -> (u32, String) {
    let sheets: js_sys::Array = js_sys::Reflect::get(root, &"adoptedStyleSheets".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let first: web_sys::CssStyleSheet = sheets.get(0).dyn_into().unwrap();
    let rules = first.css_rules().unwrap();
    let text = (0..rules.length())
        .map(|i| rules.item(i).unwrap().css_text())
        .collect::<String>();
    (sheets.length(), text)
}

fn click(root: &ShadowRoot, selector: &str) {
    let el: HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    el.click();
}

#[wasm_bindgen_test]
async fn attributes_set_the_initial_view_inside_a_shadow_root_with_its_styles() {
    let el = host(&[
        ("model", "customer-self-managed"),
        ("party", "customer"),
        ("role", "r,a"),
        ("q", "dns"),
    ]);
    let _widget = shown_builtin(&el);
    yew::scheduler::flush().await;
    let root = shadow(&el);
    assert_eq!(
        texts(&root, "tbody th"),
        ["DNS management for platform system"]
    );
    assert_eq!(texts(&root, ".raci-count"), ["1 of 16 tasks"]);
    // The stylesheet is adopted (allowed under a strict CSP), not a <style> element.
    assert!(adopted(&root).1.contains("--raci-party-0-bg"));
    assert!(texts(&root, "style").is_empty());
    // Nothing of the widget is in the page's own DOM.
    assert!(el.query_selector("table").unwrap().is_none());
    el.remove();
}

#[wasm_bindgen_test]
async fn a_changed_attribute_applies_and_keeps_the_readers_other_choices() {
    let el = host(&[("model", "customer-self-managed")]);
    let mut widget = shown_builtin(&el);
    yew::scheduler::flush().await;
    let root = shadow(&el);
    click(&root, "[data-party=wso2]");
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, ".raci-count"), ["12 of 16 tasks"]);

    widget.attribute_changed("role", Some("r".into()));
    yew::scheduler::flush().await;
    assert_eq!(
        texts(&root, "tbody th"),
        ["Platform system security monitoring"]
    );

    widget.attribute_changed("model", Some("wso2-managed-wso2-subscription".into()));
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, ".raci-count"), ["12 of 16 tasks"]);
    widget.attribute_changed("party", None);
    widget.attribute_changed("role", Some("nonsense".into()));
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, ".raci-count"), ["16 of 16 tasks"]);
    el.remove();
}

#[wasm_bindgen_test]
async fn two_instances_keep_their_own_state_and_ids() {
    let a = host(&[]);
    let b = host(&[]);
    let _wa = shown_builtin(&a);
    let _wb = shown_builtin(&b);
    yew::scheduler::flush().await;
    click(&shadow(&a), "[data-party=customer]");
    yew::scheduler::flush().await;
    assert_eq!(texts(&shadow(&a), ".raci-count"), ["14 of 16 tasks"]);
    assert_eq!(texts(&shadow(&b), ".raci-count"), ["16 of 16 tasks"]);
    let id = |root: ShadowRoot| root.query_selector("input").unwrap().unwrap().id();
    assert_ne!(id(shadow(&a)), id(shadow(&b)));
    a.remove();
    b.remove();
}

#[wasm_bindgen_test]
async fn dropping_the_handle_unmounts_and_a_new_one_mounts_again() {
    let el = host(&[]);
    let widget = shown_builtin(&el);
    yew::scheduler::flush().await;
    drop(widget);
    yew::scheduler::flush().await;
    assert!(texts(&shadow(&el), "tbody th").is_empty());
    let _again = shown_builtin(&el);
    yew::scheduler::flush().await;
    assert_eq!(texts(&shadow(&el), "tbody th").len(), 16);
    assert_eq!(adopted(&shadow(&el)).0, 1, "no second stylesheet");
    el.remove();
}

#[wasm_bindgen_test]
async fn tables_handed_over_by_the_page_become_the_matrix_and_can_change() {
    let el = host(&[("party", "legal")]);
    let tables = r#"[{"title": "Billing", "header": ["Task", "R", "A"],
        "rows": [["Price change", "Finance + Sales", "CFO"], ["Refund", "Legal (if unclear)", "CFO"]]}]"#;
    let mut widget = RaciMatrix::new(el.clone()).unwrap();
    widget.show_payload(&reader::read_tables(tables, ""), "the tables", false);
    yew::scheduler::flush().await;
    let root = shadow(&el);
    assert_eq!(texts(&root, "tbody th"), ["Refund"], "party=legal by name");
    assert_eq!(
        texts(&root, "tbody .raci-chip"),
        ["Legal (if unclear)", "CFO"]
    );
    // New content replaces the catalog; the reader starts from the attributes again.
    let tables = r#"[{"title": "Other", "header": ["Task", "Ops", "Legal"], "rows": [["Deploy", "RA", "C"]]}]"#;
    widget.show_payload(&reader::read_tables(tables, ""), "the tables", false);
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, "tbody th"), ["Deploy"]);
    assert_eq!(texts(&root, ".raci-model-intro__title"), ["Other"]);
    el.remove();
}

#[wasm_bindgen_test]
async fn data_that_cannot_be_read_shows_the_problem_above_the_authors_content() {
    let el = host(&[]);
    el.set_inner_html("<p id=fallback>The author's table</p>");
    let mut widget = RaciMatrix::new(el.clone()).unwrap();
    let payload = reader::read_json(r#"{"models": [{"title": 3}]}"#);
    widget.show_payload(&payload, "the data property", false);
    yew::scheduler::flush().await;
    let root = shadow(&el);
    assert_eq!(
        texts(&root, ".raci-problems li"),
        [
            "Error: models[0].title: expected a string, found a number",
            "Error: models[0].tasks: missing"
        ]
    );
    assert!(texts(&root, "[role=alert] .raci-error__title")[0].contains("the data property"));
    assert_eq!(
        root.query_selector_all("slot").unwrap().length(),
        1,
        "the author's content shows"
    );
    assert!(
        texts(&root, "button").is_empty(),
        "no Retry for data that is not fetched"
    );
    el.remove();
}

const CHART: &str = "## Launch\n\n| Task | Lead/PM | Ana (Design) | Notes |\n|---|---|---|---|\n\
    | **Discovery** |\n| Interview users | A/R | C | weekly |\n| Write the brief | A | R | - |\n\
    | **Build** |\n| Prototype | I | A/R | |\n";

fn attr(root: &ShadowRoot, selector: &str, name: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .get_attribute(name)
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn groups_are_header_rows_across_the_table_and_filters_keep_them_with_their_tasks() {
    let el = host(&[]);
    let _widget = shown_file(&el, CHART, "chart.md");
    yew::scheduler::flush().await;
    let root = el.shadow_root().unwrap();
    // Screen readers hear the group and how many tasks it holds.
    assert_eq!(
        texts(&root, "tbody th.raci-group"),
        ["Discovery (2 tasks)", "Build (1 task)"]
    );
    assert_eq!(attr(&root, "tbody th.raci-group", "scope"), "rowgroup");
    assert_eq!(attr(&root, "tbody th.raci-group", "colspan"), "6");
    assert_eq!(
        texts(&root, "tbody th[scope=row]"),
        ["Interview users", "Write the brief", "Prototype"]
    );
    // The text column keeps its own header.
    assert!(texts(&root, "thead th").contains(&"Notes".to_string()));
    // Ana is Consulted or Responsible in Discovery, and both in Build: filtered to her
    // Responsible tasks, the Discovery group keeps one task.
    let el2 = host(&[("party", "ana-design"), ("roles", "r")]);
    let _w2 = shown_file(&el2, CHART, "chart.md");
    yew::scheduler::flush().await;
    let root2 = el2.shadow_root().unwrap();
    assert_eq!(
        texts(&root2, "tbody th.raci-group"),
        ["Discovery (1 task)", "Build (1 task)"]
    );
    el.remove();
    el2.remove();
}

#[wasm_bindgen_test]
async fn the_party_view_shows_the_same_groups_and_quoted_names_as_headers() {
    let el = host(&[("view", "parties")]);
    let _widget = shown_file(&el, CHART, "chart.md");
    yew::scheduler::flush().await;
    let root = el.shadow_root().unwrap();
    assert_eq!(
        texts(&root, "thead th"),
        ["Task", "Notes", "Lead/PM", "Ana (Design)"]
    );
    assert_eq!(
        texts(&root, "tbody th.raci-group"),
        ["Discovery (2 tasks)", "Build (1 task)"]
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn the_layout_attribute_reads_a_chart_with_parties_as_rows() {
    let csv = "Who,Plan,Build\nProduct,A/R,C\nEngineering,C,A/R\n";
    let el = host(&[("layout", "transposed")]);
    let _widget = shown_file(&el, csv, "chart.csv");
    yew::scheduler::flush().await;
    let root = el.shadow_root().unwrap();
    assert_eq!(texts(&root, "tbody th[scope=row]"), ["Plan", "Build"]);
    assert_eq!(texts(&root, ".raci-count"), ["2 of 2 tasks"]);
    el.remove();
}
