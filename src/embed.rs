//! The `<raci-matrix>` custom element's Rust half. `web/raci-widget.js` defines the element
//! (a class must extend `HTMLElement`, which only JS can do) and hands each connected element
//! to [`RaciMatrix`], which mounts the Yew app into the element's shadow root.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Renderer};

use crate::components::{App, AppProps};
use crate::model::url_query::{action_for_key, decode_pairs, KEYS};
use crate::model::{builtin, ViewState};
use crate::page_url;
use crate::state::HostLink;

/// The widget's stylesheet, put into every shadow root: host styles cannot reach in, ours
/// cannot leak out.
const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/raci.min.css"));

const ERROR_TEXT: &str =
    "This RACI table stopped working because of an internal error. Reload the page to try again.";

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    /// Mount points of live instances, to show the error text if the wasm side panics.
    static MOUNTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Runs once when the module loads: a panic shows a message in every widget (instead of a
/// silently dead table) and is logged; the host page keeps working.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("raci-widget: {info}").into());
        MOUNTS.with(|mounts| {
            if let Ok(mounts) = mounts.try_borrow() {
                for mount in mounts.iter() {
                    mount.set_text_content(Some(ERROR_TEXT));
                    let _ = mount.set_attribute("role", "alert");
                }
            }
        });
    }));
}

/// One mounted `<raci-matrix>`.
#[wasm_bindgen]
pub struct RaciMatrix {
    host: HtmlElement,
    mount: Element,
    app: Option<AppHandle<App>>,
    id_prefix: String,
    link: HostLink,
}

#[wasm_bindgen]
impl RaciMatrix {
    /// Mounts the widget into `host`'s shadow root, its state taken from the attributes (and,
    /// with `sync-url`, from the page URL, which wins).
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement) -> Result<RaciMatrix, JsValue> {
        let root = shadow_root(&host)?;
        root.set_inner_html("");
        let document = gloo::utils::document();
        let style = document.create_element("style")?;
        style.set_text_content(Some(STYLES));
        let mount = document.create_element("div")?;
        root.append_child(&style)?;
        root.append_child(&mount)?;
        MOUNTS.with(|m| m.borrow_mut().push(mount.clone()));

        let id = NEXT_ID.with(|n| n.replace(n.get() + 1));
        let mut widget = RaciMatrix {
            host,
            mount,
            app: None,
            id_prefix: format!("raci-{id}"),
            link: HostLink::default(),
        };
        let props = widget.props(Some(widget.initial_state()));
        widget.app =
            Some(Renderer::<App>::with_root_and_props(widget.mount.clone(), props).render());
        Ok(widget)
    }

    /// Called by the element for every observed attribute change (`value` null when removed).
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self, name: &str, value: Option<String>) {
        match action_for_key(builtin(), name, value.as_deref()) {
            Some(action) => self.link.send(action),
            None => {
                let props = self.props(None);
                if let Some(app) = self.app.as_mut() {
                    app.update(props);
                }
            }
        }
    }
}

impl RaciMatrix {
    fn initial_state(&self) -> ViewState {
        let mut pairs: Vec<(String, String)> = KEYS
            .iter()
            .filter_map(|key| self.host.get_attribute(key).map(|v| (key.to_string(), v)))
            .collect();
        if self.host.has_attribute("sync-url") {
            pairs.extend(decode_pairs(&page_url::search()));
        }
        ViewState::from_pairs(
            builtin(),
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        )
    }

    fn props(&self, initial: Option<ViewState>) -> AppProps {
        AppProps {
            initial: initial.unwrap_or_default(),
            sync_url: self.host.has_attribute("sync-url"),
            show_catalog_intro: self.host.has_attribute("show-intro"),
            id_prefix: self.id_prefix.clone().into(),
            link: Some(self.link.clone()),
        }
    }
}

impl Drop for RaciMatrix {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        MOUNTS.with(|m| m.borrow_mut().retain(|e| e != &self.mount));
    }
}

/// The element's open shadow root, attached on first use and reused when the element is
/// connected again (SPA navigation, moves).
fn shadow_root(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    match host.shadow_root() {
        Some(root) => Ok(root),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}
