// raci-widget: defines the <raci-matrix> element. One include per page:
//   <script type="module" src="…/raci-widget.js"></script>
// The glue and the wasm load relative to this file (import.meta.url), so any sub-path works.
import init, { RaciMatrix } from './raci-widget-core.js';

const ready = init();
const live = new Set();

// The theme: an explicit theme="light|dark" attribute, else Docusaurus' html[data-theme], else
// MkDocs Material's body[data-md-color-scheme] (slate = dark), else the reader's
// prefers-color-scheme. Only in that last case does the widget draw its own background.
const prefersDark = matchMedia('(prefers-color-scheme: dark)');

function hostTheme() {
  const docusaurus = document.documentElement.getAttribute('data-theme');
  if (docusaurus === 'dark' || docusaurus === 'light') return docusaurus;
  const material = document.body && document.body.getAttribute('data-md-color-scheme');
  if (material) return material === 'slate' ? 'dark' : 'light';
  return null;
}

function applyTheme(el) {
  const own = el.getAttribute('theme');
  const stated = own === 'dark' || own === 'light' ? own : hostTheme();
  el.setAttribute('data-raci-theme', stated ?? (prefersDark.matches ? 'dark' : 'light'));
  if (stated) el.removeAttribute('data-raci-ground');
  else el.setAttribute('data-raci-ground', 'own');
}

const restyle = () => live.forEach(applyTheme);
const watch = (node, name) => node && new MutationObserver(restyle).observe(node, { attributeFilter: [name] });
watch(document.documentElement, 'data-theme');
watch(document.body, 'data-md-color-scheme');
prefersDark.addEventListener('change', restyle);

class RaciMatrixElement extends HTMLElement {
  static get observedAttributes() {
    return ['model', 'party', 'roles', 'role', 'q', 'view', 'checks', 'from', 'sync-url', 'show-intro', 'theme'];
  }

  connectedCallback() {
    live.add(this);
    applyTheme(this);
    ready.then(() => {
      if (this.isConnected && !this.core) this.core = new RaciMatrix(this);
    }, (error) => console.error('raci-widget: could not load its WebAssembly', error));
  }

  disconnectedCallback() {
    live.delete(this);
    // A moved element reconnects at once; free only what stays detached (SPA page change).
    queueMicrotask(() => {
      if (!this.isConnected && this.core) {
        this.core.free();
        this.core = null;
      }
    });
  }

  attributeChangedCallback(name, old, value) {
    if (name === 'theme') applyTheme(this);
    else if (this.core && old !== value) this.core.attributeChanged(name, value);
  }
}

if (!customElements.get('raci-matrix')) customElements.define('raci-matrix', RaciMatrixElement);

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
