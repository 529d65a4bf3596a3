//! The `<raci-matrix>` custom element's Rust half. `web/raci-widget.js` defines the element
//! (a class must extend `HTMLElement`, which only JS can do), finds the element's data and
//! hands it over to [`RaciMatrix`] already read: a fence's build-time data as the build wrote
//! it, or data that come at run time (the `data` property, `src`, a raw-source `<script>`, the
//! tables inside it) as the run-time reader's module answered for them (the same payload,
//! `write::payload`). This module holds no reader of text: only the payload's decoder. It
//! mounts the widget into the element's shadow root.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue, Callback, Renderer};

use crate::components::{builtin_catalog, AppProps, Status, Widget, WidgetProps};
use crate::model::read::payload::read_payload;
use crate::model::views::url_query::{action_for_key, decode_pairs, switch_is_on, KEYS};
use crate::model::{Catalog, Problem, Severity, ViewState};
use crate::page_url;
use crate::state::HostLink;

const ERROR_TEXT: &str =
    "This RACI table stopped working because of an internal error. Reload the page to try again.";

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    /// Mount points of live instances, to show the error text if the wasm side panics.
    static MOUNTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
    /// The widget's stylesheet (raci-widget.css, fetched by the page script beside the wasm
    /// rather than shipped inside it), one constructed sheet adopted by every shadow root: host
    /// styles cannot reach in, ours cannot leak out, and a constructed sheet is allowed under a
    /// strict `style-src 'self'` CSP (a `<style>` element is not).
    static SHEET: RefCell<Styles> = const { RefCell::new(Styles::None) };
}

enum Styles {
    None,
    Sheet(CssStyleSheet),
    /// Browsers without constructable stylesheets: a `<style>` element per root.
    Text(String),
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
    app: Option<AppHandle<Widget>>,
    id_prefix: String,
    link: HostLink,
    catalog: Rc<Catalog>,
    status: Status,
    generation: u32,
}

#[wasm_bindgen]
impl RaciMatrix {
    /// The widget's stylesheet text, given once by the page script before any element mounts.
    #[wasm_bindgen(js_name = useStyles)]
    pub fn use_styles(css: &str) {
        let styles = match CssStyleSheet::new() {
            Ok(sheet) if sheet.replace_sync(css).is_ok() => Styles::Sheet(sheet),
            _ => Styles::Text(css.to_string()),
        };
        SHEET.with(|s| *s.borrow_mut() = styles);
    }

    /// Takes `host` over: its shadow root (prerendered markup included) is replaced by the
    /// live widget, whose state comes from the attributes (and, with `sync-url`, from the page
    /// URL, which wins). The page script calls one of the `show…`/`read…` methods at once, in
    /// the same task, so no frame shows the empty root.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement) -> Result<RaciMatrix, JsValue> {
        let root = shadow_root(&host)?;
        root.set_inner_html("");
        adopt_styles(&root)?;
        let mount = gloo::utils::document().create_element("div")?;
        root.append_child(&mount)?;
        MOUNTS.with(|m| m.borrow_mut().push(mount.clone()));
        let id = NEXT_ID.with(|n| n.replace(n.get() + 1));
        Ok(RaciMatrix {
            host,
            mount,
            app: None,
            id_prefix: format!("raci-{id}"),
            link: HostLink::default(),
            catalog: builtin_catalog(),
            status: Status::Loading {
                url: AttrValue::default(),
            },
            generation: 0,
        })
    }

    /// The built-in matrices (the element has no data of its own).
    #[wasm_bindgen(js_name = showBuiltin)]
    pub fn show_builtin(&mut self) {
        self.status = self.ready(builtin_catalog(), Vec::new());
        self.render();
    }

    /// The loading note while `url` (the element's `src`) is fetched.
    #[wasm_bindgen(js_name = showLoading)]
    pub fn show_loading(&mut self, url: &str) {
        self.status = Status::Loading {
            url: AttrValue::from(url.to_string()),
        };
        self.render();
    }

    /// Data that could not be had: `label` says where from, `message` why; `retry` offers a
    /// Retry button (a fetched file may be fixed meanwhile).
    #[wasm_bindgen(js_name = showFailure)]
    pub fn show_failure(&mut self, label: &str, message: &str, retry: bool) {
        let problems = vec![Problem::error("", message)];
        self.status = self.failed(AttrValue::from(label.to_string()), problems, retry);
        self.render();
    }

    /// Data already read, by the build (a fence's build-time data, inside the element) or by
    /// the run-time reader's module: a catalog with its warnings, or the problems that stop
    /// it. `label` says where the data came from; `retry` offers a Retry button (a fetched file
    /// may be fixed meanwhile).
    #[wasm_bindgen(js_name = showPayload)]
    pub fn show_payload(&mut self, payload: &str, label: &str, retry: bool) {
        self.status = match read_payload(payload) {
            Ok(loaded) => {
                log_problems(label, &loaded.warnings);
                self.ready(Rc::new(loaded.catalog), loaded.warnings)
            }
            Err(problems) => self.failed(AttrValue::from(label.to_string()), problems, retry),
        };
        self.render();
    }

    /// Called by the element for every observed attribute change (`value` null when removed).
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self, name: &str, value: Option<String>) {
        if !matches!(self.status, Status::Ready { .. }) {
            return;
        }
        match action_for_key(&self.catalog, name, value.as_deref()) {
            Some(action) => self.link.send(action),
            None => {
                // sync-url, show-intro: rebuild the props, keep the reader's state.
                let app = self.app_props(None);
                if let Status::Ready { app: current, .. } = &mut self.status {
                    *current = Rc::new(app);
                }
                self.render();
            }
        }
    }
}

impl RaciMatrix {
    fn ready(&mut self, catalog: Rc<Catalog>, warnings: Vec<Problem>) -> Status {
        self.catalog = catalog;
        self.generation = self.generation.wrapping_add(1);
        let mut app = self.app_props(Some(self.initial_state()));
        app.warnings = Rc::new(warnings);
        Status::Ready {
            app: Rc::new(app),
            generation: self.generation,
        }
    }

    fn failed(&self, source: AttrValue, problems: Vec<Problem>, retry: bool) -> Status {
        log_problems(&source, &problems);
        Status::Failed {
            source,
            problems: Rc::new(problems),
            retry,
        }
    }

    fn render(&mut self) {
        let (host, shown_host) = (self.host.clone(), self.host.clone());
        let props = WidgetProps {
            status: self.status.clone(),
            // The page script fetches again (it owns `src`).
            on_retry: Callback::from(move |_| {
                if let Ok(event) = web_sys::Event::new("raci-retry") {
                    let _ = host.dispatch_event(&event);
                }
            }),
            on_shown: Callback::from(move |matrix: bool| announce_shown(&shown_host, matrix)),
        };
        match self.app.as_mut() {
            Some(app) => app.update(props),
            None => {
                self.app = Some(
                    Renderer::<Widget>::with_root_and_props(self.mount.clone(), props).render(),
                )
            }
        }
    }

    fn initial_state(&self) -> ViewState {
        let mut pairs: Vec<(String, String)> = KEYS
            .iter()
            .filter_map(|key| self.host.get_attribute(key).map(|v| (key.to_string(), v)))
            .collect();
        if self.host.has_attribute("sync-url") {
            pairs.extend(decode_pairs(&page_url::search()));
        }
        ViewState::from_pairs(
            &self.catalog,
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        )
    }

    fn app_props(&self, initial: Option<ViewState>) -> AppProps {
        let warnings = match &self.status {
            Status::Ready { app, .. } => app.warnings.clone(),
            _ => Rc::default(),
        };
        AppProps {
            catalog: self.catalog.clone(),
            warnings,
            initial: initial.unwrap_or_default(),
            sync_url: is_on(self.host.get_attribute("sync-url")),
            show_catalog_intro: is_on(self.host.get_attribute("show-intro")),
            id_prefix: self.id_prefix.clone().into(),
            link: Some(self.link.clone()),
        }
    }
}

/// A boolean attribute: absent is off, present is on unless it says off (the model's rule,
/// [`switch_is_on`], the same for a fence and the URL).
fn is_on(value: Option<String>) -> bool {
    value.is_some_and(|v| switch_is_on(&v))
}

/// The public readiness signal (README "Scripting the element"): a `raci-ready` event on the
/// element, `detail.state` `"ready"` (a matrix) or `"failed"` (its problems are shown).
fn announce_shown(host: &HtmlElement, matrix: bool) {
    let detail = js_sys::Object::new();
    let state = if matrix { "ready" } else { "failed" };
    let _ = js_sys::Reflect::set(&detail, &"state".into(), &state.into());
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("raci-ready", &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// The same messages the widget shows, in the console for the author.
fn log_problems(source: &str, problems: &[Problem]) {
    for p in problems {
        let line = JsValue::from(format!("raci-widget: {source}: {p}"));
        match p.severity {
            Severity::Error => web_sys::console::error_1(&line),
            Severity::Warning => web_sys::console::warn_1(&line),
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

/// Gives the root the shared constructed stylesheet; browsers without constructable sheets
/// get a `<style>` element instead (blocked by a strict CSP, but those browsers are old).
fn adopt_styles(root: &ShadowRoot) -> Result<(), JsValue> {
    SHEET.with(|styles| match &*styles.borrow() {
        Styles::Sheet(sheet) => js_sys::Reflect::set(
            root,
            &"adoptedStyleSheets".into(),
            &js_sys::Array::of1(sheet),
        )
        .map(|_| ()),
        Styles::Text(css) => {
            let style = gloo::utils::document().create_element("style")?;
            style.set_text_content(Some(css));
            root.append_child(&style).map(|_| ())
        }
        Styles::None => Ok(()),
    })
}
