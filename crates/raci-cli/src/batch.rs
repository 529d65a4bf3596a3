//! `raci render --batch`: every fence of a docs build in one process. A build-time plugin
//! starts it once and writes one request per line on stdin; each is answered by one line on
//! stdout, in order, flushed at once (public contract, README "Command line"):
//!
//!   → {"text": "…", "name": "teams.csv", "options": [["view", "parties"]], "stylesheet": "…"}
//!   ← {"html": "<raci-matrix …>…</raci-matrix>\n", "problems": [{"level": "warning", "message": "…"}]}
//! (a problem the reader placed in the text also has "line" and "column", from 1)
//!
//! `name` (optional) is what the CSV reader titles a table by (a file's name); `options` are
//! the fence's, in order; `stylesheet` (optional) renders the first view linked to it. On
//! errors `html` is null and `problems` holds them, in the reader's words. A line that is not
//! such a request is answered the same way, and the batch goes on.

use std::io::{BufRead, Write};

use raci_widget::fence::{render, Request};
use raci_widget::model::Problem;
use serde_json::{json, Map, Value};

/// Answers every request line on stdin; exit code 0 (problems are answers, not failures).
pub fn run() -> Result<i32, String> {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (index, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(|e| format!("stdin: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let answer = answer(&line).unwrap_or_else(|message| {
            let at = format!("request line {}", index + 1);
            failed(&[Problem::error(at, message)])
        });
        writeln!(out, "{answer}")
            .and_then(|()| out.flush())
            .map_err(|e| format!("stdout: {e}"))?;
    }
    Ok(0)
}

/// One request line's answer, or why the line is not a request.
pub fn answer(line: &str) -> Result<Value, String> {
    let request: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let request = request.as_object().ok_or("expected a JSON object")?;
    let text = string(request, "text")?.ok_or("\"text\" is missing")?;
    let name = string(request, "name")?.unwrap_or("-");
    let stylesheet = string(request, "stylesheet")?;
    let options = options(request.get("options"))?;
    let rendered = render(&Request {
        text,
        name,
        options: &options,
        stylesheet,
    });
    Ok(match rendered {
        Ok(rendered) => json!({ "html": rendered.html, "problems": listed(&rendered.warnings) }),
        Err(problems) => failed(&problems),
    })
}

fn failed(problems: &[Problem]) -> Value {
    json!({ "html": Value::Null, "problems": listed(problems) })
}

fn listed(problems: &[Problem]) -> Value {
    let level = |p: &Problem| if p.is_error() { "error" } else { "warning" };
    problems
        .iter()
        .map(|p| match p.pos {
            // Where in the text the reader placed it (from 1; the column in characters).
            Some(pos) => json!({ "level": level(p), "message": p.to_string(),
                                 "line": pos.line, "column": pos.column }),
            None => json!({ "level": level(p), "message": p.to_string() }),
        })
        .collect()
}

fn string<'a>(request: &'a Map<String, Value>, key: &str) -> Result<Option<&'a str>, String> {
    match request.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(format!("\"{key}\" must be a string")),
    }
}

/// `[["key", "value"], …]`, kept in order (a later duplicate wins, as in the fence header).
fn options(value: Option<&Value>) -> Result<Vec<(String, String)>, String> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Ok(Vec::new());
    };
    let bad = || "\"options\" must be a list of [key, value] pairs of strings".to_string();
    let pairs = value.as_array().ok_or_else(bad)?;
    pairs
        .iter()
        .map(|pair| match pair.as_array().map(Vec::as_slice) {
            Some([Value::String(k), Value::String(v)]) => Ok((k.clone(), v.clone())),
            _ => Err(bad()),
        })
        .collect()
}
