//! A small page object for the browser tests: mount the widget, act as a reader, read back
//! what a reader sees.

// Each test crate uses a different part of this helper.
#![allow(dead_code)]

use raci_widget::components::{App, AppProps};
use raci_widget::model::{builtin, ViewState};
use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit,
};

pub struct Widget {
    pub root: Element,
}

impl Widget {
    /// Mounts a fresh widget whose state starts from a URL-style query.
    pub async fn mount(query: &str) -> Widget {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let props = AppProps {
            catalog: raci_widget::components::builtin_catalog(),
            warnings: Default::default(),
            initial: ViewState::from_query(builtin(), query),
            sync_url: false,
            show_catalog_intro: false,
            id_prefix: "t".into(),
            link: None,
        };
        yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        Widget { root }
    }

    pub fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    pub fn all_text(&self, selector: &str) -> Vec<String> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.text_content().unwrap_or_default().trim().to_string())
            .collect()
    }

    pub async fn click(&self, selector: &str) {
        self.find(selector)
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        yew::scheduler::flush().await;
    }

    pub async fn type_search(&self, text: &str) {
        let input: HtmlInputElement = self.find("input[type=search]").dyn_into().unwrap();
        input.set_value(text);
        let init = EventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
        yew::scheduler::flush().await;
    }

    pub async fn press_in_search(&self, key: &str) {
        let input = self.find("input[type=search]");
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        input.dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    pub fn search_value(&self) -> String {
        self.find("input[type=search]")
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .value()
    }

    /// Task names of the rows shown, in order.
    pub fn rows(&self) -> Vec<String> {
        self.all_text("tbody th[scope=row]")
    }

    /// Header texts of the table's columns.
    pub fn columns(&self) -> Vec<String> {
        self.all_text("thead th")
    }

    /// The text of every cell of the row named `task`, after the task name.
    pub fn row_cells(&self, task: &str) -> Vec<String> {
        let rows = self.root.query_selector_all("tbody tr").unwrap();
        for i in 0..rows.length() {
            let row: Element = rows.item(i).unwrap().dyn_into().unwrap();
            let name = row
                .query_selector("th")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap();
            if name.trim() == task {
                let cells = row.query_selector_all("td").unwrap();
                return (0..cells.length())
                    .map(|j| {
                        cells
                            .item(j)
                            .unwrap()
                            .text_content()
                            .unwrap()
                            .trim()
                            .to_string()
                    })
                    .collect();
            }
        }
        panic!("no row named {task}");
    }

    pub fn count(&self) -> String {
        self.find(".raci-count").text_content().unwrap()
    }

    pub fn pressed(&self, selector: &str) -> bool {
        self.find(selector).get_attribute("aria-pressed").as_deref() == Some("true")
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        self.root.remove();
    }
}
