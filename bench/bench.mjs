// Runs the pages bench/pages.mjs generated in Debian's Chromium (playwright-core), interleaved
// (for each run, every library once, each load in a new browser context: no cache), prints
// the tables and writes every raw sample plus the summary to bench/results/latest.json.
// Normally started by bench/run, which builds and generates what this needs.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveGzip } from './server.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const OUT = join(BENCH, 'out');
const RESULTS = join(BENCH, 'results');
const int = (name, fallback) => {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  if (!/^\d+$/.test(v)) throw new Error(`${name} must be a whole number, got ${v}`);
  return Number(v);
};
const RUNS = int('RUNS', 10);
const ACTIONS = int('ACTIONS', 20); // filter actions per load, source matrices
// Even, so each load ends unfiltered (memory and "show all" are measured in that state).
const SCALE_ACTIONS = Math.ceil(int('SCALE_ACTIONS', 10) / 2) * 2; // filter actions per load, scale matrix
const WARMUP = int('WARMUP', 1); // discarded rounds before each phase
const GAP_MS = int('GAP_MS', 150); // idle time before each filter action
const LOAD_TIMEOUT = 60_000;
const plan = JSON.parse(readFileSync(join(OUT, 'plan.json'), 'utf8'));

const LIBS = ['ours', 'gridjs', 'datatables', 'tabulator'];
const NAMES = { ours: 'raci-widget', gridjs: 'Grid.js', datatables: 'DataTables', tabulator: 'Tabulator' };

/** What the in-page probe needs to know about a library's page. */
function pageConfig(lib, set) {
  const common = {
    lib,
    tables: set.tables,
    expectRows: set.rows, // rows of all tables together
    firstRows: set.firstRows, // rows of the first table, unfiltered
    filtered: set.firstFiltered, // rows of the first table, filtered
  };
  switch (lib) {
    case 'ours':
      return {
        ...common,
        shadow: true,
        hostSel: 'raci-matrix',
        rowSel: 'tbody tr',
        controlSel: `button[data-party="${set.party}"]`,
        controls: set.tables,
        onSel: `button[data-party="${set.party}"]`,
        offSel: 'button[data-party="any"]',
        countSel: '.raci-count',
        windowSel: '.raci-more', // large matrices render a first page of rows + "show more"
        showAllSel: '.raci-more button:last-of-type',
      };
    case 'gridjs':
      return { ...common, scopeSel: '#t0', rowSel: '.gridjs-tbody tr', emptySel: 'td.gridjs-message', controlSel: '.gridjs-search-input', controls: set.tables, apiTables: set.tables };
    case 'datatables':
      return { ...common, scopeSel: '#t0', rowSel: 'table.dataTable tbody tr', emptySel: 'td.dt-empty', controlSel: '.dt-search input', controls: set.tables, apiTables: set.tables };
    case 'tabulator':
      return { ...common, scopeSel: '#t0', rowSel: '.tabulator-row', apiTables: set.tables };
  }
}

// ------------------------------------------------------------------ in-page probe
// Runs before any page script (page.addInitScript). Records, with performance.now() (ms since
// navigation start), when every row is in the DOM and the filter control exists; then offers
// __bench.filterRun() and __bench.showAll(), which time an action until the DOM reflects it.
function probe(cfg) {
  const B = (window.__bench = { cfg, tti: null, ttiRows: null, window: null });
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
    }));
  };
}

// ------------------------------------------------------------------ one load
async function load(browser, server, lib, set, { actions, scale }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    const cfg = pageConfig(lib, set);
    await page.addInitScript(probe, cfg);
    await page.goto(`${server.url}${set.path}${lib}.html`, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const ready = await Promise.race([
      page.evaluate(() => window.__bench.done.then(() => ({ tti: __bench.tti, rows: __bench.ttiRows, window: __bench.window }))),
      new Promise((_, no) => setTimeout(() => no(new Error(`${lib}: no interactive table within ${LOAD_TIMEOUT} ms`)), LOAD_TIMEOUT)),
    ]);
    const resources = await page.evaluate(() => __bench.bytes());
    const bytes = { total: 0, transfer: 0, js: 0, wasm: 0, css: 0, html: 0, other: 0, requests: resources.length };
    for (const r of resources) {
      bytes.total += r.encoded;
      bytes.transfer += r.transfer;
      bytes[r.kind] += r.encoded;
    }
    const filter = await page.evaluate(([n, gap]) => __bench.filterRun(n, gap), [actions, GAP_MS]);
    const sample = { lib, tti: ready.tti, ttiRows: ready.rows, bytes, resources, filter };
    if (scale) {
      if (ready.window !== null) sample.showAll = await page.evaluate((gap) => __bench.showAll(gap), GAP_MS);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      const before = await metric();
      await cdp.send('HeapProfiler.collectGarbage');
      const after = await metric();
      sample.memory = { jsHeapUsed: before.JSHeapUsedSize, jsHeapUsedAfterGC: after.JSHeapUsedSize, nodes: after.Nodes };
      if (lib === 'ours') {
        sample.memory.wasmMemory = await page.evaluate(async (url) => {
          const glue = await import(url);
          return (await glue.default()).memory.buffer.byteLength; // already initialised: its exports
        }, `${set.raciPath}raci-widget-core.js`);
      }
    }
    if (errors.length) sample.errors = errors;
    return sample;
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ statistics and output
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : NaN;
};
const p95 = (xs) => {
  const s = sorted(xs);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN;
};
const stats = (xs) => ({ n: xs.length, median: median(xs), p95: p95(xs), min: Math.min(...xs), max: Math.max(...xs) });

function summarize(samples, scale) {
  const out = {};
  for (const lib of LIBS) {
    const mine = samples.filter((s) => s.lib === lib);
    if (!mine.length) continue;
    const filterMs = mine.flatMap((s) => s.filter.map((f) => f.ms));
    const s = {
      loads: mine.length,
      tti: stats(mine.map((x) => x.tti)),
      ttiRows: median(mine.map((x) => x.ttiRows)),
      filter: stats(filterMs),
      filterPaint: stats(mine.flatMap((x) => x.filter.map((f) => f.paint))),
      filterOn: stats(mine.flatMap((x) => x.filter.filter((f) => f.on).map((f) => f.ms))),
      filterOff: stats(mine.flatMap((x) => x.filter.filter((f) => !f.on).map((f) => f.ms))),
      bytes: Object.fromEntries(['total', 'transfer', 'js', 'wasm', 'css', 'html', 'other', 'requests'].map((k) => [k, median(mine.map((x) => x.bytes[k]))])),
      errors: mine.flatMap((x) => x.errors ?? []),
    };
    if (scale) {
      s.memory = Object.fromEntries(Object.keys(mine[0].memory).map((k) => [k, median(mine.map((x) => x.memory[k]))]));
      const showAll = mine.map((x) => x.showAll).filter((x) => typeof x === 'number');
      if (showAll.length) s.showAll = stats(showAll);
    }
    out[lib] = s;
  }
  return out;
}

const kb = (b) => (b / 1024).toFixed(1);
const ms = (x) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const mb = (b) => (b / 1048576).toFixed(1);
const ratio = (x, ours) => (ours > 0 ? `${(x / ours).toFixed(x / ours < 10 ? 2 : 1)}x` : 'n/a');
function table(title, header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
}

function printNormal(sum) {
  const o = sum.ours;
  table(
    `Transferred bytes, gzip (encodedBodySize of the page and every resource; KB = 1024 B), ${plan.normal.rows} rows in ${plan.normal.tables} tables`,
    ['library', 'total KB', 'vs ours', 'js KB', 'wasm KB', 'css KB', 'html KB', 'requests', 'wire KB (+headers)'],
    LIBS.map((l) => {
      const b = sum[l].bytes;
      return [NAMES[l], kb(b.total), ratio(b.total, o.bytes.total), kb(b.js), kb(b.wasm), kb(b.css), kb(b.html), b.requests, kb(b.transfer)];
    }),
  );
  table(
    `Time to interactive table and filter latency (ms, median of ${o.loads} loads; filter over ${o.filter.n} actions on the first table)`,
    ['library', 'TTI', 'vs ours', 'filter median', 'filter p95', 'median vs ours', 'p95 vs ours', 'to paint median'],
    LIBS.map((l) => {
      const s = sum[l];
      return [NAMES[l], ms(s.tti.median), ratio(s.tti.median, o.tti.median), ms(s.filter.median), ms(s.filter.p95), ratio(s.filter.median, o.filter.median), ratio(s.filter.p95, o.filter.p95), ms(s.filterPaint.median)];
    }),
  );
}

function printScale(sum) {
  const o = sum.ours;
  const sc = plan.scale;
  table(
    `Scale: ${sc.tasks} tasks x ${sc.parties} parties (filter '${sc.keyword}': ${sc.firstFiltered} rows), median of ${o.loads} loads, ms / MB`,
    ['library', 'first render', 'rows then', 'vs ours', 'filter median', 'filter p95', 'median vs ours', 'to paint median', 'gzip KB', 'JS heap', 'after GC', 'wasm mem', 'DOM nodes'],
    LIBS.map((l) => {
      const s = sum[l];
      const m = s.memory;
      return [
        NAMES[l], ms(s.tti.median), s.ttiRows, ratio(s.tti.median, o.tti.median), ms(s.filter.median), ms(s.filter.p95),
        ratio(s.filter.median, o.filter.median), ms(s.filterPaint.median), kb(s.bytes.total), mb(m.jsHeapUsed), mb(m.jsHeapUsedAfterGC),
        m.wasmMemory === undefined ? '-' : mb(m.wasmMemory), m.nodes,
      ];
    }),
  );
  if (o.showAll) {
    console.log(
      `\nOurs renders the first ${o.ttiRows} rows, then "Show all" to ${sc.rows} rows: median ${ms(o.showAll.median)} ms ` +
        `(p95 ${ms(o.showAll.p95)}); first render + show all = ${ms(o.tti.median + o.showAll.median)} ms. ` +
        `Ours' filter rebuilds at most ${o.ttiRows} rows; the others rebuild every matching row.`,
    );
  }
  const under = o.filter.median < 16;
  console.log(`Ours median filter latency at scale: ${ms(o.filter.median)} ms: ${under ? 'UNDER' : 'NOT under'} 16 ms (one 60 Hz frame).`);
  return under;
}

// ------------------------------------------------------------------ main
function order(run) {
  const k = run % LIBS.length; // rotate the start so no library always loads first
  return [...LIBS.slice(k), ...LIBS.slice(0, k)];
}

async function phase(browser, server, name, set, opts) {
  const samples = [];
  const total = WARMUP + RUNS;
  for (let run = 0; run < total; run++) {
    const warm = run < WARMUP;
    for (const lib of order(run)) {
      const s = await load(browser, server, lib, set, opts);
      if (s.errors) console.error(`[bench] ${name} ${lib}: page errors: ${s.errors.join(' | ')}`);
      if (!warm) samples.push({ run: run - WARMUP + 1, ...s });
    }
    process.stderr.write(`[bench] ${name}: ${warm ? 'warm-up' : `run ${run - WARMUP + 1}/${RUNS}`} done${process.stderr.isTTY ? '\r' : '\n'}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  return samples;
}

const version = (pkg) => JSON.parse(readFileSync(join(BENCH, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const readOr = (path, fallback = null) => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return fallback;
  }
};
let commit = null;
try {
  commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {}

const started = Date.now();
const server = await serveGzip({
  '/': OUT,
  '/lib/': join(BENCH, 'node_modules'),
  '/raci/': join(OUT, 'ours'), // snapshot of dist/ taken by bench/run
  '/scale/raci/': join(OUT, 'ours-scale'),
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let results;
try {
  console.error(`[bench] ${RUNS} runs (+${WARMUP} warm-up) x ${LIBS.length} libraries, interleaved; Chromium ${browser.version()}`);
  const normal = await phase(browser, server, 'source matrices', plan.normal, { actions: ACTIONS, scale: false });
  const scale = await phase(browser, server, 'scale', plan.scale, { actions: SCALE_ACTIONS, scale: true });
  const summary = { normal: summarize(normal, false), scale: summarize(scale, true) };
  printNormal(summary.normal);
  summary.scale.oursFilterUnder16ms = printScale(summary.scale);
  results = {
    meta: {
      date: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      commit,
      oursBuild: readOr(join(ROOT, 'target/release-flavor')),
      chromium: browser.version(),
      node: process.version,
      versions: {
        gridjs: version('gridjs'), 'datatables.net': version('datatables.net'), 'datatables.net-dt': version('datatables.net-dt'),
        'tabulator-tables': version('tabulator-tables'), 'playwright-core': version('playwright-core'),
      },
      settings: { RUNS, WARMUP, ACTIONS, SCALE_ACTIONS, GAP_MS },
      plan,
      notes: [
        'bytes: encodedBodySize (gzip body bytes) of the navigation and every PerformanceResourceTiming entry; transfer adds headers',
        'tti: performance.now() (ms from navigation start) when all rows are in the DOM and the filter control exists (MutationObserver + rAF)',
        'filter: ms from just before the action to the first MutationObserver callback / rAF in which the first table shows the new state; paint: to the end of the next frame after that (rAF + MessageChannel)',
        'memory: CDP Performance.getMetrics JSHeapUsedSize before and after HeapProfiler.collectGarbage; wasmMemory is the wasm linear memory',
      ],
    },
    summary,
    samples: { normal, scale },
  };
} finally {
  await browser.close();
  await server.close();
}
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(results, null, 1) + '\n');
const errors = Object.values(results.summary).flatMap((s) => Object.values(s).flatMap((x) => x?.errors ?? []));
if (errors.length) console.error(`[bench] WARNING: ${errors.length} page errors, see samples[].errors`);
console.log(`\nRaw samples and summary: ${join(RESULTS, 'latest.json')} (${results.meta.seconds} s)`);
