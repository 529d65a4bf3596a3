//! Text exports of the matrix.
#![cfg(not(target_arch = "wasm32"))]

use raci_widget::model::builtin;
use raci_widget::model::write::export::{cell_text, escape_into, html_table};

#[test]
fn the_static_table_has_every_task_and_cell_in_source_notation() {
    let catalog = builtin();
    let model = &catalog.models[0];
    let html = html_table(catalog, model);
    assert_eq!(html.matches("<tr><th scope=\"row\">").count(), 16);
    assert!(html.contains(
        "<caption>WSO2 fully managed (infrastructure and PDP in WSO2 subscription)</caption>"
    ));
    assert!(html.contains(
        "<th scope=\"row\">Subscription prerequisites</th><td>Create subscriptions, check quota and service limits, run the compatibility prerequisite script</td><td>WSO2</td><td>WSO2</td><td>Customer (if required)</td><td>Customer (if required)</td>"
    ));
    assert!(html.contains("<th scope=\"row\">Integration logs</th><td></td><td>Customer</td>"));
    assert!(html.contains("<td>WSO2/Customer</td>"));
    assert_eq!(cell_text(catalog, &model.tasks[8].cells[2]), "—");
}

#[test]
fn data_text_is_escaped_never_markup() {
    let mut out = String::new();
    escape_into(&mut out, r#"<img src=x onerror="alert('x')"> & co"#);
    assert_eq!(
        out,
        "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co"
    );
}

use raci_widget::model::read::notation::parse_cell;
use raci_widget::model::write::export::View;
use raci_widget::model::write::json::model_json;
use raci_widget::model::{Filter, RoleSet};

const SOURCE: &str = include_str!("fixtures/source-tables.md");

fn full_view(model: usize) -> (Vec<usize>, Vec<raci_widget::model::RoleId>) {
    let catalog = builtin();
    let filter = Filter::default();
    (
        filter.visible_tasks(catalog, &catalog.models[model]),
        filter.columns(catalog),
    )
}

#[test]
fn markdown_export_reproduces_the_source_table() {
    let catalog = builtin();
    let (tasks, columns) = full_view(2);
    let view = View {
        catalog,
        model: &catalog.models[2],
        tasks: &tasks,
        columns: &columns,
    };
    let md = view.markdown();
    let lines: Vec<&str> = md.lines().collect();
    assert_eq!(lines.len(), 18);
    // Every regular row is the source's row to the letter; the four "Integration" rows get
    // the empty description cell the source leaves out.
    let at = SOURCE.find("Customer self-managed").unwrap();
    for line in &lines[2..14] {
        assert!(SOURCE[at..].contains(line), "{line}");
    }
    assert_eq!(
        lines[17],
        "| Integration logs |  | Customer | Customer | Customer | Customer |"
    );
}

#[test]
fn csv_export_follows_the_filtered_view_and_reads_back_to_the_same_cells() {
    let catalog = builtin();
    let model = &catalog.models[0];
    let filter = Filter {
        party: catalog.find_party("customer"),
        roles: RoleSet::EMPTY.with(catalog.find_role("r").unwrap()),
        query: String::new(),
    };
    let tasks = filter.visible_tasks(catalog, model);
    let columns = filter.columns(catalog);
    let csv = View {
        catalog,
        model,
        tasks: &tasks,
        columns: &columns,
    }
    .csv();
    let rows: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(rows[0], "Task,Task description,Responsible");
    assert_eq!(rows.len(), 8);
    assert_eq!(
        rows[1],
        "Network management,\"Obtain customer backend CIDR for VPN/peering, check end-to-end connectivity\",WSO2/Customer"
    );
    // The last field of each row parses with the data notation to the model's cell.
    for (line, &i) in rows[1..].iter().zip(&tasks) {
        let cell = line.rsplit(',').next().unwrap();
        let parsed: Vec<_> = parse_cell(cell)
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        let names: Vec<_> = model.tasks[i].cells[0]
            .iter()
            .map(|a| catalog.party(a.party).name.clone())
            .collect();
        assert_eq!(parsed, names);
    }
}

#[test]
fn json_export_is_the_data_format_and_round_trips() {
    let catalog = builtin();
    let data: serde_json::Value =
        serde_json::from_str(include_str!("../data/management-models.json")).unwrap();
    for (m, model) in catalog.models.iter().enumerate() {
        let (tasks, _) = full_view(m);
        let exported: serde_json::Value =
            serde_json::from_str(&model_json(catalog, model, &tasks)).unwrap();
        let mut expected = data.clone();
        expected["models"] = serde_json::Value::Array(vec![data["models"][m].clone()]);
        assert_eq!(exported, expected, "{}", model.id);
    }
    // A filtered export keeps only the shown tasks.
    let json = model_json(catalog, &catalog.models[0], &[2, 7]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["models"][0]["tasks"].as_array().unwrap().len(), 2);
    assert_eq!(
        value["models"][0]["tasks"][1]["task"],
        "DNS management for platform system"
    );
}

#[test]
fn json_strings_escape_quotes_backslashes_and_control_characters() {
    let mut out = String::new();
    raci_widget::model::write::json::string(&mut out, "a\"b\\c\nd\u{1}é");
    assert_eq!(out, r#""a\"b\\c\nd\u0001é""#);
    let back: String = serde_json::from_str(&out).unwrap();
    assert_eq!(back, "a\"b\\c\nd\u{1}é");
}
