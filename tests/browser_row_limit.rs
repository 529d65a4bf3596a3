//! Large matrices render 50 rows at first; the reader asks for more.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use raci_widget::components::{use_row_limit, FIRST_ROWS};
use raci_widget::model::Shown;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(PartialEq, Properties)]
struct Props {
    shown: Rc<Shown>,
}

#[component]
fn Rows(props: &Props) -> Html {
    let (limit, more) = use_row_limit(&props.shown.tasks);
    html! { <div><output>{ limit }</output>{ more }</div> }
}

fn shown(rows: usize) -> Rc<Shown> {
    Rc::new(Shown {
        model: 0,
        tasks: (0..rows).collect(),
        columns: Vec::new(),
    })
}

#[wasm_bindgen_test]
async fn rows_come_in_pages_and_reset_when_the_rows_change() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let mut app =
        yew::Renderer::<Rows>::with_root_and_props(root.clone(), Props { shown: shown(470) })
            .render();
    yew::scheduler::flush().await;
    let text = |sel: &str| {
        root.query_selector(sel)
            .unwrap()
            .map(|e| e.text_content().unwrap())
    };
    let click = |label: &str| {
        let buttons = root.query_selector_all("button").unwrap();
        for i in 0..buttons.length() {
            let b: HtmlElement = buttons.item(i).unwrap().dyn_into().unwrap();
            if b.text_content().unwrap() == label {
                b.click();
            }
        }
    };
    assert_eq!(text("output").unwrap(), FIRST_ROWS.to_string());
    assert_eq!(
        text(".raci-more").unwrap(),
        "Showing 50 of 470 tasks. Show 50 moreShow all"
    );
    click("Show 50 more");
    yew::scheduler::flush().await;
    assert_eq!(text("output").unwrap(), "100");
    for _ in 0..7 {
        click("Show 50 more");
        yew::scheduler::flush().await;
    }
    assert_eq!(text("output").unwrap(), "450");
    assert_eq!(text(".raci-more button").unwrap(), "Show 20 more");
    click("Show all");
    yew::scheduler::flush().await;
    assert_eq!(text("output").unwrap(), "470");
    assert_eq!(text(".raci-more"), None);
    // Other rows (a new filter): back to the first page.
    app.update(Props { shown: shown(300) });
    yew::scheduler::flush().await;
    assert_eq!(text("output").unwrap(), "50");
    // Few rows: all of them, no controls.
    app.update(Props { shown: shown(16) });
    yew::scheduler::flush().await;
    assert_eq!(text("output").unwrap(), "16");
    assert_eq!(text(".raci-more"), None);
    root.remove();
}
