// raci-widget loader: defines <raci-matrix> and nothing else until a page has one. One include
// per page (docs sites put it on every page):
//   <script type="module" src="…/raci-widget.js"></script>
// The rest (raci-widget-main.js, the wasm glue and the wasm) is fetched, relative to this file,
// when the first element comes near the viewport, or at once with loading="eager". Until then
// the element shows the author's own content (a table), which prints and is found by search.
let main;
let watcher;

function start(el) {
  main ??= import('./raci-widget-main.js');
  main.then(
    (m) => el.isConnected && m.connect(el),
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

class RaciMatrixElement extends HTMLElement {
  static get observedAttributes() {
    return ['model', 'party', 'roles', 'role', 'q', 'view', 'checks', 'from', 'sync-url', 'show-intro', 'theme', 'src'];
  }

  // el.data = {…}: a matrix in the data format (README); null goes back to the next source.
  get data() {
    return this.raciData ?? null;
  }

  set data(value) {
    this.raciData = value;
    this.raciMain?.dataChanged(this);
  }

  connectedCallback() {
    // A `data` set before this script ran sits on the instance and hides the accessor.
    if (Object.prototype.hasOwnProperty.call(this, 'data')) {
      const value = this.data;
      delete this.data;
      this.data = value;
    }
    if (this.raciMain) this.raciMain.connect(this);
    else startNear(this);
  }

  disconnectedCallback() {
    watcher?.unobserve(this);
    this.raciMain?.disconnect(this);
  }

  attributeChangedCallback(name, old, value) {
    if (old !== value) this.raciMain?.attributeChanged(this, name, value);
  }
}

if (!customElements.get('raci-matrix')) customElements.define('raci-matrix', RaciMatrixElement);
