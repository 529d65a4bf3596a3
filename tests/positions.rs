//! Where in the source text a problem is: line and column (from 1, in characters), as editors
//! and CI annotations take them (`raci check` prints `file:line:col`). Text formats keep them;
//! a table the reader had to turn round keeps only the table's place.

use raci_widget::model::problem::Pos;
use raci_widget::model::read::grid::Layout;
use raci_widget::model::read::load::{load_as, Format};

/// Each problem as `line:column message`, errors and warnings alike.
fn placed(text: &str, format: Format, layout: Layout) -> Vec<String> {
    let problems = match load_as(text, format, "t", layout) {
        Ok(loaded) => loaded.warnings,
        Err(problems) => problems,
    };
    problems
        .iter()
        .map(|p| match p.pos {
            Some(Pos { line, column }) => format!("{line}:{column} {p}"),
            None => format!("-:- {p}"),
        })
        .collect()
}

fn md(text: &str) -> Vec<String> {
    placed(text, Format::Markdown, Layout::Auto)
}

#[test]
fn a_bad_markdown_cell_is_placed_at_the_cell_below_the_heading_and_prose() {
    let text = "# Release\n\nSome prose.\n\n| Task | Responsible | Accountable |\n|---|---|---|\n| Ship | Ops | Dev |\n| Fix | Ops//Dev | Dev |\n";
    assert_eq!(
        md(text),
        ["8:9 table 1, row \"Fix\", column \"Responsible\": cell \"Ops//Dev\" has an empty name between separators"]
    );
}

#[test]
fn columns_count_characters_and_escaped_pipes_and_code_spans_stay_in_their_cell() {
    // "Ünïcödé" is 7 characters but more bytes; `a|b` and \| do not split.
    let text = "| Task | R | A |\n|---|---|---|\n| Ünïcödé `a|b` x\\|y | Ops | Dev//Ops |\n";
    assert_eq!(
        md(text),
        ["3:30 table 1, row \"Ünïcödé a|b x|y\", column \"A\": cell \"Dev//Ops\" has an empty name between separators"]
    );
}

#[test]
fn an_indented_table_without_outer_pipes_is_placed_too() {
    let text = "Intro\n\n    Task | R | A\n    ---|---|---\n    Ship | Ops | Ops//Dev\n";
    assert_eq!(
        md(text),
        ["5:18 table 1, row \"Ship\", column \"A\": cell \"Ops//Dev\" has an empty name between separators"]
    );
}

#[test]
fn a_row_s_problem_points_at_its_first_cell_and_a_table_s_at_its_header() {
    let text = "\n| Task | R | A |\n|---|---|---|\n|  Ship | Ops | Dev | extra |\n";
    assert_eq!(
        md(text),
        ["4:4 table 1, row \"Ship\": 4 cells, the header has 3"]
    );
    let headless = "Text\n\n| Task |\n|---|\n| Ship |\n";
    assert_eq!(
        md(headless),
        ["3:3 table 1: needs a header row with a task column and role or party columns"]
    );
}

#[test]
fn a_group_column_in_front_does_not_shift_the_cells_places() {
    let text = "| Phase | Task | R | A |\n|---|---|---|---|\n| Plan | Scope | Ops | Dev |\n| | Build | Dev | Ops//Dev |\n";
    assert_eq!(
        md(text),
        ["4:19 table 1, row \"Build\", column \"A\": cell \"Ops//Dev\" has an empty name between separators"]
    );
}

#[test]
fn a_csv_cell_is_placed_after_a_quoted_field_that_spans_lines() {
    let text = "Task,Responsible,Accountable\n\"Ship,\nthe release\",Ops,Dev\n\nFix,Ops//Dev,Dev\n";
    let problems = placed(text, Format::Csv, Layout::Auto);
    assert_eq!(
        problems,
        ["5:5 the CSV table, row \"Fix\", column \"Responsible\": cell \"Ops//Dev\" has an empty name between separators"]
    );
}

#[test]
fn a_json_syntax_error_is_placed_where_the_reader_stopped() {
    let problems = placed(
        "{\n  \"models\": [\n    {title: 1}\n  ]\n}",
        Format::Json,
        Layout::Auto,
    );
    assert_eq!(
        problems,
        ["3:6 JSON syntax error at line 3, column 6: expected a key in double quotes"]
    );
}

#[test]
fn a_turned_round_table_keeps_only_the_table_s_place() {
    let text = "| Party | Ship | Fix |\n|---|---|---|\n| Ops | R | A/R/ |\n| Dev | A | |\n";
    let problems = placed(text, Format::Markdown, Layout::Transposed);
    assert!(!problems.is_empty());
    for p in &problems {
        assert!(p.starts_with("1:3 "), "{p}");
    }
}
