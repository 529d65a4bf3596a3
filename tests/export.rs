//! Text exports of the matrix.
#![cfg(not(target_arch = "wasm32"))]

use raci_widget::model::builtin;
use raci_widget::model::export::{cell_text, escape_into, html_table};

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
    assert_eq!(cell_text(catalog, model.tasks[8].cells[2]), "—");
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
