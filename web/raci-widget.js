// raci-widget loader: defines <raci-matrix> and nothing else until a page has one. One include
// per page (docs sites put it on every page):
//   <script type="module" src="…/raci-widget.js"></script>
// The rest (raci-widget-main.js, the wasm glue and the wasm) is fetched, relative to this file,
// when the first element comes near the viewport, or at once with loading="eager". Until then
// the element shows the author's own content (a table), which prints and is found by search.
let main;
let watcher;
const live = new Set();

// The theme: an explicit theme="light|dark" attribute, else the docs engine's own switch (the
// first of HOST_THEMES that speaks), else the reader's prefers-color-scheme. Only in that last
// case does the widget draw its own background. Here, not in the main module, so prerendered
// markup is painted in the right theme at once.
const prefersDark = matchMedia('(prefers-color-scheme: dark)');
const preferred = () => (prefersDark.matches ? 'dark' : 'light');
const html = document.documentElement;
const lightOrDark = (value) => (value === 'dark' || value === 'light' ? value : null);
const MDBOOK_DARK = ['coal', 'navy', 'ayu'];
const MDBOOK_LIGHT = ['light', 'rust'];

// Where each engine says it (README "Theme"); `null` means "not this engine".
const HOST_THEMES = [
  // Docusaurus, Astro Starlight, the PyData Sphinx theme: <html data-theme="dark|light">.
  () => lightOrDark(html.getAttribute('data-theme')),
  // Furo: <body data-theme="dark|light|auto">, auto following the reader's preference.
  () => {
    const furo = document.body?.getAttribute('data-theme');
    return furo === 'auto' ? preferred() : lightOrDark(furo);
  },
  // MkDocs Material: <body data-md-color-scheme>, `slate` being dark.
  () => {
    const material = document.body?.getAttribute('data-md-color-scheme');
    return material ? (material === 'slate' ? 'dark' : 'light') : null;
  },
  // VitePress (its head script #check-dark-mode): <html class="dark"> or light.
  () => (document.getElementById('check-dark-mode') ? (html.classList.contains('dark') ? 'dark' : 'light') : null),
  // mdBook: the theme's name as a class of <html>.
  () => {
    if (MDBOOK_DARK.some((name) => html.classList.contains(name))) return 'dark';
    return MDBOOK_LIGHT.some((name) => html.classList.contains(name)) ? 'light' : null;
  },
];

function hostTheme() {
  for (const rule of HOST_THEMES) {
    const theme = rule();
    if (theme) return theme;
  }
  return null;
}

function applyTheme(el) {
  const own = el.getAttribute('theme');
  const stated = lightOrDark(own) ?? hostTheme();
  el.setAttribute('data-raci-theme', stated ?? preferred());
  if (stated) el.removeAttribute('data-raci-ground');
  else el.setAttribute('data-raci-ground', 'own');
}

const restyle = () => live.forEach(applyTheme);
const watch = (node, names) => node && new MutationObserver(restyle).observe(node, { attributeFilter: names });
watch(html, ['data-theme', 'class']);
const watchBody = () => watch(document.body, ['data-theme', 'data-md-color-scheme']);
if (document.body) watchBody();
else addEventListener('DOMContentLoaded', watchBody);
prefersDark.addEventListener('change', restyle);

// Prerendered markup comes in a <template shadowrootmode="open">; the HTML parser attaches it,
// but content inserted by script (React, MkDocs' instant navigation) keeps it as a template.
function attachPrerendered(el) {
  const template = el.querySelector(':scope > template[shadowrootmode]');
  if (!template) return;
  // React puts the template's children on the element itself, not in its content.
  const nodes = template.content.childNodes.length ? [template.content] : [...template.childNodes];
  if (!el.shadowRoot) el.attachShadow({ mode: 'open' }).append(...nodes);
  template.remove();
}

// At the first start, ask for every file at once: otherwise each is requested only when the
// one before it has arrived and run (main -> glue -> wasm), a round trip each. The wasm and the
// stylesheet are preloaded the way fetch() asks for them (CORS, same-origin credentials), so
// the browser hands those responses to the glue's and main's fetch() instead of fetching twice.
// A page that links raci-widget.css already (the build plugins do, for the prerendered view)
// has its rules: main reads them from that sheet, so the stylesheet is not fetched again.
// The run-time reader's files come too when the element needs them: its data come at run time
// (src, a script, its own tables) rather than as a docs plugin's build-time data.
let preloaded = false;
let readerPreloaded = false;
const BUILT = 'template[data-raci-catalog]';
const readsAtRunTime = (el) =>
  el.data != null || el.hasAttribute('src') || (!el.querySelector(BUILT) && !!el.querySelector('script[type], table'));

function preloadFiles(el) {
  const files = [];
  if (!preloaded) {
    preloaded = true;
    files.push(['raci-widget-core.js', 'modulepreload'], ['raci-widget-core_bg.wasm', 'preload']);
    const css = new URL('raci-widget.css', import.meta.url).href;
    if (![...document.querySelectorAll('link[rel~="stylesheet"]')].some((l) => l.href === css)) {
      files.push(['raci-widget.css', 'preload']);
    }
  }
  if (!readerPreloaded && readsAtRunTime(el)) {
    readerPreloaded = true;
    files.push(
      ['raci-widget-reader.js', 'modulepreload'],
      ['raci-widget-tables.js', 'modulepreload'],
      ['raci-widget-reader_bg.wasm', 'preload'],
    );
  }
  for (const [file, rel] of files) {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = new URL(file, import.meta.url).href;
    if (rel === 'preload') {
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
    }
    document.head.append(link);
  }
}

// The main module once it has loaded (it mounts the wasm widget into each element).
let api = null;
const started = new WeakSet();

function start(el) {
  preloadFiles(el);
  main ??= import('./raci-widget-main.js');
  started.add(el);
  main.then(
    (m) => {
      api = m;
      if (el.isConnected) m.connect(el);
    },
    (error) => console.error('raci-widget: could not load its script', error),
  );
}

function startNear(el) {
  if (el.getAttribute('loading') === 'eager' || typeof IntersectionObserver !== 'function') return start(el);
  watcher ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        watcher.unobserve(entry.target);
        start(entry.target);
      }
    },
    { rootMargin: '100% 0px' }, // a screen ahead: ready by the time it is read
  );
  watcher.observe(el);
}

/** A promise with its resolver, and whether it has resolved. */
function pending() {
  const p = { done: false };
  p.promise = new Promise((ok) => (p.resolve = (v) => ((p.done = true), ok(v))));
  return p;
}

class RaciMatrixElement extends HTMLElement {
  // The public contract's names (README "Scripting the element"), taken from the one list in
  // the model (model::attributes; a test compares them).
  static get observedAttributes() {
    return ['model', 'party', 'role', 'roles', 'q', 'view', 'checks', 'from', 'layout', 'sync-url', 'show-intro', 'theme', 'src', 'loading'];
  }

  #data = null;
  #ready = pending();

  constructor() {
    super();
    // The live widget says so once it shows this element's data (or why it cannot).
    this.addEventListener('raci-ready', () => this.#ready.resolve(this));
  }

  /** Resolves (to the element) once the live widget shows its data, or the problems with it. */
  get ready() {
    return this.#ready.promise;
  }

  // el.data = {…}: a matrix in the data format (README); null goes back to the next source.
  get data() {
    return this.#data;
  }

  set data(value) {
    this.#data = value ?? null;
    this.#renew();
    api?.dataChanged(this);
  }

  // New data: `ready` is about that data from now on.
  #renew() {
    if (this.#ready.done) this.#ready = pending();
  }

  connectedCallback() {
    live.add(this);
    applyTheme(this);
    attachPrerendered(this);
    // A `data` set before this script ran sits on the instance and hides the accessor.
    if (Object.prototype.hasOwnProperty.call(this, 'data')) {
      const value = this.data;
      delete this.data;
      this.data = value;
    }
    if (api && started.has(this)) api.connect(this);
    else if (!started.has(this)) startNear(this);
  }

  disconnectedCallback() {
    live.delete(this);
    watcher?.unobserve(this);
    api?.disconnect(this);
  }

  attributeChangedCallback(name, old, value) {
    if (name === 'theme') applyTheme(this);
    else if (old !== value && name !== 'loading') {
      if (name === 'src' || name === 'layout') this.#renew();
      api?.attributeChanged(this, name, value);
    }
  }
}

if (!customElements.get('raci-matrix')) customElements.define('raci-matrix', RaciMatrixElement);
