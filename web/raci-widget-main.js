// raci-widget, the part loaded once a page has a <raci-matrix>: loads the wasm, finds each
// element's data and hands it over, follows the host's theme. Data, in order:
//   1. el.data (a JS object in the data format)   2. src="url" (JSON, Markdown or CSV)
//   3. build-time data: a <template data-raci-catalog="…"> inside it, as the docs plugins
//      write it (the fence was read and checked when the site was built)
//   4. raw source: the first <script> inside it typed text/markdown, text/csv,
//      text/tab-separated-values, application/json or text/plain   5. the <table>s inside it
//   6. the built-in matrices.
// Build-time data and the built-in matrices go straight to the widget's wasm. Data that come
// at run time (1, 2, 4, 5) are read first by the run-time reader, a wasm module of its own
// loaded only then, whose answer is the same build-time data. Everything here only reads; all
// checking is done by the one reader in Rust. (The theme is the loader's: prerendered markup
// needs it before this module loads.)
import init, { RaciMatrix } from './raci-widget-core.js';

// The run-time reader's wasm and the page-table reader, loaded on first need, once per page.
let reader;
const runTimeReader = () =>
  (reader ??= Promise.all([import('./raci-widget-reader.js'), import('./raci-widget-tables.js')]).then(
    async ([wasm, tables]) => {
      await wasm.default();
      return { ...wasm, tablesOf: tables.readTables };
    },
  ));
const BUILT = 'template[data-raci-catalog]';

// The stylesheet is a file beside the wasm (not inside it), fetched at the same time, unless
// the page links it already (a prerendered view): then its rules are read from that sheet
// (same origin), with no second request. Without it the widget still works, unstyled, and
// the console says why.
const CSS = new URL('./raci-widget.css', import.meta.url).href;
const styles = Promise.resolve(linkedRules() ?? fetch(CSS)
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`)))))
  .catch((error) => {
    console.error('raci-widget: could not load raci-widget.css', error);
    return '';
  });

function linkedRules() {
  for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
    if (link.href !== CSS || !link.sheet) continue;
    try {
      const rules = [...link.sheet.cssRules].map((r) => r.cssText);
      if (rules.length) return rules.join('\n');
    } catch {
      // Another origin's sheet cannot be read: fetch it.
    }
  }
  return null;
}
const ready = Promise.all([init(), styles]).then(([, css]) => RaciMatrix.useStyles(css));
const live = new Set();
// Each element's part of the live widget: its wasm half, the observer of its content, the
// fetch in flight, which refresh is the latest, and whether one is scheduled.
const records = new WeakMap();
const recordOf = (el) => {
  let r = records.get(el);
  if (!r) records.set(el, (r = { core: null, content: null, fetch: null, turn: 0, pending: false }));
  return r;
};

/** Called by the loader for each element once this module is loaded, and when it reconnects. */
export function connect(el) {
  const r = recordOf(el);
  live.add(el);
  if (!r.content) {
    // The author's content changing later (a docs engine re-rendering) is followed.
    r.content = new MutationObserver(() => schedule(el));
    el.addEventListener('raci-retry', () => refresh(el));
  }
  r.content.observe(el, { childList: true, subtree: true, characterData: true });
  ready.then(
    () => el.isConnected && !r.core && refresh(el),
    (error) => console.error('raci-widget: could not load its WebAssembly', error),
  );
}

export function disconnect(el) {
  live.delete(el);
  const r = recordOf(el);
  // A moved element reconnects at once; free only what stays detached (SPA page change).
  queueMicrotask(() => {
    if (el.isConnected) return;
    r.content?.disconnect();
    r.fetch?.abort();
    r.core?.free();
    r.core = null;
  });
}

export function attributeChanged(el, name, value) {
  // A new src, or a layout that changes how the tables are read: read again.
  if (name === 'src' || name === 'layout') refresh(el);
  else recordOf(el).core?.attributeChanged(name, value);
}

export function dataChanged(el) {
  if (recordOf(el).core) refresh(el);
}

function schedule(el) {
  const r = recordOf(el);
  if (r.pending || el.data != null || el.getAttribute('src')) return;
  r.pending = true;
  requestAnimationFrame(() => {
    r.pending = false;
    if (r.core) refresh(el);
  });
}

/** Gives the element's wasm half what to show: `show(core)` calls one of its methods. */
function hand(el, show) {
  if (!el.isConnected) return;
  const r = recordOf(el);
  if (r.core) return show(r.core);
  // Taking over prerendered markup: the reader may have focused one of its controls; the same
  // control (by position) keeps the focus in the live widget.
  const focusable = () => [...(el.shadowRoot?.querySelectorAll('button, input, select, summary, [tabindex]') ?? [])];
  const focused = focusable().indexOf(el.shadowRoot?.activeElement);
  r.core = new RaciMatrix(el);
  show(r.core); // in the same task: no frame shows the emptied root
  // Yew renders in a microtask queued by that call; this one runs after it.
  if (focused >= 0) queueMicrotask(() => focusable()[focused]?.focus({ preventScroll: true }));
}

async function refresh(el) {
  const r = recordOf(el);
  const turn = ++r.turn;
  r.fetch?.abort();
  // Run-time data: read by the reader's module, then shown (if this is still the latest turn).
  const readAndShow = async (label, retry, read) => {
    let payload;
    try {
      const reader = await runTimeReader();
      if (turn !== r.turn) return;
      payload = read(reader);
    } catch (error) {
      if (turn !== r.turn) return;
      console.error('raci-widget: the run-time reader failed', error);
      return hand(el, (c) => c.showFailure(label, `it could not be read (${error?.message ?? error})`, retry));
    }
    hand(el, (c) => c.showPayload(payload, label, retry));
  };
  const layout = el.getAttribute('layout') ?? '';
  const data = el.data;
  if (data != null) {
    const label = 'the data property';
    let text;
    try {
      text = JSON.stringify(data); // getters run here: a throwing one is the author's message
    } catch (error) {
      return hand(el, (c) => c.showFailure(label, `it could not be read: ${error?.message ?? error}`, false));
    }
    if (typeof text !== 'string') return hand(el, (c) => c.showFailure(label, 'it holds no JSON data', false));
    return readAndShow(label, false, (reader) => reader.readJson(text));
  }
  const src = el.getAttribute('src');
  if (src) {
    let url;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      return hand(el, (c) => c.showFailure(`src="${src}"`, 'this is not a URL', false));
    }
    hand(el, (c) => c.showLoading(url));
    const control = (r.fetch = new AbortController());
    let response, text;
    try {
      response = await fetch(url, { signal: control.signal });
      text = await response.text();
    } catch (error) {
      if (turn !== r.turn || control.signal.aborted) return;
      return hand(el, (c) => c.showFailure(url, `the request failed (${error?.message ?? error})`, true));
    }
    if (turn !== r.turn) return;
    if (!response.ok) {
      const status = `HTTP ${response.status} ${response.statusText}`.trim();
      return hand(el, (c) => c.showFailure(url, status, true));
    }
    const type = response.headers.get('content-type') ?? '';
    return readAndShow(url, true, (reader) => reader.readFetched(text, url, type, layout));
  }
  const built = el.querySelector(BUILT);
  if (built) return hand(el, (c) => c.showPayload(built.getAttribute('data-raci-catalog'), 'the build-time data', false));
  const script = rawSource(el);
  if (script) {
    const type = script.getAttribute('type');
    const label = `the ${SOURCE_TYPES.get(essence(type))} inside the element`;
    const title = script.dataset.title ?? '';
    return readAndShow(label, false, (reader) => reader.readSource(script.textContent, type, title, layout));
  }
  if (el.querySelector('table')) {
    const label = 'the tables inside the element';
    return readAndShow(label, false, (reader) => reader.readTables(JSON.stringify(reader.tablesOf(el)), layout));
  }
  hand(el, (c) => c.showBuiltin());
}

// Raw source (README "Use your own matrix"): the first script of these types, in document
// order, anywhere inside the element. The wasm reads it (the type names the format).
const SOURCE_TYPES = new Map([
  ['text/markdown', 'Markdown'],
  ['text/csv', 'CSV'],
  ['text/tab-separated-values', 'TSV'],
  ['application/json', 'JSON'],
  ['text/plain', 'text'],
]);
const essence = (type) => (type ?? '').split(';')[0].trim().toLowerCase();
const rawSource = (el) => [...el.querySelectorAll('script[type]')].find((s) => SOURCE_TYPES.has(essence(s.type)));

// A bug that stops the WebAssembly (a trap: size-tuned builds abort on panic without running
// Rust's hook) must not leave dead tables that look alive: say so in every widget. The host
// page keeps working either way.
const MESSAGE =
  'This RACI table stopped working because of an internal error. Reload the page to try again.';
function onTrap(error) {
  if (!(error instanceof WebAssembly.RuntimeError)) return;
  if (!String(error.stack).includes('raci-widget-core')) return;
  for (const el of live) {
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.textContent = MESSAGE;
    el.shadowRoot?.replaceChildren(note);
  }
}
addEventListener('error', (event) => onTrap(event.error));
addEventListener('unhandledrejection', (event) => onTrap(event.reason));
