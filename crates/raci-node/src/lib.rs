//! The widget's build-time half for Node (`wasm-bindgen --target nodejs`): what the JS docs
//! plugins call for each ```raci fence. No reading of its own: `check` is the `raci check`
//! report (`raci_widget::check`), `render` is `raci_widget::fence::render_async`, the one
//! renderer every build-time host runs. Only strings and plain objects cross into JS; the
//! npm package's `build/index.cjs` wraps these in the documented API.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use raci_widget::check::{check_text, report, Report};
use raci_widget::fence::{render_async, Request};
use raci_widget::model::views::attributes::vocabulary_json;
use raci_widget::model::{builtin, Loaded, Problem};

/// `raci check` on one file's text: `{ ok, stdout, stderr, problems, summary }`.
#[wasm_bindgen]
pub fn check(text: &str, name: &str) -> JsValue {
    report_object(&check_text(text, name))
}

/// `raci check --builtin`: the built-in catalog's report.
#[wasm_bindgen(js_name = checkBuiltin)]
pub fn check_builtin() -> JsValue {
    let loaded = Loaded {
        catalog: builtin().clone(),
        warnings: Vec::new(),
    };
    report_object(&report("--builtin", Ok(loaded)))
}

/// A fence as the page's `<raci-matrix>`: resolves to `{ html, warnings }`, rejects with
/// `{ problems }`. `options` are flat pairs (`[key, value, key, value, …]`) as written.
#[wasm_bindgen]
pub async fn render(
    text: String,
    name: String,
    options: Vec<String>,
    stylesheet: Option<String>,
) -> Result<JsValue, JsValue> {
    let pairs: Vec<(String, String)> = options
        .chunks(2)
        .map(|pair| match pair {
            [key, value] => (key.clone(), value.clone()),
            [key] => (key.clone(), String::new()),
            _ => (String::new(), String::new()),
        })
        .collect();
    let request = Request {
        text: &text,
        name: &name,
        options: &pairs,
        stylesheet: stylesheet.as_deref(),
    };
    match render_async(&request).await {
        Ok(rendered) => {
            let out = Object::new();
            set(&out, "html", &rendered.html.into());
            set(&out, "warnings", &problems_array(&rendered.warnings));
            Ok(out.into())
        }
        Err(problems) => {
            let out = Object::new();
            set(&out, "problems", &problems_array(&problems));
            Err(out.into())
        }
    }
}

/// The attribute vocabulary (`model::views::attributes`) as JSON: `{ state, elementOnly, fenceOnly }`.
#[wasm_bindgen]
pub fn vocabulary() -> String {
    vocabulary_json()
}

fn report_object(report: &Report) -> JsValue {
    let out = Object::new();
    set(&out, "ok", &JsValue::from_bool(!report.failed()));
    set(&out, "stdout", &strings(&report.stdout));
    set(&out, "stderr", &strings(&report.stderr));
    set(&out, "problems", &problems_array(&report.problems));
    let summary = match report.summary {
        Some([models, tasks, parties, roles]) => {
            let s = Object::new();
            for (key, n) in [
                ("models", models),
                ("tasks", tasks),
                ("parties", parties),
                ("roles", roles),
            ] {
                set(&s, key, &JsValue::from_f64(n as f64));
            }
            s.into()
        }
        None => JsValue::NULL,
    };
    set(&out, "summary", &summary);
    out.into()
}

/// `[{ severity: 'error' | 'warning', at, message, text }]`; `text` is `at: message`.
fn problems_array(problems: &[Problem]) -> JsValue {
    let list = Array::new();
    for p in problems {
        let o = Object::new();
        let severity = if p.is_error() { "error" } else { "warning" };
        set(&o, "severity", &severity.into());
        set(&o, "at", &p.at.as_str().into());
        set(&o, "message", &p.message.as_str().into());
        set(&o, "text", &p.to_string().into());
        // Where in the text (from 1; the column in characters), when the reader knows.
        if let Some(pos) = p.pos {
            set(&o, "line", &pos.line.into());
            set(&o, "column", &pos.column.into());
        }
        list.push(&o);
    }
    list.into()
}

fn strings(lines: &[String]) -> JsValue {
    lines
        .iter()
        .map(|l| JsValue::from_str(l))
        .collect::<Array>()
        .into()
}

fn set(target: &Object, key: &str, value: &JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(target, &key.into(), value);
}
