//! The cell notation of the data file: parse and write back.

#![cfg(not(target_arch = "wasm32"))]

use raci_widget::model::notation::{format_cell, parse_cell, Entry};

fn entries(text: &str) -> Vec<(String, bool)> {
    parse_cell(text)
        .unwrap()
        .into_iter()
        .map(|Entry { party, if_required }| (party.to_string(), if_required))
        .collect()
}

#[test]
fn the_source_notations_parse() {
    assert_eq!(entries("WSO2"), [("WSO2".into(), false)]);
    assert_eq!(
        entries(" Customer (if required) "),
        [("Customer".into(), true)]
    );
    assert_eq!(
        entries("WSO2/Customer"),
        [("WSO2".into(), false), ("Customer".into(), false)]
    );
    assert_eq!(
        entries("WSO2 / Customer (If Required)"),
        [("WSO2".into(), true), ("Customer".into(), true)]
    );
    assert_eq!(
        entries("WSO2 (if required)/Customer"),
        [("WSO2".into(), true), ("Customer".into(), false)]
    );
    for empty in ["—", "", "-", " – "] {
        assert!(entries(empty).is_empty(), "{empty:?}");
    }
}

#[test]
fn broken_cells_are_refused_with_a_reason() {
    assert!(parse_cell("WSO2/").unwrap_err().contains("empty party"));
    assert!(parse_cell("WSO2/wso2").unwrap_err().contains("twice"));
    assert!(parse_cell("(if required)").is_err());
}

#[test]
fn formatting_writes_the_notation_back() {
    assert_eq!(format_cell([]), "—");
    assert_eq!(
        format_cell([("WSO2", false), ("Customer", false)]),
        "WSO2/Customer"
    );
    let text = format_cell([("Customer", true), ("WSO2", false)]);
    assert_eq!(text, "Customer (if required)/WSO2");
    assert_eq!(
        entries(&text),
        [("Customer".into(), true), ("WSO2".into(), false)]
    );
}
