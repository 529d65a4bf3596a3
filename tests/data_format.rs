//! The JSON data format read at run time: what loads, and the exact message for what does not.
//! Every case here is one an author (or a hostile page) can produce.

#![cfg(not(target_arch = "wasm32"))]

use raci_widget::model::read::load::{load, Format};
use raci_widget::model::Problem;

fn errors(text: &str) -> Vec<String> {
    match load(text, Format::Json, "data.json") {
        Ok(_) => panic!("accepted: {text}"),
        Err(p) => p.iter().map(Problem::to_string).collect(),
    }
}

const GOOD: &str = r#"{
  "parties": [{ "id": "wso2", "name": "WSO2" }, { "id": "customer", "name": "Customer" }],
  "models": [{ "id": "m", "title": "M", "tasks": [
    { "task": "T", "cells": { "r": "WSO2", "a": "Customer", "c": "", "i": "WSO2 (if required)" } }
  ] }]
}"#;

#[test]
fn a_minimal_file_loads_with_the_classic_roles() {
    let loaded = load(GOOD, Format::Json, "x").unwrap();
    let roles: Vec<&str> = loaded.catalog.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(roles, ["r", "a", "c", "i"]);
    assert!(loaded.warnings.is_empty());
    // A byte order mark and a $schema key are fine.
    assert!(load(
        &format!("\u{feff}{}", GOOD.replacen('{', "{\"$schema\": \"x\",", 1)),
        Format::Json,
        "x"
    )
    .is_ok());
}

#[test]
fn not_json_at_all() {
    assert_eq!(errors(""), ["the JSON text is empty"]);
    assert_eq!(
        errors("<!doctype html><h1>Not found</h1>"),
        ["JSON syntax error at line 1, column 1: this looks like HTML (an error page?), not JSON"]
    );
    assert_eq!(
        errors("{\"a\": 1,}"),
        ["JSON syntax error at line 1, column 9: expected a key in double quotes"]
    );
    assert_eq!(
        errors("{\n  \"models\": [\n    {]\n}"),
        ["JSON syntax error at line 3, column 6: expected a key in double quotes"]
    );
    assert_eq!(errors("{\"a\": 1} x"), ["JSON syntax error at line 1, column 10: unexpected text after the end of the JSON value"]);
    assert_eq!(
        errors("{\"a\": 1, \"a\": 2}"),
        ["JSON syntax error at line 1, column 10: the key \"a\" appears twice"]
    );
    assert_eq!(
        errors("\"open"),
        ["JSON syntax error at line 1, column 6: a string is not closed"]
    );
}

#[test]
fn json_that_is_not_an_object() {
    for (text, kind) in [
        ("null", "null"),
        ("[]", "a list ([…])"),
        ("\"text\"", "a string"),
        ("42", "a number"),
        ("true", "true or false"),
    ] {
        assert_eq!(
            errors(text),
            [format!(
                "expected the data to be an object ({{…}}), found {kind}"
            )],
            "{text}"
        );
    }
}

#[test]
fn wrong_types_and_missing_fields_at_every_level_name_their_path() {
    assert_eq!(errors("{}"), ["models: missing"]);
    assert_eq!(
        errors(r#"{"models": {}}"#),
        ["models: expected a list ([…]), found an object ({…})"]
    );
    assert_eq!(
        errors(r#"{"models": []}"#),
        ["models: the list is empty: a catalog needs at least one model"]
    );
    assert_eq!(
        errors(r#"{"models": [3]}"#),
        ["models[0]: expected an object ({…}), found a number"]
    );
    assert_eq!(
        errors(r#"{"models": [{"title": 3}]}"#),
        [
            "models[0].title: expected a string, found a number",
            "models[0].tasks: missing",
        ]
    );
    assert_eq!(
        errors(r#"{"models": [{"title": "M", "tasks": [{"cells": {}}]}]}"#),
        ["models[0].tasks[0].task: missing"]
    );
    assert_eq!(
        errors(r#"{"models": [{"title": "M", "tasks": [{"task": "T", "cells": {"r": 1}}]}]}"#),
        ["models[0].tasks[0].cells.r: expected a string such as \"WSO2/Customer\", found a number"]
    );
    assert_eq!(
        errors(r#"{"title": [], "models": [{"title": "M", "tasks": []}]}"#),
        ["title: expected a string, found a list ([…])"]
    );
    assert_eq!(
        errors(r#"{"roles": [{"id": "r"}], "models": [{"title": "M", "tasks": []}]}"#),
        ["roles[0].letter: missing", "roles[0].name: missing",]
    );
}

#[test]
fn unknown_keys_parties_and_roles_get_a_did_you_mean() {
    assert_eq!(
        errors(&GOOD.replace("\"models\"", "\"modles\"")),
        [
            ": unknown key \"modles\" (did you mean \"models\"?)"
                .trim_start_matches(": ")
                .to_string(),
            "models: missing".to_string(),
        ]
    );
    assert_eq!(
        errors(&GOOD.replace("\"a\": \"Customer\"", "\"a\": \"Custmer\"")),
        ["models[0].tasks[0].cells.a: unknown party \"Custmer\" (did you mean \"Customer\"?)"]
    );
    assert_eq!(
        errors(&GOOD.replace("\"c\": \"\"", "\"x\": \"\"")),
        ["models[0].tasks[0].cells: unknown key \"x\" (expected one of: r, a, c, i)"]
    );
    assert_eq!(
        errors(&GOOD.replace("\"id\": \"m\"", "\"id\": \"M x\"")),
        ["models[0].id: \"M x\" must be lowercase letters, digits and '-' (at most 64)"]
    );
    assert_eq!(
        errors(&GOOD.replace("\"id\": \"customer\"", "\"id\": \"wso2\"")),
        ["parties[1]: the party id \"wso2\" is used twice"]
    );
}

#[test]
fn without_a_parties_list_parties_are_discovered() {
    let text = r#"{"models": [{"title": "M", "tasks": [{"task": "T", "cells": {"r": "Ops/Dev", "a": "Lead"}}]}]}"#;
    let c = load(text, Format::Json, "x").unwrap().catalog;
    let ids: Vec<&str> = c.parties.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["ops", "dev", "lead"]);
}

#[test]
fn limits_give_a_message_instead_of_a_hang() {
    let deep = "[".repeat(100_000);
    assert_eq!(
        errors(&deep),
        ["JSON syntax error at line 1, column 34: nested more than 32 levels deep"]
    );
    let big = format!("{{\"title\": \"{}\"}}", "x".repeat(5 * 1024 * 1024));
    assert_eq!(errors(&big), ["the data is 5.0 MB; the limit is 5 MB"]);
    let long = GOOD.replace("\"T\"", &format!("\"{}\"", "t".repeat(2_001)));
    assert_eq!(
        errors(&long),
        ["models[0].tasks[0].task: the text is longer than 2000 characters"]
    );
    let roles: Vec<String> = (0..17)
        .map(|i| format!("{{\"id\": \"r{i}\", \"letter\": \"L\", \"name\": \"Role {i}\"}}"))
        .collect();
    let text = format!(
        "{{\"roles\": [{}], \"models\": [{{\"title\": \"M\", \"tasks\": []}}]}}",
        roles.join(",")
    );
    assert_eq!(errors(&text), ["roles[16]: more than 16 roles"]);
    let parties: Vec<String> = (0..300)
        .map(|i| format!("{{\"name\": \"P{i}\"}}"))
        .collect();
    let text = format!(
        "{{\"parties\": [{}], \"models\": [{{\"title\": \"M\", \"tasks\": []}}]}}",
        parties.join(",")
    );
    assert_eq!(errors(&text)[0], "parties[255]: more than 255 parties");
}

#[test]
fn markup_in_text_stays_text() {
    let text = GOOD.replace("\"T\"", "\"<img src=x onerror=alert(1)>\"");
    let c = load(&text, Format::Json, "x").unwrap().catalog;
    assert_eq!(c.models[0].tasks[0].name, "<img src=x onerror=alert(1)>");
    let mut out = String::new();
    raci_widget::model::write::export::escape_into(&mut out, &c.models[0].tasks[0].name);
    assert_eq!(out, "&lt;img src=x onerror=alert(1)&gt;");
}
