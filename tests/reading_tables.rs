//! Tables as people write them, read into a catalog: both layouts, every separator and note,
//! the seed's own Markdown, and the messages an author gets for broken tables.

#![cfg(not(target_arch = "wasm32"))]

use raci_widget::model::read::load::{load, Format};
use raci_widget::model::write::export::cell_text;
use raci_widget::model::{builtin, Catalog, Loaded, Problem};

fn read(text: &str, format: Format) -> Loaded {
    load(text, format, "test.md").unwrap_or_else(|p| panic!("refused: {p:?}"))
}

fn problems(text: &str, format: Format) -> Vec<String> {
    match load(text, format, "test.csv") {
        Ok(l) => panic!("accepted, warnings {:?}", l.warnings),
        Err(p) => p.iter().map(Problem::to_string).collect(),
    }
}

/// Every cell of a model as text, by task then role id: "Task | r=… | a=…".
fn cells(catalog: &Catalog, model: usize) -> Vec<String> {
    let model = &catalog.models[model];
    model
        .tasks
        .iter()
        .map(|t| {
            let roles: Vec<String> = catalog
                .role_ids()
                .map(|r| format!("{}={}", catalog.role(r).id, cell_text(catalog, t.cell(r))))
                .collect();
            format!("{} | {}", t.name, roles.join(" | "))
        })
        .collect()
}

#[test]
fn the_seeds_markdown_reads_as_the_built_in_data_but_for_the_four_shifted_rows() {
    let seed = include_str!("fixtures/source-tables.md");
    let loaded = read(seed, Format::Markdown);
    let (ours, baked) = (&loaded.catalog, builtin());
    assert_eq!(ours.models.len(), 3);
    assert_eq!(
        ours.parties
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["WSO2", "Customer"]
    );
    let mut checked = 0;
    for (m, (model, baked_model)) in ours.models.iter().zip(&baked.models).enumerate() {
        assert_eq!(model.tasks.len(), 16);
        for (task, baked_task) in model.tasks.iter().zip(&baked_model.tasks) {
            assert_eq!(task.name, baked_task.name);
            if task.name.starts_with("Integration") {
                // Read literally: the description holds the R value and the I cell is empty.
                assert_eq!(task.description, "Customer");
                assert!(task.cells[3].is_empty());
                assert_eq!(task.cells[..3], baked_task.cells[1..]);
                // What the warning suggests (shift one column right) gives the source's meaning.
                let customer = ours.find_party(&task.description).unwrap();
                assert_eq!(
                    baked_task.cells[0],
                    [raci_widget::model::Assignment::plain(customer)]
                );
            } else {
                assert_eq!(task.description, baked_task.description);
                assert_eq!(task.cells, baked_task.cells, "model {m}, {}", task.name);
            }
            checked += 5;
        }
    }
    assert_eq!(checked, 240);
    let warnings: Vec<String> = loaded.warnings.iter().map(Problem::to_string).collect();
    assert_eq!(warnings.len(), 15, "{warnings:#?}");
    assert_eq!(
        warnings[0],
        "table 1, row \"Integration logs\": 5 cells, the header has 6: the missing cells are read as empty"
    );
    assert_eq!(
        warnings[1],
        "table 1, row \"Integration creation and deployment\": the description is \"Customer\", a party's name, and the Informed cell is empty: are this row's cells shifted one column to the left?"
    );
}

#[test]
fn parties_as_columns_with_rasci_letters_and_five_parties() {
    let md = "## Release\n\n| Activity | Product | Engineering | QA | Legal | Support desk | Notes |\n|---|---|---|---|---|---|---|\n\
        | Scope | A/R | C | I | | I | Quarterly |\n| Code | I | RA | S | | | |\n| Test | I | S | R, A | | C | |\n\
        | Licences | A | C | | R | | new deps only |\n| Announce | R/A | I | I | C (if rights unclear) | S | |\n";
    let loaded = read(md, Format::Markdown);
    let c = &loaded.catalog;
    assert_eq!(c.models[0].title, "Release");
    assert_eq!(c.models[0].id, "release");
    let parties: Vec<&str> = c.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        parties,
        ["Product", "Engineering", "QA", "Legal", "Support desk"]
    );
    assert_eq!(c.parties[4].id, "support-desk");
    let roles: Vec<&str> = c.roles.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        roles,
        [
            "Responsible",
            "Accountable",
            "Support",
            "Consulted",
            "Informed"
        ]
    );
    assert_eq!(
        cells(c, 0),
        [
            "Scope | r=Product | a=Product | s=— | c=Engineering | i=QA/Support desk",
            "Code | r=Engineering | a=Engineering | s=QA | c=— | i=Product",
            "Test | r=QA | a=QA | s=Engineering | c=Support desk | i=Product",
            "Licences | r=Legal | a=Product | s=— | c=Engineering | i=—",
            "Announce | r=Product | a=Product | s=Support desk | c=Legal (if rights unclear) | i=Engineering/QA",
        ]
    );
    assert_eq!(c.models[0].tasks[0].description, "Quarterly");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn roles_as_columns_with_every_separator_note_and_formatting() {
    let csv = "Work item,Details,Responsible (R),Approver,C,Informed\n\
        Price change,New list prices,**Finance** + Sales,CFO,\"Legal (if rights unclear), Sales\",Support & Marketing\n\
        Refund policy,,`Support`,CFO,Finance and Legal,N/A\n\
        Webhook retries,Failed events,Clerk webhooks (automated),Finance; CFO,–,Support\n";
    let loaded = read(csv, Format::Csv);
    let c = &loaded.catalog;
    assert_eq!(c.models[0].title, "test", "a CSV's title is its file name");
    assert_eq!(
        cells(c, 0),
        [
            "Price change | r=Finance/Sales | a=CFO | c=Legal (if rights unclear)/Sales | i=Support/Marketing",
            "Refund policy | r=Support | a=CFO | c=Finance/Legal | i=—",
            "Webhook retries | r=Clerk webhooks (automated) | a=Finance/CFO | c=— | i=Support",
        ]
    );
    assert_eq!(
        c.find_party("clerk-webhooks"),
        c.find_party("CLERK WEBHOOKS")
    );
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn several_tables_share_parties_and_roles_and_keep_their_titles() {
    let md = "# Team A\n\n| Task | R | A |\n|--|--|--|\n| Build | Ops | Lead |\n\n\
        Some text.\n\n| Task | R | A | I |\n|--|--|--|--|\n| Ship | Lead | Lead | Ops, Sales |\n";
    let c = read(md, Format::Markdown).catalog;
    let titles: Vec<&str> = c.models.iter().map(|m| m.title.as_str()).collect();
    assert_eq!(titles, ["Team A", "Matrix 2"]);
    assert_eq!(c.parties.len(), 3);
    assert_eq!(c.roles.len(), 3);
    // The first table has no Informed column: its tasks have nobody there.
    assert_eq!(cells(&c, 0), ["Build | r=Ops | a=Lead | i=—"]);
}

#[test]
fn broken_tables_get_messages_that_say_where_and_what() {
    assert_eq!(
        problems(
            "Task,R,A\nNetwork management,WSO2,WSO2,Customer,Extra\n",
            Format::Csv
        ),
        ["the CSV table, row \"Network management\": 5 cells, the header has 3"]
    );
    assert_eq!(
        problems("Task,R,A\nDeploy,Ops//Dev,Ops\n", Format::Csv),
        ["the CSV table, row \"Deploy\", column \"R\": cell \"Ops//Dev\" has an empty name between separators"]
    );
    assert_eq!(
        problems("Task,Owner,Notes\nDeploy,Alice,soon\n", Format::Csv),
        [
            "the CSV table: has no role columns (Responsible, Accountable, Consulted, Informed or R, A, C, I) and no party columns holding role letters; if it is a chart with parties as rows, read it with layout=transposed",
        ]
    );
    assert_eq!(
        problems("Task,R\n", Format::Csv),
        ["the CSV table: has no rows below its header"]
    );
    assert_eq!(
        problems("no table here", Format::Markdown),
        ["no Markdown table found (a header row, then a |---|---| line)"]
    );
    assert_eq!(
        problems("Task,R,R\nX,A,B\n", Format::Csv),
        ["the CSV table: the Responsible column appears twice (\"R\")"]
    );
}

#[test]
fn suspicious_rows_load_with_warnings() {
    let loaded = read("Task,R,A\nDeploy,Ops,\nDeploy,Dev,Lead\n", Format::Csv);
    let warnings: Vec<String> = loaded.warnings.iter().map(Problem::to_string).collect();
    assert_eq!(
        warnings,
        [
            "the CSV table, row \"Deploy\": the task appears more than once; the compare view matches tasks by name",
            "the CSV table: no Accountable for 1 task: Deploy",
        ]
    );
}

#[test]
fn the_readers_output_round_trips_through_every_export() {
    use raci_widget::model::write::export::catalog_markdown;
    use raci_widget::model::write::json::full_json;
    let c = builtin();
    assert_eq!(&read(&full_json(c), Format::Json).catalog, c);
    let back = read(&catalog_markdown(c), Format::Markdown).catalog;
    assert_eq!(back.parties, c.parties);
    for (a, b) in back.models.iter().zip(&c.models) {
        assert_eq!((&a.title, &a.tasks), (&b.title, &b.tasks));
    }
}
