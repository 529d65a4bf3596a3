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
import { probe } from './probe.mjs';
import { NORMAL_LIBS, SCALE_LIBS, printNormal, printScale, summarize } from './report.mjs';
import { printDocs, printTargets, summarizeNoMatrix } from './report-docs.mjs';
import { bundleSizes, compressed } from './sizes.mjs';

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
    case 'static':
      return { ...common, rowSel: 'tbody tr' };
    case 'ours':
    case 'ours-pre':
      return {
        ...common,
        shadow: true,
        live: 'raci-ready', // the element's event once the live widget shows its data
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
      // unref: a pending timeout must not keep node alive after the last load (it did, 60 s).
      new Promise((_, no) => setTimeout(() => no(new Error(`${lib}: no interactive table within ${LOAD_TIMEOUT} ms`)), LOAD_TIMEOUT).unref()),
    ]);
    // First row (usually long before), then CLS until interactive + 500 ms.
    const paint = await page.evaluate(async () => {
      await Promise.race([__bench.painted, new Promise((ok) => setTimeout(ok, 20_000))]);
      await new Promise((ok) => setTimeout(ok, Math.max(0, __bench.tti + 500 - performance.now())));
      return { firstRow: __bench.firstRow, firstRowSeen: __bench.firstRowSeen, fcp: __bench.fcp(), ...__bench.cls(__bench.tti + 500) };
    });
    const resources = await page.evaluate(() => __bench.bytes());
    const bytes = { total: 0, transfer: 0, js: 0, wasm: 0, css: 0, html: 0, other: 0, requests: 0, cached: 0 };
    for (const r of resources) {
      // A URL the page names again (a fetch() of the stylesheet its head already linked) is a
      // cache hit: no bytes on the wire, so counted once.
      if (r.cached) {
        bytes.cached++;
        continue;
      }
      bytes.requests++;
      bytes.total += r.encoded;
      bytes.transfer += r.transfer;
      bytes[r.kind] += r.encoded;
    }
    const filter = lib === 'static' ? [] : await page.evaluate(([n, gap]) => __bench.filterRun(n, gap), [actions, GAP_MS]);
    const sample = { lib, tti: ready.tti, ttiRows: ready.rows, ...paint, bytes, resources, filter };
    if (scale) {
      if (ready.window !== null) sample.showAll = await page.evaluate((gap) => __bench.showAll(gap), GAP_MS);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      const before = await metric();
      await cdp.send('HeapProfiler.collectGarbage');
      const after = await metric();
      sample.memory = { jsHeapUsed: before.JSHeapUsedSize, jsHeapUsedAfterGC: after.JSHeapUsedSize, nodes: after.Nodes };
      if (lib.startsWith('ours')) {
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

/**
 * A docs page with the loader and no matrix: everything it fetched under the widget's path,
 * after load + 1 s, a scroll to the bottom and 1 s more (a lazy fetch would show up).
 */
async function noMatrix(browser, server, set) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${server.url}/nomatrix.html`, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    return await page.evaluate(async (raciPath) => {
      const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
      await sleep(1000);
      scrollTo(0, document.documentElement.scrollHeight);
      await sleep(1000);
      const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      const widget = all.filter((e) => new URL(e.name).pathname.startsWith(raciPath));
      return {
        files: widget.map((e) => new URL(e.name).pathname),
        widget: widget.reduce((n, e) => n + e.encodedBodySize, 0),
        widgetTransfer: widget.reduce((n, e) => n + e.transferSize, 0),
        page: all.reduce((n, e) => n + e.encodedBodySize, 0),
        defined: !!customElements.get('raci-matrix'),
      };
    }, set.raciPath).then((r) => (errors.length ? { ...r, errors } : r));
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ main
function order(libs, run) {
  const k = run % libs.length; // rotate the start so no library always loads first
  return [...libs.slice(k), ...libs.slice(0, k)];
}

async function phase(browser, server, name, set, libs, opts) {
  const samples = [];
  const total = WARMUP + RUNS;
  for (let run = 0; run < total; run++) {
    const warm = run < WARMUP;
    for (const lib of order(libs, run)) {
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
const MOUNTS = {
  '/': OUT,
  '/lib/': join(BENCH, 'node_modules'),
  '/raci/': join(OUT, 'ours'), // snapshot of dist/ taken by bench/run
  '/scale/raci/': join(OUT, 'ours-scale'),
};
const server = await serveGzip(MOUNTS);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let results;
try {
  console.error(`[bench] ${RUNS} runs (+${WARMUP} warm-up) x ${NORMAL_LIBS.length} pages, then x ${SCALE_LIBS.length} at scale, interleaved; Chromium ${browser.version()}`);
  const nomatrix = [];
  for (let run = 0; run < RUNS; run++) nomatrix.push(await noMatrix(browser, server, plan.normal));
  console.error(`[bench] page without a matrix: ${RUNS} loads done`);
  const normal = await phase(browser, server, 'source matrices', plan.normal, NORMAL_LIBS, { actions: ACTIONS, scale: false });
  const scale = await phase(browser, server, 'scale', plan.scale, SCALE_LIBS, { actions: SCALE_ACTIONS, scale: true });
  const loaderFile = join(MOUNTS['/raci/'], 'raci-widget.js');
  const summary = {
    nomatrix: summarizeNoMatrix(nomatrix, compressed(loaderFile)),
    normal: summarize(normal, false, NORMAL_LIBS),
    scale: summarize(scale, true, SCALE_LIBS),
    size: bundleSizes(MOUNTS, normal),
  };
  printNormal(summary.normal, plan);
  printDocs(summary, plan);
  summary.scale.oursFilterUnder16ms = printScale(summary.scale, plan);
  summary.targets = printTargets(summary, readOr(join(ROOT, 'target/release-flavor'), 'stable'));
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
        'bytes: encodedBodySize (gzip body bytes) of the navigation and every PerformanceResourceTiming entry fetched over the network (cache hits within the page, transferSize 0, are not counted); transfer adds headers',
        'tti: performance.now() (ms from navigation start) when all rows are in the DOM and the filter control exists, ours: and the live widget took over (MutationObserver + rAF)',
        'firstRow: ms from navigation start to the end of the first frame (rAF, then a MessageChannel message) at whose start the first body row of the first table had a box in the viewport',
        'cls: sum of layout-shift entries without recent input with startTime <= tti + 500 ms',
        'nomatrix: encodedBodySize of everything under the widget path fetched by a page with the loader and no element, after load + 1 s + scroll + 1 s',
        'size: gzip -9 and brotli -q 11 of the js/wasm/css files each page fetched (not the page, not rows.js), from disk',
        'filter: ms from just before the action to the first MutationObserver callback / rAF in which the first table shows the new state; paint: to the end of the next frame after that (rAF + MessageChannel)',
        'memory: CDP Performance.getMetrics JSHeapUsedSize before and after HeapProfiler.collectGarbage; wasmMemory is the wasm linear memory',
      ],
    },
    summary,
    samples: { nomatrix, normal, scale },
  };
} finally {
  await browser.close();
  await server.close();
}
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(results, null, 1) + '\n');
const errors = [results.summary.normal, results.summary.scale].flatMap((s) => Object.values(s).flatMap((x) => x?.errors ?? []))
  .concat(results.samples.nomatrix.flatMap((x) => x.errors ?? []));
if (errors.length) console.error(`[bench] WARNING: ${errors.length} page errors, see samples[].errors`);
console.log(`\nRaw samples and summary: ${join(RESULTS, 'latest.json')} (${results.meta.seconds} s)`);
