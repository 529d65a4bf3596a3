//! The widget in a real browser: mount it, click and type as a reader does, check what shows.
#![cfg(target_arch = "wasm32")]

mod support;

use support::Widget;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn shows_the_first_model_with_all_16_tasks_in_the_source_layout() {
    let w = Widget::mount("").await;
    assert_eq!(w.rows().len(), 16);
    assert_eq!(w.count(), "16 of 16 tasks");
    assert_eq!(
        w.columns(),
        [
            "Task",
            "Description",
            "RResponsible",
            "AAccountable",
            "CConsulted",
            "IInformed"
        ]
    );
    assert!(w.pressed("[data-model=wso2-managed-wso2-subscription]"));
    assert_eq!(
        w.row_cells("Subscription prerequisites")[1..],
        [
            "WSO2",
            "WSO2",
            "Customer (if required)",
            "Customer (if required)"
        ]
    );
    // Joint cells show both parties; empty cells the word "nobody", shown as a dash (CSS).
    assert_eq!(w.row_cells("Network management")[1], "WSO2 and Customer");
    assert_eq!(
        w.row_cells("Platform system components deployment")[3..],
        ["nobody", "nobody"]
    );
    assert_eq!(w.all_text("tbody .raci-chip.is-if-required").len(), 5);
}

#[wasm_bindgen_test]
async fn switching_model_shows_that_models_cells() {
    let w = Widget::mount("").await;
    w.click("[data-model=customer-self-managed]").await;
    assert!(w.pressed("[data-model=customer-self-managed]"));
    assert!(!w.pressed("[data-model=wso2-managed-wso2-subscription]"));
    assert_eq!(
        w.find(".raci-model-intro__title").text_content().unwrap(),
        "Customer self-managed (WSO2 provides installation script and updates)"
    );
    assert_eq!(
        w.row_cells("Kubernetes cluster management")[1..],
        ["Customer", "Customer", "WSO2", "WSO2 (if required)"]
    );
}

#[wasm_bindgen_test]
async fn party_and_role_filters_combine_and_emphasise_matching_chips() {
    let w = Widget::mount("").await;
    w.click("[data-party=customer]").await;
    assert_eq!(w.count(), "14 of 16 tasks");
    assert!(!w
        .rows()
        .contains(&"Remote access for installation".to_string()));
    assert!(w
        .all_text(".raci-chip.is-match")
        .iter()
        .all(|t| t.starts_with("Customer")));
    assert!(w
        .all_text(".raci-chip.is-dim")
        .iter()
        .all(|t| t.starts_with("WSO2")));

    w.click("[data-role=r]").await;
    assert!(w.pressed("[data-role=r]"));
    assert_eq!(w.count(), "7 of 16 tasks");
    assert_eq!(w.columns(), ["Task", "Description", "RResponsible"]);

    w.click("[data-party=any]").await;
    assert_eq!(w.count(), "16 of 16 tasks", "roles alone keep every task");
    assert_eq!(w.columns().len(), 3);
    assert!(w.all_text(".raci-chip.is-dim").is_empty());
}

#[wasm_bindgen_test]
async fn text_search_filters_and_marks_matches_and_escape_clears_it() {
    let w = Widget::mount("?model=customer-self-managed").await;
    w.type_search("monitoring").await;
    assert_eq!(w.count(), "4 of 16 tasks");
    assert_eq!(w.all_text("mark").len(), 5);
    w.press_in_search("Escape").await;
    assert_eq!(w.search_value(), "");
    assert_eq!(w.count(), "16 of 16 tasks");
}

#[wasm_bindgen_test]
async fn an_empty_result_says_so_and_clear_filters_restores_everything() {
    let w = Widget::mount("?party=wso2&q=integration").await;
    assert_eq!(w.count(), "0 of 16 tasks");
    assert!(w.rows().is_empty());
    assert!(w
        .find(".raci-no-result")
        .text_content()
        .unwrap()
        .contains("No tasks match"));
    w.click(".raci-no-result button").await;
    assert_eq!(w.count(), "16 of 16 tasks");
    assert!(w.pressed("[data-party=any]"));
    assert_eq!(w.search_value(), "");
}

#[wasm_bindgen_test]
async fn the_url_query_vocabulary_sets_the_initial_view_and_bad_values_are_ignored() {
    let w = Widget::mount("?model=customer-self-managed&party=wso2&role=r&q=security").await;
    assert!(w.pressed("[data-model=customer-self-managed]"));
    assert!(w.pressed("[data-party=wso2]"));
    assert_eq!(w.search_value(), "security");
    assert_eq!(w.rows(), ["Platform system security monitoring"]);

    let w = Widget::mount("?model=bogus&party=%3Cscript%3E&role=zz&q=").await;
    assert!(w.pressed("[data-model=wso2-managed-wso2-subscription]"));
    assert!(w.pressed("[data-party=any]"));
    assert_eq!(w.count(), "16 of 16 tasks");
}
