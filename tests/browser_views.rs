//! The reader's views in a real browser: party grid, compare, summary, checks.
#![cfg(target_arch = "wasm32")]

mod support;

use support::Widget;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_party_view_shows_letters_per_party_and_follows_the_filters() {
    let w = Widget::mount("?model=customer-self-managed").await;
    w.click("[data-view=parties]").await;
    assert_eq!(w.columns(), ["Task", "Description", "WSO2", "Customer"]);
    // Letters for the eye, role names for screen readers, "if required" in words.
    assert_eq!(
        w.row_cells("Kubernetes cluster management")[1..],
        [
            "CConsultedIInformed (if required)",
            "RResponsibleAAccountable"
        ]
    );
    w.click("button[data-role=i]").await;
    assert_eq!(
        w.row_cells("Kubernetes cluster management")[1..],
        ["IInformed (if required)", "nobody"]
    );
    w.click("button[data-party=wso2]").await;
    assert_eq!(w.count(), "6 of 16 tasks");
}

#[wasm_bindgen_test]
async fn compare_marks_all_43_differing_cells_and_says_what_changes() {
    let w = Widget::mount("?model=customer-self-managed&view=compare").await;
    assert_eq!(w.all_text("tr.is-different").len(), 43);
    let changes = w.all_text(".raci-changes summary");
    assert!(changes.contains(&"Customer becomes Responsible for 9 more tasks".to_string()));
    assert!(changes.contains(&"WSO2 is no longer Accountable for 11 tasks".to_string()));
    assert!(w
        .find(".raci-changes")
        .text_content()
        .unwrap()
        .contains("42 cells change."));
    // The party filter keeps tasks where the party takes part in any model.
    w.click("button[data-party=wso2]").await;
    assert_eq!(w.all_text("tbody th[scope=rowgroup]").len(), 12);
}

#[wasm_bindgen_test]
async fn the_summary_counts_roles_and_lists_what_the_party_owns() {
    let w = Widget::mount("?view=summary&party=customer").await;
    assert_eq!(
        w.all_text(".raci-summary__counts dd"),
        ["7 of 16", "7 of 16", "10 of 16", "14 of 16"]
    );
    assert_eq!(w.all_text(".raci-checklist li").len(), 7);
    w.click("button[data-party=any]").await;
    assert_eq!(w.all_text(".raci-summary__party").len(), 2);
}

#[wasm_bindgen_test]
async fn checks_add_notes_without_hiding_anything() {
    let w = Widget::mount("").await;
    assert!(w.all_text(".raci-note").is_empty());
    w.click("[data-checks]").await;
    assert!(w.pressed("[data-checks]"));
    assert_eq!(w.all_text(".raci-note").len(), 15);
    assert_eq!(w.count(), "16 of 16 tasks");
    let network = w.row_cells("Network management");
    assert!(network[2].contains("Shared accountability"), "{network:?}");
}
