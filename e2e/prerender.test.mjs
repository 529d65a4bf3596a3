// Prerendered markup (`raci convert --prerender`): the table is painted before any wasm, in the
// widget's own look; when the wasm takes over, nothing moves (CLS ≤ 0.01), focus stays.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { newPage, ARTIFACTS } from './browser.mjs';
import { DIST, raci, useServerAndBrowser } from './suite.mjs';
import { WidgetPage, isLive, isLiveNow, frames } from './pages/widget.mjs';

const suite = useServerAndBrowser({ '/': ARTIFACTS, '/docs/assets/raci/': DIST });

before(() => {
  const tag = raci(['convert', '--builtin', '--to', 'html', '--model', 'customer-self-managed', '--prerender', '/docs/assets/raci/raci-widget.css']);
  writeFileSync(`${ARTIFACTS}/prerendered.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Prerendered</title><link rel="icon" href="/docs/assets/raci/favicon.svg">
<link rel="stylesheet" href="/docs/assets/raci/raci-widget.css">
<script type="module" src="/docs/assets/raci/raci-widget.js"></script></head>
<body><h1>Prerendered matrix</h1><p>Text above.</p>
${tag}
<p id="below">Text below the matrix.</p></body></html>`);
});

/** Records layout shifts, with what moved, from the page's start (an init script). */
function recordShifts() {
  window.shifts = [];
  const name = (n) => {
    if (!n) return '(gone)';
    if (n.nodeType !== 1) return `#text "${n.textContent.trim().slice(0, 30)}"`;
    const where = n.getRootNode() instanceof ShadowRoot ? 'shadow: ' : '';
    const cls = typeof n.className === 'string' && n.className ? `.${n.className.trim().split(/\s+/).join('.')}` : '';
    return `${where}${n.localName}${n.id ? `#${n.id}` : ''}${cls} "${n.textContent.trim().slice(0, 30)}"`;
  };
  const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      const sources = e.sources.map((s) => `${name(s.node)}: ${rect(s.previousRect)} -> ${rect(s.currentRect)}`);
      window.shifts.push({ value: e.value, at: Math.round(e.startTime), sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const total = (shifts) => shifts.reduce((sum, s) => sum + s.value, 0);

test('the table is painted before any wasm and does not move when the wasm takes over', async () => {
  const page = await newPage(suite.browser, { viewport: { width: 1200, height: 900 } });
  let releaseWasm;
  const wasmHeld = new Promise((ok) => (releaseWasm = ok));
  await page.route('**/*.wasm', async (route) => {
    await wasmHeld;
    await route.continue();
  });
  await page.addInitScript(recordShifts);
  const cssRequests = () => suite.server.requests.filter((p) => p.endsWith('/raci-widget.css')).length;
  const cssBefore = cssRequests();
  await page.goto(`${suite.server.url}/prerendered.html`);
  const matrix = page.locator('raci-matrix');
  // Before the wasm: the widget's table, styled, with all its rows.
  const w = new WidgetPage(page, matrix);
  // (Not w.ready(): that waits for the live widget.)
  await matrix.locator('.raci table').first().waitFor();
  assert.equal((await w.rows()).length, 16);
  assert.equal(await isLiveNow(matrix), false, 'no wasm yet');
  const chipBg = () => matrix.locator('.raci-chip').first().evaluate((c) => getComputedStyle(c).backgroundColor);
  const styledBefore = await chipBg();
  assert.notEqual(styledBefore, 'rgba(0, 0, 0, 0)');
  const below = () => page.locator('#below').boundingBox();
  const boxBefore = await below();
  await matrix.locator('button[data-party="customer"]').focus();
  releaseWasm();
  assert.equal(await isLive(matrix), true);
  await frames(page);
  // The live widget: same place, same look, same focus, and it works.
  assert.deepEqual(await below(), boxBefore);
  assert.equal(await chipBg(), styledBefore);
  // The widget took its rules from the page's own link: the stylesheet was fetched once.
  assert.equal(cssRequests() - cssBefore, 1, 'raci-widget.css requested once');
  const shifts = await page.evaluate(() => window.shifts);
  assert.ok(total(shifts) <= 0.01, `cumulative layout shift ${total(shifts)}: ${JSON.stringify(shifts, null, 1)}`);
  assert.equal(await matrix.evaluate((el) => el.shadowRoot.activeElement?.dataset.party), 'customer');
  await page.keyboard.press('Enter');
  await matrix.locator('button[data-party="customer"][aria-pressed="true"]').waitFor({ timeout: 5000 });
  assert.deepEqual(page.errors, []);
  await page.screenshot({ path: `${ARTIFACTS}/prerendered.png` });
  await page.close();
});

// Whatever the timing: the CPU slowed down 4x (as on a busy phone), the files arriving when they
// do, the takeover must not move anything, on every one of 30 loads.
test('over 30 loads on a 4x slower CPU, the takeover never shifts the page (CLS <= 0.01)', async () => {
  const loads = [];
  for (let i = 0; i < 30; i++) {
    const page = await newPage(suite.browser, { viewport: { width: 1200, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(recordShifts);
    await page.goto(`${suite.server.url}/prerendered.html`);
    assert.equal(await isLive(page.locator('raci-matrix')), true);
    await frames(page);
    const shifts = await page.evaluate(() => window.shifts);
    loads.push({ load: i + 1, cls: total(shifts), shifts });
    assert.deepEqual(page.errors, []);
    await page.close();
  }
  const worst = loads.reduce((a, b) => (b.cls > a.cls ? b : a));
  console.log(`max CLS over ${loads.length} throttled loads: ${worst.cls.toFixed(4)} (load ${worst.load})`);
  for (const s of worst.shifts) console.log(`  shift ${s.value.toFixed(4)} at ${s.at} ms: ${s.sources.join('; ')}`);
  assert.ok(worst.cls <= 0.01, `load ${worst.load}: CLS ${worst.cls}`);
});
