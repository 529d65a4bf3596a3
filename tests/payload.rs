//! The build-time data a fence's `<raci-matrix>` carries (README "Build-time data"): what the
//! build read is what the widget shows, byte for byte; a payload that was hand-edited, cut
//! short or written by another version gets a message the author can act on.
#![cfg(not(target_arch = "wasm32"))]

use raci_widget::model::builtin;
use raci_widget::model::read::load::{load, Format};
use raci_widget::model::read::payload::read_payload;
use raci_widget::model::write::payload::{failure, payload};
use raci_widget::model::{Loaded, Problem};

fn messages(text: &str) -> Vec<String> {
    match read_payload(text) {
        Ok(_) => panic!("accepted: {text:?}"),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

#[test]
fn the_built_in_catalog_reads_back_the_same() {
    let loaded = Loaded {
        catalog: builtin().clone(),
        warnings: Vec::new(),
    };
    let text = payload(&loaded);
    assert!(text.starts_with("raci-catalog 1\n"), "{text}");
    let again = read_payload(&text).expect("reads back");
    assert_eq!(again.catalog, *builtin());
    // Compact: well under the JSON data format it was written in.
    let json = include_str!("../data/management-models.json");
    assert!(
        text.len() * 2 < json.len(),
        "{} vs {}",
        text.len(),
        json.len()
    );
}

#[test]
fn text_that_could_end_a_record_or_the_script_survives() {
    // JSON keeps markup and control characters as text (a table cell would drop tags).
    let source = r#"{"models":[{"title":"Ops","tasks":[{"task":"Patch </script> now",
        "description":"tab\there\nnew line, back\\slash <!-- x\ry","cells":{"r":"Ops"}}]}]}"#;
    let loaded = load(source, Format::Json, "t.json").expect("loads");
    let text = payload(&loaded);
    assert!(!text.contains('<'), "{text}");
    assert_eq!(text.lines().filter(|l| l.starts_with('T')).count(), 1);
    let again = read_payload(&text).expect("reads back");
    assert_eq!(again.catalog, loaded.catalog);
    let task = &again.catalog.models[0].tasks[0];
    assert_eq!(task.name, "Patch </script> now");
    assert_eq!(
        task.description,
        "tab\there\nnew line, back\\slash <!-- x\ry"
    );
}

#[test]
fn warnings_and_their_places_travel_with_the_catalog() {
    let source = "| Task | Responsible | Accountable |\n|---|---|---|\n| Patch | Ops | |\n";
    let loaded = load(source, Format::Markdown, "t.md").expect("loads");
    assert!(!loaded.warnings.is_empty(), "the test needs a warning");
    let again = read_payload(&payload(&loaded)).expect("reads back");
    assert_eq!(again.warnings, loaded.warnings);
}

#[test]
fn a_failed_reading_travels_as_its_errors() {
    let source = "| Task | Ops |\n|---|---|\n| Patch | Q |\n";
    let problems = load(source, Format::Markdown, "t.md").expect_err("refused");
    assert_eq!(read_payload(&failure(&problems)), Err(problems));
}

#[test]
fn bad_payloads_say_what_is_wrong_and_where() {
    const HEAD: &str = "raci-catalog 1\nP\twso2\tWSO2\nR\tr\tR\tResponsible\t\nM\tops\tOps\t\t\n";
    let rebuild = "(rebuild the page; the data was changed or cut short since)";
    assert_eq!(
        messages("raci-catalog 2\nC\tx\n"),
        [format!(
            "the build-time data, line 1: it is in format 2, and this widget reads format 1: use \
             the same raci-widget version for the build and the page {rebuild}"
        )]
    );
    assert_eq!(
        messages("{\"models\": []}"),
        [format!(
            "the build-time data, line 1: it does not start with \"raci-catalog\" {rebuild}"
        )]
    );
    assert_eq!(
        messages(&format!("{HEAD}T\tPatch\t\t\t5\n")),
        [format!(
            "the build-time data, line 5: party \"5\" is not one of the 1 listed before it {rebuild}"
        )]
    );
    assert_eq!(
        messages(&format!("{HEAD}T\tPat")),
        [format!(
            "the build-time data, line 5: a field is missing {rebuild}"
        )]
    );
    assert_eq!(
        messages(&format!("{HEAD}T\tPatch\t\t\t0\t0\n")),
        [format!(
            "the build-time data, line 5: a task has 2 cells for 1 roles {rebuild}"
        )]
    );
    assert_eq!(
        messages("raci-catalog 1\nR\tr\tR\tResponsible\t\nT\tPatch\t\t\t\n"),
        [format!(
            "the build-time data, line 3: a task comes before any model {rebuild}"
        )]
    );
    assert_eq!(
        messages(&format!("{HEAD}X\tPatch\n")),
        [format!(
            "the build-time data, line 5: \"X\" is not a kind of record {rebuild}"
        )]
    );
    assert_eq!(
        messages("raci-catalog 1\nP\tWSO 2\tWSO2\n"),
        [format!(
            "the build-time data, line 2: \"WSO 2\" is not an id {rebuild}"
        )]
    );
    // Found by the fuzzer: a role after the tasks would leave them a cell short.
    assert_eq!(
        messages(&format!("{HEAD}T\tPatch\t\t\t0\nR\ta\tA\tAccountable\t\n")),
        [format!(
            "the build-time data, line 6: parties, roles and notes come before the models {rebuild}"
        )]
    );
    assert_eq!(
        messages("raci-catalog 1\nC\tEmpty\n"),
        [format!(
            "the build-time data, line 1: it holds no model {rebuild}"
        )]
    );
}
