// Prerendered markup (`raci convert --prerender`): the table is painted before any wasm, in the
// widget's own look; when the wasm takes over, nothing moves (CLS ≤ 0.01), focus stays.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { newPage, ARTIFACTS } from './browser.mjs';
import { DIST, useServerAndBrowser } from './suite.mjs';
import { WidgetPage } from './pages/widget.mjs';
import { holdWasm } from './first-paint.mjs';

const suite = useServerAndBrowser({ '/': ARTIFACTS, '/docs/assets/raci/': DIST });
const ROOT = new URL('../', import.meta.url).pathname;

/** Runs the CLI (the debug build ./test's native tests made, else cargo run). */
function raci(...args) {
  const bin = `${ROOT}target/debug/raci`;
  return existsSync(bin)
    ? execFileSync(bin, args, { encoding: 'utf8' })
    : execFileSync('cargo', ['run', '-q', '--offline', '--bin', 'raci', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
}

before(() => {
  const tag = raci('convert', '--builtin', '--to', 'html', '--model', 'customer-self-managed', '--prerender', '/docs/assets/raci/raci-widget.css');
  writeFileSync(`${ARTIFACTS}/prerendered.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Prerendered</title><link rel="icon" href="/docs/assets/raci/favicon.svg">
<link rel="stylesheet" href="/docs/assets/raci/raci-widget.css">
<script type="module" src="/docs/assets/raci/raci-widget.js"></script></head>
<body><h1>Prerendered matrix</h1><p>Text above.</p>
${tag}
<p id="below">Text below the matrix.</p></body></html>`);
});

test('the table is painted before any wasm and does not move when the wasm takes over', async () => {
  const page = await newPage(suite.browser, { viewport: { width: 1200, height: 900 } });
  const { release: releaseWasm, cls: shifts } = await holdWasm(page);
  await page.goto(`${suite.server.url}/prerendered.html`);
  const matrix = page.locator('raci-matrix');
  // Before the wasm: the widget's table, styled, with all its rows.
  const w = new WidgetPage(page, matrix);
  // (Not w.ready(): that waits for the live widget.)
  await matrix.locator('.raci table').first().waitFor();
  assert.equal((await w.rows()).length, 16);
  assert.equal(await page.evaluate(() => !!document.querySelector('raci-matrix').raciCore), false, 'no wasm yet');
  const chipBg = () => matrix.locator('.raci-chip').first().evaluate((c) => getComputedStyle(c).backgroundColor);
  const styledBefore = await chipBg();
  assert.notEqual(styledBefore, 'rgba(0, 0, 0, 0)');
  const below = () => page.locator('#below').boundingBox();
  const boxBefore = await below();
  await matrix.locator('button[data-party="customer"]').focus();
  releaseWasm();
  await page.waitForFunction(() => !!document.querySelector('raci-matrix').raciCore);
  await page.waitForTimeout(300);
  // The live widget: same place, same look, same focus, and it works.
  assert.deepEqual(await below(), boxBefore);
  assert.equal(await chipBg(), styledBefore);
  const cls = await shifts();
  assert.ok(cls <= 0.01, `cumulative layout shift ${cls}`);
  assert.equal(await matrix.evaluate((el) => el.shadowRoot.activeElement?.dataset.party), 'customer');
  await page.keyboard.press('Enter');
  await matrix.locator('button[data-party="customer"][aria-pressed="true"]').waitFor({ timeout: 5000 });
  assert.deepEqual(page.errors, []);
  await page.screenshot({ path: `${ARTIFACTS}/prerendered.png` });
  await page.close();
});
