//! Every cell of the three source tables (3 models × 16 tasks × description + 4 roles = 240)
//! matches the baked catalog. The source is `tests/fixtures/source-tables.md`, a verbatim copy
//! of the seed document; the expected meaning of each cell text is spelled out here, apart
//! from the model's own notation parser, so a parser bug cannot hide itself.

#![cfg(not(target_arch = "wasm32"))]

use raci_widget::model::{builtin, Assignment, Catalog, PartyId};

const SOURCE: &str = include_str!("fixtures/source-tables.md");

const MODEL_IDS: [&str; 3] = [
    "wso2-managed-wso2-subscription",
    "wso2-managed-customer-subscription",
    "customer-self-managed",
];

/// The only cell texts the source uses, and what each means: (party name, if required).
fn expected_cell(text: &str) -> Vec<(&'static str, bool)> {
    match text {
        "WSO2" => vec![("WSO2", false)],
        "Customer" => vec![("Customer", false)],
        "WSO2/Customer" => vec![("WSO2", false), ("Customer", false)],
        "Customer (if required)" => vec![("Customer", true)],
        "WSO2 (if required)" => vec![("WSO2", true)],
        "—" => vec![],
        other => panic!("the source uses a cell text this test does not know: {other:?}"),
    }
}

struct SourceRow {
    task: String,
    description: String,
    roles: Vec<String>,
}

/// The tables of the source, in order, with the "Integration …" quirk resolved: those rows
/// have no description cell, so their four values are R, A, C, I.
fn source_tables() -> Vec<(String, Vec<SourceRow>)> {
    let lines: Vec<&str> = SOURCE.lines().collect();
    let mut tables = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !line.starts_with("| Task |") {
            continue;
        }
        let title = lines[i - 2].trim().to_string();
        let rows = lines[i + 2..]
            .iter()
            .take_while(|l| l.starts_with('|'))
            .map(|l| {
                let cells: Vec<String> = l
                    .trim()
                    .trim_matches('|')
                    .split('|')
                    .map(|c| c.trim().to_string())
                    .collect();
                let rest = &cells[1..];
                let no_description = rest.len() == 4 || (rest.len() == 5 && rest[4].is_empty());
                let (description, roles) = if no_description {
                    (String::new(), rest[..4].to_vec())
                } else {
                    (rest[0].clone(), rest[1..5].to_vec())
                };
                SourceRow {
                    task: cells[0].clone(),
                    description,
                    roles,
                }
            })
            .collect();
        tables.push((title, rows));
    }
    tables
}

fn named<'a>(catalog: &'a Catalog, cell: &[Assignment]) -> Vec<(&'a str, bool)> {
    cell.iter()
        .map(|a| (catalog.party(a.party).name.as_str(), a.if_required))
        .collect()
}

#[test]
fn the_fixture_is_the_seed_document() {
    // `../shared` is always beside the checkout (and in CI): a missing seed fails, it does not
    // pass silently.
    let seed = std::path::Path::new("../shared/seed/private-data-plane-management-models.md");
    let text = std::fs::read_to_string(seed).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (../shared must be beside the checkout)",
            seed.display()
        )
    });
    assert_eq!(
        text, SOURCE,
        "tests/fixtures/source-tables.md differs from the seed"
    );
}

#[test]
fn all_240_cells_match_the_source_tables() {
    let catalog = builtin();
    let tables = source_tables();
    assert_eq!(tables.len(), 3);
    assert_eq!(catalog.models.len(), 3);
    let mut checked = 0;
    for ((title, rows), (model, id)) in tables.iter().zip(catalog.models.iter().zip(MODEL_IDS)) {
        assert_eq!(model.id, id);
        assert_eq!(&model.title, title);
        assert_eq!(rows.len(), 16, "{title}");
        assert_eq!(model.tasks.len(), 16, "{title}");
        for (row, task) in rows.iter().zip(&model.tasks) {
            assert_eq!(task.name, row.task, "{id}");
            assert_eq!(task.description, row.description, "{id} / {}", row.task);
            checked += 1;
            assert_eq!(task.cells.len(), 4);
            for (role, text) in row.roles.iter().enumerate() {
                assert_eq!(
                    named(catalog, &task.cells[role]),
                    expected_cell(text),
                    "{id} / {} / role {role}",
                    row.task
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 240);
}

#[test]
fn the_integration_rows_have_no_description_and_customer_in_every_role() {
    let catalog = builtin();
    let customer = catalog.find_party("customer").unwrap();
    for model in &catalog.models {
        let integration: Vec<_> = model
            .tasks
            .iter()
            .filter(|t| t.name.starts_with("Integration"))
            .collect();
        assert_eq!(integration.len(), 4);
        for task in integration {
            assert_eq!(task.description, "");
            for cell in &task.cells {
                assert_eq!(cell, &[Assignment::plain(customer)]);
            }
        }
    }
}

#[test]
fn titles_intros_and_vocabularies_are_as_in_the_source() {
    let catalog = builtin();
    assert_eq!(catalog.title, "Private Data Plane Management Models");
    for model in &catalog.models {
        assert!(model.intro.starts_with("In this model, "), "{}", model.id);
        let at = SOURCE.find(&model.title).unwrap();
        assert!(SOURCE[at..].contains(&model.intro));
    }
    let parties: Vec<_> = catalog
        .parties
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    assert_eq!(parties, [("wso2", "WSO2"), ("customer", "Customer")]);
    let roles: Vec<_> = catalog
        .roles
        .iter()
        .map(|r| (r.letter.as_str(), r.name.as_str()))
        .collect();
    assert_eq!(
        roles,
        [
            ("R", "Responsible"),
            ("A", "Accountable"),
            ("C", "Consulted"),
            ("I", "Informed")
        ]
    );
    assert_eq!(catalog.find_party("WSO2"), Some(PartyId(0)));
}
