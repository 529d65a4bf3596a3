// Where the prerendered page's first row goes (issue 12's "first row ≤ 1.2x a static table"):
// loads the static table page and variants of the prerendered page (no script: the first paint
// only) in Chromium with a trace, and prints per variant the first row (bench/probe.mjs, same
// definition as bench.mjs), domInteractive and the main thread's parse, style, layout and paint
// time until that frame. The page as benched keeps its script (the wasm takes over later; the
// first row comes before). Run after bench/run (it reads bench/out/): `node bench/first-paint.mjs`
// (RUNS=7 loads per variant, interleaved, each in a new browser context).
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveGzip } from './server.mjs';
import { probe } from './probe.mjs';
import { median, ms, ratio, table } from './report.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const OUT = join(BENCH, 'out');
const DIR = join(OUT, 'first-paint');
const RUNS = Number(process.env.RUNS || 7);
const read = (file) => readFileSync(join(OUT, file), 'utf8');

/** `text` with `pattern` replaced; throws when it does not occur (a variant must differ). */
function must(text, pattern, by, what) {
  const next = text.replace(pattern, by);
  if (next === text) throw new Error(`first-paint: ${what} not found in out/ours-pre.html (run bench/run first)`);
  return next;
}

// ---------------------------------------------------------------- variants
const pre = read('ours-pre.html');
const css = readFileSync(join(OUT, 'ours', 'raci-widget.css'), 'utf8');
const markup = must(pre, /<script type="module" src="[^"]*raci-widget\.js"><\/script>\n/, '', 'the loader script');
const noHeadLink = must(markup, /<link rel="stylesheet" href="[^"]*raci-widget\.css">\n/, '', 'the head stylesheet link');
const shadowLink = /<link rel="stylesheet" href="[^"]*raci-widget\.css">/g;
const inline = must(noHeadLink, shadowLink, () => `<style>${css}</style>`, 'the shadow roots\' stylesheet links');
const firstOnly = (html) => `${html.slice(0, html.indexOf('</raci-matrix>'))}</raci-matrix>\n</main>\n</body>\n</html>\n`;
const VARIANTS = [
  ['static', 'static HTML table (the anchor)', read('static.html')],
  ['page', 'ours-pre.html as benched (script)', pre],
  ['pasted', 'the same without the script', markup],
  ['inline', 'stylesheet inline, no links', inline],
  ['fonts', 'inline + the page\'s fonts', inline.replace(/<\/style>/g, '.raci *{font:inherit!important}</style>')],
  ['unstyled', 'no stylesheet at all', must(noHeadLink, shadowLink, '', 'the shadow roots\' stylesheet links')],
  ['one', 'inline, first matrix only', firstOnly(inline)],
];
mkdirSync(DIR, { recursive: true });
for (const [id, , html] of VARIANTS) writeFileSync(join(DIR, `${id}.html`), html);

// ---------------------------------------------------------------- one load
const STAGES = { ParseHTML: 'parse', UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint' };

async function load(browser, server, id) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const shadow = id !== 'static';
    await page.addInitScript(probe, { lib: id, shadow, hostSel: 'raci-matrix', rowSel: 'tbody tr', tables: 1, expectRows: 1 });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'loading'] });
    await page.goto(`${server.url}/${id}.html`, { waitUntil: 'load' });
    const m = await page.evaluate(async () => {
      await Promise.race([__bench.painted, new Promise((ok) => setTimeout(ok, 10_000))]);
      const all = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? all(el.shadowRoot) : 0), 0);
      const nav = performance.getEntriesByType('navigation')[0];
      return { firstRow: __bench.firstRow, domInteractive: nav.domInteractive, elements: all(document) };
    });
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const start = events.find((e) => e.name === 'navigationStart')?.ts;
    const main = events.find((e) => e.name === 'ParseHTML')?.tid;
    const work = { parse: 0, style: 0, layout: 0, paint: 0 };
    for (const e of events) {
      const stage = STAGES[e.name];
      if (!stage || !e.dur || e.tid !== main || start === undefined) continue;
      if ((e.ts - start) / 1000 <= m.firstRow) work[stage] += e.dur / 1000;
    }
    return { ...m, ...work };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- run, print
const server = await serveGzip({ '/': DIR, '/raci/': join(OUT, 'ours') });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const chromiumVersion = browser.version();
const samples = Object.fromEntries(VARIANTS.map(([id]) => [id, []]));
try {
  for (let run = -1; run < RUNS; run++) {
    for (const [id] of VARIANTS) {
      const sample = await load(browser, server, id);
      if (run >= 0) samples[id].push(sample); // run -1 warms the browser up
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const KEYS = ['firstRow', 'domInteractive', 'parse', 'style', 'layout', 'paint', 'elements'];
const summary = Object.fromEntries(
  VARIANTS.map(([id, label]) => [id, { label, ...Object.fromEntries(KEYS.map((k) => [k, median(samples[id].map((s) => s[k]))])) }]),
);
table(
  `First paint of the prerendered page and variants of its markup, median of ${RUNS} loads, Chromium ${chromiumVersion}; ms from navigation start; main-thread work until the first-row frame (trace)`,
  ['page', 'first row', 'vs static', 'domInteractive', 'parse', 'style', 'layout', 'paint', 'elements'],
  VARIANTS.map(([id]) => {
    const s = summary[id];
    return [s.label, ms(s.firstRow), ratio(s.firstRow, summary.static.firstRow), ms(s.domInteractive), ms(s.parse), ms(s.style), ms(s.layout), ms(s.paint), s.elements];
  }),
);
mkdirSync(join(BENCH, 'results'), { recursive: true });
writeFileSync(join(BENCH, 'results', 'first-paint.json'), JSON.stringify({ date: new Date().toISOString(), runs: RUNS, chromium: chromiumVersion, summary, samples }, null, 1));
