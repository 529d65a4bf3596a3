// raci-widget, the part loaded once a page has a <raci-matrix>: loads the wasm, finds each
// element's data and hands it over as text, follows the host's theme. Data, in order:
//   1. el.data (a JS object in the data format)   2. src="url" (JSON, Markdown or CSV)
//   3. an inline <script type="application/json">  4. the <table>s inside the element
//   5. the built-in matrices.
// Everything here only reads; all checking is done by the one reader in Rust. (The theme is
// the loader's: prerendered markup needs it before this module loads.)
import init, { RaciMatrix } from './raci-widget-core.js';
import { readTables } from './raci-widget-tables.js';

// The stylesheet is a file beside the wasm (not inside it), fetched at the same time.
// Without it the widget still works, unstyled, and the console says why.
const styles = fetch(new URL('./raci-widget.css', import.meta.url))
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
  .catch((error) => {
    console.error('raci-widget: could not load raci-widget.css', error);
    return '';
  });
const ready = Promise.all([init(), styles]).then(([, css]) => RaciMatrix.useStyles(css));
const live = new Set();

const api = {
  connect(el) {
    el.raciMain = api;
    live.add(el);
    if (!el.raciContent) {
      // The author's content changing later (a docs engine re-rendering) is followed.
      el.raciContent = new MutationObserver(() => schedule(el));
      el.addEventListener('raci-retry', () => refresh(el));
    }
    el.raciContent.observe(el, { childList: true, subtree: true, characterData: true });
    ready.then(
      () => el.isConnected && !el.raciCore && refresh(el),
      (error) => console.error('raci-widget: could not load its WebAssembly', error),
    );
  },

  disconnect(el) {
    live.delete(el);
    // A moved element reconnects at once; free only what stays detached (SPA page change).
    queueMicrotask(() => {
      if (el.isConnected) return;
      el.raciContent?.disconnect();
      el.raciFetch?.abort();
      el.raciCore?.free();
      el.raciCore = null;
    });
  },

  attributeChanged(el, name, value) {
    // The layout changes how the tables are read: read them again.
    if (name === 'src' || name === 'layout') refresh(el);
    else el.raciCore?.attributeChanged(name, value);
  },

  dataChanged(el) {
    if (el.raciCore) refresh(el);
  },
};

function schedule(el) {
  if (el.raciPending || el.raciData != null || el.getAttribute('src')) return;
  el.raciPending = true;
  requestAnimationFrame(() => {
    el.raciPending = false;
    if (el.raciCore) refresh(el);
  });
}

function hand(el, kind, text, label, fromSrc = false) {
  if (!el.isConnected) return;
  if (el.raciCore) return el.raciCore.setSource(kind, text, label, fromSrc);
  // Taking over prerendered markup: the reader may have focused one of its controls; the same
  // control (by position) keeps the focus in the live widget.
  const focusable = () => [...(el.shadowRoot?.querySelectorAll('button, input, select, summary, [tabindex]') ?? [])];
  const focused = focusable().indexOf(el.shadowRoot?.activeElement);
  el.raciCore = new RaciMatrix(el, kind, text, label, fromSrc);
  // Yew renders in a microtask queued during the constructor; this one runs after it.
  if (focused >= 0) queueMicrotask(() => focusable()[focused]?.focus({ preventScroll: true }));
}

async function refresh(el) {
  const turn = (el.raciTurn = (el.raciTurn ?? 0) + 1);
  el.raciFetch?.abort();
  const data = el.raciData;
  if (data != null) {
    let text;
    try {
      text = JSON.stringify(data); // getters run here: a throwing one is the author's message
    } catch (error) {
      return hand(el, 'failed', `it could not be read: ${error?.message ?? error}`, 'the data property');
    }
    if (typeof text !== 'string') return hand(el, 'failed', 'it holds no JSON data', 'the data property');
    return hand(el, 'json', text, 'the data property');
  }
  const src = el.getAttribute('src');
  if (src) {
    let url;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      return hand(el, 'failed', 'this is not a URL', `src="${src}"`);
    }
    hand(el, 'loading', '', url);
    const control = (el.raciFetch = new AbortController());
    try {
      const response = await fetch(url, { signal: control.signal });
      const text = await response.text();
      if (turn !== el.raciTurn) return;
      if (!response.ok) return hand(el, 'failed', `HTTP ${response.status} ${response.statusText}`.trim(), url, true);
      return hand(el, `auto:${response.headers.get('content-type') ?? ''}`, text, url, true);
    } catch (error) {
      if (turn !== el.raciTurn || control.signal.aborted) return;
      return hand(el, 'failed', `the request failed (${error?.message ?? error})`, url, true);
    }
  }
  const script = el.querySelector('script[type="application/json"]');
  if (script) return hand(el, 'json', script.textContent, 'the JSON inside the element');
  const tables = readTables(el);
  if (tables.length) return hand(el, 'tables', JSON.stringify(tables), 'the tables inside the element');
  hand(el, 'builtin', '', '');
}

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

/** Called by the loader for each element, once this module is loaded. */
export function connect(el) {
  api.connect(el);
}
