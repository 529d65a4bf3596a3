//! The RACI tables people really write (tests/fixtures/patterns/, modelled on public charts):
//! what a reader of the page sees once the widget has read them.

#![cfg(not(target_arch = "wasm32"))]

use raci_widget::model::catalog::groups::{lines, Line};
use raci_widget::model::read::data_format::read_json;
use raci_widget::model::read::grid::{read_grids, Layout};
use raci_widget::model::read::load::{load, load_as, Format};
use raci_widget::model::write::export::{
    catalog_markdown_as, cell_text, declared_cell_text, html_table, legend_grid, raci_matrix_tag,
    table_grid,
};
use raci_widget::model::write::json::full_json;
use raci_widget::model::{Catalog, Filter, Loaded, Problem};

fn read(text: &str, format: Format) -> Loaded {
    load(text, format, "fixture").unwrap_or_else(|p| panic!("refused: {p:#?}"))
}

fn warnings(loaded: &Loaded) -> Vec<String> {
    loaded.warnings.iter().map(Problem::to_string).collect()
}

/// "Task [group] | r=… | a=…" for every task of the first model.
fn rows(c: &Catalog) -> Vec<String> {
    c.models[0]
        .tasks
        .iter()
        .map(|t| {
            let cells: Vec<String> = c
                .role_ids()
                .map(|r| format!("{}={}", c.role(r).id, cell_text(c, t.cell(r))))
                .collect();
            format!("{} [{}] | {}", t.name, t.group, cells.join(" | "))
        })
        .collect()
}

const SECTIONS: &str = include_str!("fixtures/patterns/letters-chart-with-sections.md");

#[test]
fn section_rows_become_groups_and_are_not_tasks() {
    let c = read(SECTIONS, Format::Markdown).catalog;
    let names: Vec<(&str, &str)> = c.models[0]
        .tasks
        .iter()
        .map(|t| (t.name.as_str(), t.group.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("Interview users", "Discovery"),
            ("Write the brief", "Discovery"),
            ("Prototype", "Build phase"),
            ("Ship the beta", "Build phase"),
            ("Ship the beta", "Build phase"),
        ]
    );
}

#[test]
fn party_headers_keep_their_slashes_and_parentheses_and_lose_their_markup() {
    let c = read(SECTIONS, Format::Markdown).catalog;
    let parties: Vec<(&str, &str)> = c
        .parties
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    assert_eq!(
        parties,
        [
            ("lead-pm", "Lead/PM"),
            ("ana-design", "Ana (Design)"),
            ("dev-bo", "Dev (Bo)"),
            ("support", "Support"),
        ]
    );
    // A leading emoji stays in the title, not in the id.
    assert_eq!(c.models[0].title, "🚀 Launch plan");
    assert_eq!(c.models[0].id, "launch-plan");
}

#[test]
fn the_legend_below_the_matrix_names_the_roles_and_adds_its_own_letter() {
    let c = read(SECTIONS, Format::Markdown).catalog;
    let roles: Vec<String> = c
        .roles
        .iter()
        .map(|r| format!("{} {} = {}", r.letter, r.name, r.meaning))
        .collect();
    assert_eq!(
        roles,
        [
            "R Responsible = Does the work",
            "A Accountable = Signs it off",
            "S Support = Helps whoever does the work",
            "C Consulted = Gives input before the work is done",
            "I Informed = Is told after the work is done",
            "X Executes = Runs the rollout script",
        ]
    );
    assert_eq!(c.models.len(), 1, "the legend is not a matrix");
}

#[test]
fn spaced_and_noted_letters_and_a_column_named_like_a_role_read_as_written() {
    let c = read(SECTIONS, Format::Markdown).catalog;
    let rows = rows(&c);
    assert_eq!(
        rows[0],
        "Interview users [Discovery] | r=\"Lead/PM\"/\"Ana (Design)\" | a=\"Lead/PM\" | s=— | c=\"Dev (Bo)\" | i=Support | x=—"
    );
    // "**A, R** (pairs)": the note is the whole cell's; the "Support" column holds letters,
    // so it is a party although Support is a role's name.
    assert_eq!(
        rows[3],
        "Ship the beta [Build phase] | r=\"Dev (Bo)\" (pairs) | a=\"Lead/PM\"/\"Dev (Bo)\" (pairs) | s=Support | c=— | i=\"Ana (Design)\" | x=—"
    );
}

#[test]
fn a_text_column_keeps_its_header_and_a_dash_in_it_means_nothing() {
    let c = read(SECTIONS, Format::Markdown).catalog;
    let m = &c.models[0];
    assert_eq!(m.description_label(), "Due date");
    assert_eq!(m.tasks[0].description, "");
    assert_eq!(m.tasks[3].description, "Week 6\nWeek 7 if late");
}

#[test]
fn each_warning_names_the_row_and_what_is_odd_about_it() {
    // (The "Due date" column is free text: shown under its header without a word.)
    let loaded = read(SECTIONS, Format::Markdown);
    assert_eq!(
        warnings(&loaded),
        [
            "table 1, row \"Agreed by\": holds no role letter (\"@lee\" in column \"Lead/PM\"): not read as a task",
            "table 1, row \"Ship the beta\": 2 Accountables (Lead/PM, Dev (Bo)): a RACI task has one, who answers for it",
            "table 1, row \"Ship the beta\": the task appears more than once; the compare view matches tasks by name",
        ]
    );
}

#[test]
fn a_phase_column_filled_on_each_phases_first_row_groups_the_tasks_beside_it() {
    let text = include_str!("fixtures/patterns/roles-chart-with-phases.md");
    let loaded = read(text, Format::Markdown);
    let c = &loaded.catalog;
    assert_eq!(c.models[0].title, "Migration RACI");
    assert_eq!(c.models[0].description_label(), "People");
    assert_eq!(
        rows(c),
        [
            "Agree the scope [1. Plan] | r=LD | a=SP | c=AN/OPS | i=—",
            "Map the data [1. Plan] | r=AN | a=LD | c=— | i=SP",
            "Copy the data [2. Move] | r=OPS | a=LD | c=AN | i=SP",
            "Check the copy (row counts) [2. Move] | r=AN | a=LD | c=OPS | i=—",
            "Point the apps at the new store [3. Switch] | r=OPS | a=LD | c=— | i=SP",
        ]
    );
    assert_eq!(warnings(&loaded), Vec::<String>::new());
}

#[test]
fn a_spreadsheet_paste_is_read_from_the_header_inside_its_body_with_a_warning() {
    let text = include_str!("fixtures/patterns/spreadsheet-paste.md");
    let loaded = read(text, Format::Markdown);
    let c = &loaded.catalog;
    let parties: Vec<&str> = c.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(parties, ["Owner", "Kim", "Lou"]);
    assert_eq!(
        rows(c),
        [
            "Plan the sprint [] | r=Kim | a=Owner | c=Lou | i=Lou",
            "Run the demo [] | r=Kim | a=Kim | c=Lou | i=Owner",
            "Fix the build [] | r=Lou | a=Kim | c=Owner | i=Owner",
        ]
    );
    assert_eq!(
        warnings(&loaded),
        [
            "table 1: the header row is empty; row 4 (\"Activity\") is read as the header and the 3 rows above it are left out: put the column names in the table's header row",
            "table 1: the rows after the blank row 8 are left out (not tasks: a legend or notes?)",
        ]
    );
}

#[test]
fn a_chart_with_parties_as_rows_is_read_when_the_layout_says_transposed() {
    let text = include_str!("fixtures/patterns/parties-as-rows.csv");
    // Read as it comes, the hint says what to do.
    let auto = read(text, Format::Csv);
    assert!(warnings(&auto).contains(&"the CSV table: the first column is \"Who\": if its rows are parties and the columns tasks, read the table with layout=transposed".to_string()));
    let c = load_as(text, Format::Csv, "t.csv", Layout::Transposed)
        .unwrap()
        .catalog;
    let parties: Vec<&str> = c.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(parties, ["Product", "Engineering", "Support"]);
    assert_eq!(
        rows(&c),
        [
            "Plan [] | r=Product | a=Product | c=Engineering | i=Support",
            "Build [] | r=Engineering | a=Engineering | c=Product | i=—",
            "Release [] | r=Engineering | a=Product | c=— | i=Support",
        ]
    );
}

#[test]
fn role_headers_in_another_language_are_read_by_their_letter() {
    let text = include_str!("fixtures/patterns/letters-in-role-headers.md");
    let c = read(text, Format::Markdown).catalog;
    assert_eq!(
        rows(&c),
        [
            "Deploy [] | r=Ops | a=Tech Lead | c=QA/Eng. Backend | i=Todos",
            "Releases [] | r=Tech Lead | a=Gerente | c=QA/Ops | i=Todos",
        ]
    );
}

#[test]
fn a_layout_that_contradicts_the_table_is_an_error_that_says_so() {
    let text = "Task,Owner\nShip,Ana\n";
    let problems = load_as(text, Format::Csv, "t.csv", Layout::RolesAsColumns).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "the CSV table: has no role columns (Responsible, Accountable, Consulted, Informed or R, A, C, I)"
    );
}

#[test]
fn groups_and_quoted_names_survive_every_writer_and_read_back_the_same() {
    let c = read(SECTIONS, Format::Markdown).catalog;
    // JSON: the data format keeps groups, the description header and every name.
    let again = read_json(&full_json(&c)).unwrap().catalog;
    assert_eq!(again, c);
    // Markdown, both layouts (a legend table carries the letters and their meanings).
    for layout in [Layout::RolesAsColumns, Layout::PartiesAsColumns] {
        let md = catalog_markdown_as(&c, layout);
        let back = read(&md, Format::Markdown).catalog;
        assert_eq!(back.parties, c.parties, "{md}");
        assert_eq!(back.models[0].tasks, c.models[0].tasks, "{md}");
        assert_eq!(back.roles, c.roles, "{md}");
    }
    // The HTML fallback table: its rows are what the widget reads back.
    let html = html_table(&c, &c.models[0]);
    assert!(html.contains("<tr><th scope=\"rowgroup\" colspan=\"8\">Discovery</th></tr>"));
    let mut grid = table_grid(&c, &c.models[0]);
    grid.label = "table 1".into();
    // What the page script hands over for a cell spanning the row: its text in every slot.
    for row in &mut grid.rows {
        if let [group] = row.as_slice() {
            *row = vec![group.clone(); 8];
        }
    }
    // Roles of the author's own come with a legend table beside the matrix.
    let legend = legend_grid(&c).expect("a legend for the letter X");
    assert!(raci_matrix_tag(
        &Loaded {
            catalog: c.clone(),
            warnings: Vec::new()
        },
        &[&c.models[0]],
        ""
    )
    .contains("<caption>Legend</caption>"));
    let back = read_grids(&[grid, legend]).unwrap().catalog;
    assert_eq!(back.models[0].tasks, c.models[0].tasks);
    assert_eq!(back.roles, c.roles);
}

#[test]
fn a_filter_keeps_a_group_header_exactly_when_it_keeps_one_of_its_tasks() {
    let c = read(SECTIONS, Format::Markdown).catalog;
    let m = &c.models[0];
    let groups = |filter: &Filter| -> Vec<String> {
        let tasks = filter.visible_tasks(&c, m);
        lines(m, &tasks, false)
            .into_iter()
            .filter_map(|l| match l {
                Line::Group { name, tasks } => Some(format!("{name} ({tasks})")),
                Line::Task(_) => None,
            })
            .collect()
    };
    assert_eq!(
        groups(&Filter::default()),
        ["Discovery (2)", "Build phase (3)"]
    );
    let support = Filter {
        party: c.find_party_by_id("support"),
        ..Filter::default()
    };
    assert_eq!(groups(&support), ["Discovery (2)", "Build phase (2)"]);
    let prototype = Filter {
        query: "prototype".into(),
        ..Filter::default()
    };
    assert_eq!(groups(&prototype), ["Build phase (1)"]);
    // The group's name is searched too.
    let discovery = Filter {
        query: "discovery".into(),
        ..Filter::default()
    };
    assert_eq!(groups(&discovery), ["Discovery (2)"]);
}

#[test]
fn party_in_the_url_takes_a_name_with_a_slash_or_parenthesis() {
    let c = read(SECTIONS, Format::Markdown).catalog;
    for key in ["Lead/PM", "lead-pm", "ana (design)"] {
        assert!(c.find_party_by_id(key).is_some(), "{key}");
    }
}

#[test]
fn a_plural_shared_by_a_list_of_names_is_given_to_each_and_said_so() {
    let md = "| Workstream | Responsible | Consulted |\n|---|---|---|\n\
        | Charter | Ops lead | Design, Data, Legal leads |\n\
        | Launch | Ops lead | Support, Sales teams |\n\
        | Review | Legal, All teams | Ops lead |\n";
    let loaded = read(md, Format::Markdown);
    let parties: Vec<&str> = loaded
        .catalog
        .parties
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        parties,
        [
            "Ops lead",
            "Design lead",
            "Data lead",
            "Legal lead",
            "Support team",
            "Sales team",
            "Legal",
            "All teams"
        ]
    );
    assert_eq!(
        warnings(&loaded)[0],
        "table 1, row \"Charter\", column \"Consulted\": \"Design, Data, Legal leads\" read as \"Design lead\", \"Data lead\", \"Legal lead\" (the plural \"leads\" shared); write the names in full if that is wrong"
    );
}

#[test]
fn the_readmes_example_with_a_section_row_a_group_column_and_a_legend_reads_as_it_says() {
    let readme = include_str!("../README.md");
    let start = readme
        .find("A table with a section row, a group column and a legend")
        .expect("the README's example");
    let block = &readme[start..];
    let open = block.find("```markdown\n").unwrap() + "```markdown\n".len();
    let close = block[open..].find("```").unwrap();
    let loaded = read(&block[open..open + close], Format::Markdown);
    let c = &loaded.catalog;
    assert_eq!(c.models.len(), 1);
    assert_eq!(c.models[0].title, "Release train");
    assert_eq!(c.models[0].description_label(), "Notes");
    let tasks: Vec<(&str, &str)> = c.models[0]
        .tasks
        .iter()
        .map(|t| (t.group.as_str(), t.name.as_str()))
        .collect();
    assert_eq!(
        tasks,
        [
            ("Plan", "Scope"),
            ("Plan", "Estimate"),
            ("Build", "Prototype"),
            ("Sign-off", "Approve release"),
        ]
    );
    let parties: Vec<&str> = c.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(parties, ["Product", "UX/UI Designer", "Dev (Ana)"]);
    let roles: Vec<&str> = c.roles.iter().map(|r| r.letter.as_str()).collect();
    assert_eq!(roles, ["R", "A", "C", "I", "X"]);
    assert_eq!(c.roles[4].name, "Executes");
    // The data format lists its parties first, so only the name with a slash needs quotes.
    let consulted = c.models[0].tasks[0].cell(c.find_role("c").unwrap());
    assert_eq!(
        declared_cell_text(c, consulted),
        "\"UX/UI Designer\"/Dev (Ana)"
    );
}

#[test]
fn names_with_role_letters_after_them_read_as_those_roles() {
    let text = include_str!("fixtures/patterns/names-with-letters.md");
    let loaded = read(text, Format::Markdown);
    assert_eq!(
        rows(&loaded.catalog),
        [
            "Ship [] | r=Ana | a=Ana | c=Bo | i=Cy",
            "Test [] | r=Bo | a=Ana | c=— | i=—",
        ]
    );
    assert_eq!(
        warnings(&loaded),
        ["table 1, row \"Test\", column \"Helpers\": \"Cy\" has no role letters after it (like \"Ana (R)\"): left out"]
    );
}

#[test]
fn a_column_of_mostly_words_with_a_few_letters_is_text_and_said_so() {
    let md = "| Task | Dev | Status |\n|---|---|---|\n| Ship | A/R | done |\n| Test | R | open |\n| Fix | C | R |\n";
    let loaded = read(md, Format::Markdown);
    assert_eq!(loaded.catalog.parties.len(), 1);
    assert_eq!(
        warnings(&loaded)[0],
        "table 1: column \"Status\" is shown as text: 2 of its cells are not role letters"
    );
}

#[test]
fn a_small_matrix_of_acronym_tasks_is_a_matrix_not_a_legend() {
    let md = "| Task | R | A |\n|---|---|---|\n| CI | Ops | Lead |\n| DNS | Net | Lead |\n";
    let c = read(md, Format::Markdown).catalog;
    assert_eq!(c.models[0].tasks.len(), 2);
    assert_eq!(c.roles[0].name, "Responsible");
    // Its header row as a legend line: `| R | Responsible |` over more lines.
    let legend = "| R | Responsible |\n|---|---|\n| A | Approves |\n\n| Task | Dev |\n|---|---|\n| Ship | A/R |\n";
    let c = read(legend, Format::Markdown).catalog;
    assert_eq!(c.models.len(), 1);
    assert_eq!(c.roles[1].name, "Approves");
}

#[test]
fn a_legend_can_make_s_the_signatory_and_rename_a_known_role() {
    let md = "| Task | Dev | Legal |\n|---|---|---|\n| Ship | A/R | S |\n\n\
        | Key | Role |\n|---|---|\n| S | Signatory |\n| A | Approver |\n";
    let c = read(md, Format::Markdown).catalog;
    let roles: Vec<String> = c
        .roles
        .iter()
        .map(|r| format!("{} {} {}", r.id, r.letter, r.name))
        .collect();
    assert_eq!(
        roles,
        ["r R Responsible", "a A Approver", "signatory S Signatory"]
    );
}
