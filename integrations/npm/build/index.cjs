'use strict';
// raci-widget/build: the widget's own reader and prerenderer, compiled to WebAssembly for Node
// (crates/raci-node), for build-time hosts: docs plugins, CI checks. No Rust toolchain needed,
// no native binary: the same reader the widget runs in the browser and `raci` natively.
const core = require('./raci_node.cjs');

/** Thrown by render() when the fence cannot be shown; `problems` holds each one. */
class RaciError extends Error {
  constructor(name, problems, at) {
    super(problems.map((p) => `${placed(name, p, at)}: ${p.severity}: ${p.text}`).join('\n'));
    this.name = 'RaciError';
    this.source = name;
    this.problems = problems;
  }
}

/**
 * Where a problem is, as the author finds it: with `at` (where the text's first line starts in
 * the page: { path, line, column }) a problem the reader placed in the text is named by the
 * page's own line and column; any other by `name`.
 */
function placed(name, problem, at) {
  if (!at || !problem.line) return name;
  const line = Number(at.line ?? 1) + problem.line - 1;
  const column = Number(at.column ?? 1) + problem.column - 1;
  return `${at.path ?? name}:${line}:${column}`;
}

/** `raci check` on one file's text; `name` (a path) names it and tells its format by extension. */
function check(text, name = '-') {
  return core.check(String(text), String(name));
}

/** `raci check --builtin`. */
function checkBuiltin() {
  return core.checkBuiltin();
}

/** { key: value } or [[key, value], …] as the flat pairs the module takes; `true` is a bare option. */
function flatOptions(options) {
  const pairs = Array.isArray(options) ? options : Object.entries(options ?? {});
  const flat = [];
  for (const [key, value] of pairs) {
    if (value === false || value === null || value === undefined) continue;
    flat.push(String(key), value === true ? '' : String(value));
  }
  return flat;
}

/**
 * A fence body (or a file's text) as the page's <raci-matrix>: the fallback tables, and with
 * `stylesheet` (the URL of raci-widget.css as the page reaches it) the prerendered first view.
 * Resolves to { html, warnings }; rejects with a RaciError in the reader's words.
 */
async function render(text, { name = 'raci fence', options = {}, stylesheet, at } = {}) {
  try {
    return await core.render(String(text), String(name), flatOptions(options), stylesheet ?? undefined);
  } catch (error) {
    if (error && Array.isArray(error.problems)) throw new RaciError(String(name), error.problems, at);
    throw error;
  }
}

/** The attribute vocabulary, from the model (`model::attributes`): { state, reading, elementOnly, fenceOnly, element, fence }. */
const vocabulary = JSON.parse(core.vocabulary());
const attributes = Object.freeze({
  ...vocabulary,
  element: [...vocabulary.state, ...vocabulary.reading, ...vocabulary.elementOnly],
  fence: [...vocabulary.state, ...vocabulary.reading, ...vocabulary.elementOnly, ...vocabulary.fenceOnly],
});

module.exports = { check, checkBuiltin, render, attributes, RaciError };
