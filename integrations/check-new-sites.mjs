// Opens the two new-user sites integrations/test built (MkDocs Material at /, Docusaurus under
// /) in Chromium: the fenced table is a working, filterable, dark-mode-following matrix. Where
// the site prerendered it (Docusaurus, through the Node module), its rows are painted before
// the wasm arrives and nothing moves when the wasm takes over (CLS ≤ 0.01).
import assert from 'node:assert/strict';
import { serve } from '../e2e/serve.mjs';
import { launch, newPage } from '../e2e/browser.mjs';
import { WidgetPage, isLiveNow } from '../e2e/pages/widget.mjs';
import { holdWasm } from '../e2e/first-paint.mjs';

const [mkdocsSite, docusaurusSite] = process.argv.slice(2);
const ROWS = ['Scope the release', 'Announce'];

const browser = await launch();
try {
  for (const [name, dir, path, darkToggle, prerendered] of [
    ['MkDocs Material', mkdocsSite, '/', null, false],
    ['Docusaurus', docusaurusSite, '/docs/raci/', '.navbar button[aria-label*="dark and light mode"]', true],
  ]) {
    const server = await serve(dir);
    const page = await newPage(browser, { viewport: { width: 1200, height: 900 } });
    const held = prerendered ? await holdWasm(page) : null;
    await page.goto(`${server.url}${path}`);
    const matrix = page.locator('raci-matrix').first();
    const w = new WidgetPage(page, matrix);
    if (prerendered) {
      // Before any wasm: the widget's own table, styled, every row (not the light-DOM fallback).
      await matrix.locator('.raci table').first().waitFor();
      assert.deepEqual(await w.rows(), ROWS, `${name}: rows before the wasm`);
      assert.equal(await isLiveNow(matrix), false, `${name}: no wasm yet`);
      const chip = await matrix.locator('.raci-chip').first().evaluate((c) => getComputedStyle(c).backgroundColor);
      assert.notEqual(chip, 'rgba(0, 0, 0, 0)', `${name}: the first view is styled`);
    }
    held?.release();
    await w.ready();
    assert.deepEqual(await w.rows(), ROWS, name);
    if (prerendered) {
      const cls = await held.cls();
      assert.ok(cls <= 0.01, `${name}: cumulative layout shift ${cls} when the wasm took over`);
    }
    await w.filterParty('legal');
    assert.deepEqual(await w.rows(), ['Announce'], name);
    if (darkToggle) {
      // Docusaurus' toggle may cycle through "system" first: click until the site is dark.
      for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== 'dark'; i++) {
        await page.locator(darkToggle).click();
      }
    } else await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => document.querySelector('raci-matrix').dataset.raciTheme === 'dark');
    // A new Material site asks Google for its fonts; this machine has no such network.
    const errors = page.errors.filter((e) => !e.includes('net::ERR_NAME_NOT_RESOLVED'));
    assert.deepEqual(errors, [], name);
    await page.close();
    await server.close();
    console.log(`  ${name}: a fenced table renders${prerendered ? ' (prerendered: rows before the wasm, no shift)' : ''}, filters and follows dark mode`);
  }
} finally {
  await browser.close();
}
