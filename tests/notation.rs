//! The cell notation: as the data file writes it, as people write it in tables, and back.

#![cfg(not(target_arch = "wasm32"))]

use raci_widget::model::read::notation::{format_cell, parse_cell, slug, strip_formatting, Entry};
use raci_widget::model::read::vocab::parse_letters;

fn entries(text: &str) -> Vec<(String, bool)> {
    parse_cell(text)
        .unwrap()
        .into_iter()
        .map(
            |Entry {
                 name, if_required, ..
             }| (name, if_required),
        )
        .collect()
}

fn names(text: &str) -> Vec<String> {
    entries(text).into_iter().map(|(n, _)| n).collect()
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
    for empty in ["—", "", "-", " – ", "N/A", "n/a", "None"] {
        assert!(entries(empty).is_empty(), "{empty:?}");
    }
}

#[test]
fn every_separator_splits_names() {
    let three = ["Ops", "Dev", "QA"];
    for text in [
        "Ops/Dev/QA",
        "Ops, Dev, QA",
        "Ops; Dev; QA",
        "Ops + Dev + QA",
        "Ops & Dev & QA",
        "Ops, Dev and QA",
        "Ops\nDev\nQA",
        "Ops<br>Dev<br/>QA",
    ] {
        assert_eq!(names(text), three, "{text:?}");
    }
    // "and" inside a name is not a separator; neither are separators inside parentheses.
    assert_eq!(
        names("Research and Development"),
        ["Research", "Development"]
    );
    assert_eq!(names("Brandon"), ["Brandon"]);
    assert_eq!(names("Legal (EU, and UK)/Ops"), ["Legal", "Ops"]);
}

#[test]
fn notes_are_kept_with_their_party() {
    let cell = parse_cell("Legal (if rights unclear), Clerk webhooks (automated)").unwrap();
    assert_eq!(cell[0].name, "Legal");
    assert_eq!(cell[0].note.as_deref(), Some("if rights unclear"));
    assert!(!cell[0].if_required);
    assert_eq!(cell[1].name, "Clerk webhooks");
    assert_eq!(cell[1].note.as_deref(), Some("automated"));
    // "(if required)" after a comma list belongs to its own entry only.
    assert_eq!(
        entries("WSO2, Customer (if required)"),
        [("WSO2".into(), false), ("Customer".into(), true)]
    );
}

#[test]
fn formatting_around_names_is_not_part_of_them() {
    assert_eq!(names("**Ops** + `Dev`"), ["Ops", "Dev"]);
    assert_eq!(names("<b>Ops</b>, <code>Dev</code>"), ["Ops", "Dev"]);
    assert_eq!(names("*Ops*"), ["Ops"]);
    assert_eq!(names("__Ops__"), ["Ops"]);
    assert_eq!(strip_formatting("a < b"), "a < b");
}

#[test]
fn broken_cells_are_refused_with_a_reason() {
    assert!(parse_cell("WSO2/").unwrap_err().contains("empty name"));
    assert!(parse_cell("WSO2/wso2").unwrap_err().contains("twice"));
    assert!(parse_cell("(if required)").unwrap_err().contains("no name"));
    assert!(parse_cell("Legal (if unclear")
        .unwrap_err()
        .contains("never closes"));
    assert!(parse_cell("Legal if unclear)")
        .unwrap_err()
        .contains("never opened"));
}

#[test]
fn role_letters_in_every_usual_form() {
    let ids = |text: &str| -> Vec<&str> {
        parse_letters(text)
            .unwrap()
            .iter()
            .map(|l| l.role.id.as_str())
            .collect()
    };
    assert_eq!(ids("R"), ["r"]);
    assert_eq!(ids("A/R"), ["a", "r"]);
    assert_eq!(ids("R, A"), ["r", "a"]);
    assert_eq!(ids("RA"), ["r", "a"]);
    assert_eq!(ids("C/I"), ["c", "i"]);
    assert_eq!(ids("s"), ["s"]);
    assert_eq!(ids("Responsible"), ["r"]);
    assert_eq!(ids(""), Vec::<&str>::new());
    let noted = parse_letters("C (if rights unclear)").unwrap();
    assert_eq!(noted[0].note.as_deref(), Some("if rights unclear"));
    assert!(parse_letters("Quarterly review").is_none());
}

#[test]
fn formatting_writes_the_notation_back() {
    assert_eq!(format_cell([]), "—");
    assert_eq!(
        format_cell([("WSO2", false, None), ("Customer", false, None)]),
        "WSO2/Customer"
    );
    let text = format_cell([("Customer", true, None), ("WSO2", false, None)]);
    assert_eq!(text, "Customer (if required)/WSO2");
    assert_eq!(
        entries(&text),
        [("Customer".into(), true), ("WSO2".into(), false)]
    );
    // Only the last conditional: a comma keeps the mark to that entry when read back.
    let text = format_cell([("WSO2", false, None), ("Customer", true, None)]);
    assert_eq!(
        entries(&text),
        [("WSO2".into(), false), ("Customer".into(), true)]
    );
    assert_eq!(
        format_cell([("Legal", false, Some("if unclear"))]),
        "Legal (if unclear)"
    );
}

#[test]
fn doubled_marks_in_a_quoted_name_are_written_so_they_read_back() {
    // The reader drops `__` and `**` as bold marks, quotes or not; `\_` keeps one.
    let read = names(r#""Ops_x_\_, team" (if required)"#);
    assert_eq!(read, ["Ops_x__, team"]);
    let text = format_cell([("Ops_x__, team", false, None), ("A**B", false, None)]);
    assert_eq!(text, r#""Ops_x_\_, team"/"A*\*B""#);
    assert_eq!(names(&text), ["Ops_x__, team", "A**B"]);
}

#[test]
fn slugs_are_stable_ids() {
    assert_eq!(slug("Site Reliability (SRE)", "x"), "site-reliability-sre");
    assert_eq!(slug("Équipe Légale", "x"), "equipe-legale");
    assert_eq!(slug("???", "party"), "party");
}
