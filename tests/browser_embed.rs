//! The embed path in a real browser: each host element gets its own shadow root and state;
//! attribute changes apply on top of what the reader did; dropping unmounts.
#![cfg(target_arch = "wasm32")]

use raci_widget::embed::RaciMatrix;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn host(attributes: &[(&str, &str)]) -> HtmlElement {
    let document = gloo::utils::document();
    let el: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    for (k, v) in attributes {
        el.set_attribute(k, v).unwrap();
    }
    document.body().unwrap().append_child(&el).unwrap();
    el
}

fn shadow(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root().expect("a shadow root")
}

fn texts(root: &ShadowRoot, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .text_content()
                .unwrap()
                .trim()
                .to_string()
        })
        .collect()
}

fn click(root: &ShadowRoot, selector: &str) {
    let el: HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    el.click();
}

#[wasm_bindgen_test]
async fn attributes_set_the_initial_view_inside_a_shadow_root_with_its_styles() {
    let el = host(&[
        ("model", "customer-self-managed"),
        ("party", "customer"),
        ("role", "r,a"),
        ("q", "dns"),
    ]);
    let _widget = RaciMatrix::new(el.clone()).unwrap();
    yew::scheduler::flush().await;
    let root = shadow(&el);
    assert_eq!(
        texts(&root, "tbody th"),
        ["DNS management for platform system"]
    );
    assert_eq!(texts(&root, ".raci-count"), ["1 of 16 tasks"]);
    assert!(texts(&root, "style")[0].contains("--raci-party-0-bg"));
    // Nothing of the widget is in the page's own DOM.
    assert!(el.query_selector("table").unwrap().is_none());
    el.remove();
}

#[wasm_bindgen_test]
async fn a_changed_attribute_applies_and_keeps_the_readers_other_choices() {
    let el = host(&[("model", "customer-self-managed")]);
    let mut widget = RaciMatrix::new(el.clone()).unwrap();
    yew::scheduler::flush().await;
    let root = shadow(&el);
    click(&root, "[data-party=wso2]");
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, ".raci-count"), ["12 of 16 tasks"]);

    widget.attribute_changed("role", Some("r".into()));
    yew::scheduler::flush().await;
    assert_eq!(
        texts(&root, "tbody th"),
        ["Platform system security monitoring"]
    );

    widget.attribute_changed("model", Some("wso2-managed-wso2-subscription".into()));
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, ".raci-count"), ["12 of 16 tasks"]);
    widget.attribute_changed("party", None);
    widget.attribute_changed("role", Some("nonsense".into()));
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, ".raci-count"), ["16 of 16 tasks"]);
    el.remove();
}

#[wasm_bindgen_test]
async fn two_instances_keep_their_own_state_and_ids() {
    let a = host(&[]);
    let b = host(&[]);
    let _wa = RaciMatrix::new(a.clone()).unwrap();
    let _wb = RaciMatrix::new(b.clone()).unwrap();
    yew::scheduler::flush().await;
    click(&shadow(&a), "[data-party=customer]");
    yew::scheduler::flush().await;
    assert_eq!(texts(&shadow(&a), ".raci-count"), ["14 of 16 tasks"]);
    assert_eq!(texts(&shadow(&b), ".raci-count"), ["16 of 16 tasks"]);
    let id = |root: ShadowRoot| root.query_selector("input").unwrap().unwrap().id();
    assert_ne!(id(shadow(&a)), id(shadow(&b)));
    a.remove();
    b.remove();
}

#[wasm_bindgen_test]
async fn dropping_the_handle_unmounts_and_a_new_one_mounts_again() {
    let el = host(&[]);
    let widget = RaciMatrix::new(el.clone()).unwrap();
    yew::scheduler::flush().await;
    drop(widget);
    yew::scheduler::flush().await;
    assert!(texts(&shadow(&el), "tbody th").is_empty());
    let _again = RaciMatrix::new(el.clone()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(texts(&shadow(&el), "tbody th").len(), 16);
    assert_eq!(
        texts(&shadow(&el), "style").len(),
        1,
        "no second stylesheet"
    );
    el.remove();
}
