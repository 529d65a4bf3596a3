// The in-page probe of bench/bench.mjs, injected with page.addInitScript: self-contained
// (it is serialised into the page), so it must not use anything from this module scope.
// ------------------------------------------------------------------ in-page probe
// Runs before any page script (page.addInitScript). Records, with performance.now() (ms since
// navigation start), when every row is in the DOM and the filter control exists (ours: and the
// live widget runs), when the first row is painted, and the layout shifts; then offers
// __bench.filterRun() and __bench.showAll(), which time an action until the DOM reflects it.
export function probe(cfg) {
  const B = (window.__bench = { cfg, tti: null, ttiRows: null, window: null, firstRow: null, firstRowSeen: null });
  // Layout Instability API: every shift without recent input, from navigation on.
  const shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push({ t: e.startTime, value: e.value });
  }).observe({ type: 'layout-shift', buffered: true });
  /** CLS until `until` (ms from navigation start), with the individual shifts. */
  B.cls = (until) => {
    const mine = shifts.filter((s) => s.t <= until);
    return { cls: mine.reduce((a, s) => a + s.value, 0), shifts: mine };
  };
  B.fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  const observed = new WeakSet();
  const observers = [];
  let finished = false;
  let resolveDone;
  B.done = new Promise((ok) => (resolveDone = ok));
  const count = (root, sel) => (sel ? root.querySelectorAll(sel).length : 0);
  const rowsIn = (root) => count(root, cfg.rowSel) - count(root, cfg.emptySel);
  const roots = () =>
    cfg.shadow
      ? Array.from(document.querySelectorAll(cfg.hostSel), (h) => h.shadowRoot).filter(Boolean)
      : [document];
  const sum = (fn) => roots().reduce((n, r) => n + fn(r), 0);
  const observe = (root) => {
    if (finished || observed.has(root)) return;
    observed.add(root);
    const mo = new MutationObserver(check);
    mo.observe(root, { childList: true, subtree: true });
    observers.push(mo);
  };
  // The element's public readiness signal: `cfg.live` fires on it once the live widget runs.
  const live = new WeakSet();
  if (cfg.live) {
    document.addEventListener(cfg.live, (e) => { live.add(e.target); check(); }, true);
  }
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    observe(root);
    return root;
  };
  function check() {
    if (finished) return;
    const t = performance.now();
    if (cfg.shadow) roots().forEach(observe);
    if (cfg.apiTables && (window.__benchApi || 0) < cfg.apiTables) return;
    if (cfg.controlSel && sum((r) => count(r, cfg.controlSel)) < cfg.controls) return;
    if (cfg.shadow && roots().length < cfg.tables) return;
    // Prerendered markup has rows and buttons before any wasm: wait for the live widget.
    if (cfg.live && !Array.from(document.querySelectorAll(cfg.hostSel)).every((h) => live.has(h))) return;
    const rows = sum(rowsIn);
    const windowed = cfg.windowSel && rows > 0 && sum((r) => count(r, cfg.windowSel)) > 0;
    if (rows < cfg.expectRows && !windowed) return;
    B.tti = t;
    B.ttiRows = rows;
    B.window = rows < cfg.expectRows ? rows : null;
    finished = true;
    observers.forEach((mo) => mo.disconnect());
    resolveDone();
  }
  B.poke = check;
  document.addEventListener('readystatechange', () => observe(document));
  observe(document);
  const poll = () => {
    check();
    if (!finished) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  // First row painted: at the start of every frame (rAF: before that frame's style, layout and
  // paint) look for the first body row of the first table (ours: in the shadow roots) with a box
  // in the viewport; the time is the end of that frame (a message posted from the rAF runs after
  // its paint), the same way on every page. (Element Timing would be finer but reports nothing
  // inside shadow roots.)
  const firstRowBox = () => {
    for (const root of roots()) {
      for (const row of root.querySelectorAll(cfg.rowSel)) {
        if (cfg.emptySel && row.querySelector(cfg.emptySel)) continue;
        const r = row.getBoundingClientRect();
        return r.height > 0 && r.width > 0 && r.top < innerHeight;
      }
    }
    return false;
  };
  const rowFrame = () => {
    if (!firstRowBox()) return requestAnimationFrame(rowFrame);
    B.firstRowSeen = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (B.firstRow = performance.now());
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(rowFrame);
  B.painted = new Promise((ok) => {
    const wait = () => (B.firstRow !== null ? ok(B.firstRow) : setTimeout(wait, 5));
    wait();
  });

  const scope = () =>
    cfg.shadow ? document.querySelector(cfg.hostSel).shadowRoot : document.querySelector(cfg.scopeSel);
  const startsWith = (root, n) => {
    const el = root.querySelector(cfg.countSel);
    return !!el && el.textContent.trim().startsWith(`${n} of`);
  };
  /** Does the first table show the (un)filtered state? Ours may show a first page of rows. */
  B.reflects = (on) => {
    const root = scope();
    const want = on ? cfg.filtered : cfg.firstRows;
    const rows = rowsIn(root);
    const rowsOk = rows === want || (B.window !== null && rows === Math.min(want, B.window));
    return rowsOk && (!cfg.countSel || startsWith(root, want));
  };
  B.act = (on) =>
    cfg.shadow ? scope().querySelector(on ? cfg.onSel : cfg.offSel).click() : window.__benchAct(on);
  /**
   * ms from just before `act()` to the first moment `done()` holds (MutationObserver callback,
   * or rAF), and (`paint`) to the end of the next frame after it (rAF, then a message: after
   * that frame's style, layout and paint).
   */
  B.time = (act, done, timeout = 20_000) =>
    new Promise((resolve, reject) => {
      let over = false;
      const finish = (t) => {
        over = true;
        mo.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ ms: t - t0, paint: performance.now() - t0 });
          channel.port2.postMessage(0);
        });
      };
      const mo = new MutationObserver(() => {
        const t = performance.now();
        if (!over && done()) finish(t);
      });
      mo.observe(scope(), { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(() => {
        over = true;
        mo.disconnect();
        reject(new Error(`${cfg.lib}: the DOM did not reflect the action within ${timeout} ms`));
      }, timeout);
      const t0 = performance.now();
      act();
      const t1 = performance.now();
      if (done()) return finish(t1);
      const frame = () => {
        if (over) return;
        const t = performance.now();
        if (done()) finish(t);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
  B.filterRun = async (n, gap) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const on = i % 2 === 0;
      await sleep(gap);
      out.push({ on, ...(await B.time(() => B.act(on), () => B.reflects(on))) });
    }
    return out;
  };
  /** Ours only, when it shows a first page of rows: click "Show all" until every row is there. */
  B.showAll = async (gap) => {
    await sleep(gap);
    const button = scope().querySelector(cfg.showAllSel);
    if (!button) return null;
    return (await B.time(() => button.click(), () => rowsIn(scope()) >= cfg.firstRows)).ms;
  };
  B.bytes = () => {
    const kind = (url) => {
      const path = new URL(url).pathname;
      if (path.endsWith('.wasm')) return 'wasm';
      if (/\.m?js$/.test(path)) return 'js';
      if (path.endsWith('.css')) return 'css';
      if (path.endsWith('.html') || path.endsWith('/')) return 'html';
      return 'other';
    };
    return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({
      url: new URL(e.name).pathname,
      kind: e.entryType === 'navigation' ? 'html' : kind(e.name),
      encoded: e.encodedBodySize,
      decoded: e.decodedBodySize,
      transfer: e.transferSize,
      cached: e.entryType !== 'navigation' && e.transferSize === 0, // served by this page's cache
    }));
  };
}
