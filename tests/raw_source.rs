//! Raw source: the text of a `<script type="text/markdown">` (or CSV, TSV, JSON) inside a
//! `<raci-matrix>`, as the widget unwraps it before the one reader reads it.

use raci_widget::model::read::grid::Layout;
use raci_widget::model::read::load::{load_as, Format};
use raci_widget::model::read::raw_source::{source_format, source_text};

#[test]
fn the_script_type_names_the_format_whatever_its_case_and_parameters() {
    let text = "Task,Responsible\nDeploy,Ops\n";
    let format = |media_type| source_format(media_type, text);
    assert_eq!(format("text/markdown"), Some(Format::Markdown));
    assert_eq!(
        format("Text/Markdown; charset=utf-8"),
        Some(Format::Markdown)
    );
    assert_eq!(format("text/csv"), Some(Format::Csv));
    assert_eq!(format("text/tab-separated-values"), Some(Format::Csv));
    assert_eq!(format(" application/json "), Some(Format::Json));
    assert_eq!(format("text/javascript"), None);
    assert_eq!(format(""), None);
}

#[test]
fn plain_text_is_told_by_its_look_as_a_fence_is() {
    let plain = |text| source_format("text/plain", text);
    assert_eq!(plain("Task,Responsible\nDeploy,Ops\n"), Some(Format::Csv));
    assert_eq!(
        plain("| Task | Ops |\n|---|---|\n| Deploy | R |\n"),
        Some(Format::Markdown)
    );
    assert_eq!(plain("{\"models\": []}"), Some(Format::Json));
}

#[test]
fn a_template_s_indentation_and_blank_lines_are_dropped_so_the_table_reads() {
    let inside =
        "\n\n      | Task | Ops | Dev |\n      |---|---|---|\n      | Deploy | A | R |\n\n    ";
    assert_eq!(
        source_text(inside),
        "| Task | Ops | Dev |\n|---|---|---|\n| Deploy | A | R |\n"
    );
    let loaded = load_as(&source_text(inside), Format::Markdown, "", Layout::Auto).unwrap();
    let parties: Vec<&str> = loaded
        .catalog
        .parties
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(parties, ["Ops", "Dev"]);
}

#[test]
fn a_line_indented_deeper_keeps_its_extra_indentation() {
    assert_eq!(source_text("  a\n    b\n  c"), "a\n  b\nc\n");
}

#[test]
fn escaped_script_and_comment_openers_are_undone() {
    let text = "| Task | Ops |\n|---|---|\n| Fix <\\/script> and <\\!-- | R |";
    assert_eq!(
        source_text(text),
        "| Task | Ops |\n|---|---|\n| Fix </script> and <!-- | R |\n"
    );
}

#[test]
fn blank_source_is_empty_text_which_the_reader_then_rejects() {
    assert_eq!(source_text(" \n\t\n"), "");
    assert!(load_as(&source_text(" \n"), Format::Markdown, "", Layout::Auto).is_err());
}
