// The docs plugins (integrations/python, integrations/docusaurus) in the example sites, built by
// examples/build-sites: ```raci fences (Markdown table, options), a wrapped table, src, dark
// mode, client-side navigation, no wasm on a page without a matrix, and prerendered fences (both).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './serve.mjs';
import { launch, newPage } from './browser.mjs';
import { WidgetPage, isLive, frames } from './pages/widget.mjs';
import { axeViolations } from './axe.mjs';
import { holdWasm } from './first-paint.mjs';

const MKDOCS = new URL('../examples/mkdocs/site/', import.meta.url).pathname;
const DOCUSAURUS = new URL('../examples/docusaurus/build/', import.meta.url).pathname;
const sites = {};
let browser;

before(async () => {
  sites.mkdocs = await serve(MKDOCS, {
    transform: (path, body, origin) =>
      path.endsWith('sitemap.xml') ? Buffer.from(body.toString().replaceAll('http://127.0.0.1:8000', origin)) : body,
  });
  sites.docusaurus = await serve({ '/docs/': DOCUSAURUS });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await sites.mkdocs?.close();
  await sites.docusaurus?.close();
});

const ENGINES = {
  mkdocs: {
    own: () => `${sites.mkdocs.url}/own-tables/`,
    home: () => `${sites.mkdocs.url}/`,
    navTo: (page, text) => page.locator('.md-nav a', { hasText: text }).first().click(),
    toggleDark: (page) => page.locator('[data-md-component="palette"] label:not([hidden])').first().click(),
  },
  docusaurus: {
    own: () => `${sites.docusaurus.url}/docs/own-tables/`,
    home: () => `${sites.docusaurus.url}/docs/`,
    navTo: (page, text) => page.locator('.navbar a', { hasText: text }).first().click(),
    toggleDark: (page) => page.locator('.navbar button[aria-label*="dark and light mode"]').click(),
  },
};

/** The n-th <raci-matrix> of the page (its data comes from the fence or table inside it). */
const nth = (page, n) => new WidgetPage(page, page.locator('raci-matrix').nth(n));

for (const [engine, site] of Object.entries(ENGINES)) {
  describe(engine, () => {
    test('fences and a wrapped table become filterable matrices; src loads a file', async () => {
      const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
      await page.goto(site.own());
      const rasci = await nth(page, 0).ready();
      assert.deepEqual(await rasci.rows(), ['Scope the release', 'Write the code', 'Test the release', 'Approve licences', 'Announce']);
      await rasci.filterParty('legal');
      await rasci.toggleRole('c');
      assert.deepEqual(await rasci.rows(), ['Announce']);
      assert.deepEqual((await rasci.chips('Announce')).Consulted, ['Legal (if rights unclear)']);
      // Options: the party view, filtered to Finance, with its title.
      const billing = await nth(page, 1).ready();
      assert.ok(await billing.isPressed('button[data-view="parties"]'));
      assert.ok(await billing.isPressed('button[data-party="finance"]'));
      assert.deepEqual(await billing.rows(), ['Price change', 'Refund policy', 'Webhook retries']);
      assert.match(await billing.root.locator('.raci caption').innerText(), /Billing changes/);
      const wrapped = await nth(page, 2).ready();
      assert.deepEqual((await wrapped.chips('API reference')).Responsible, ['Engineering', 'Docs team']);
      const fromFile = await nth(page, 3).ready();
      assert.deepEqual(await fromFile.rows(), ['On-call rota', 'Incident review']);
      assert.deepEqual(await axeViolations(page, ['raci-matrix']), []);
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test('a page without a matrix loads no wasm; navigating to one loads it; dark follows the site', async () => {
      const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
      const wasm = [];
      page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
      await page.goto(site.home());
      await page.waitForLoadState('networkidle');
      assert.deepEqual(wasm, [], 'no wasm on a page without a matrix');
      await page.evaluate(() => (window.noReload = true));
      await site.navTo(page, 'Your own tables');
      const rasci = await nth(page, 0).ready();
      // The widget's module once; the run-time reader's too where the page has data read in
      // the browser (MkDocs' page also wraps a table of its own), each once.
      const name = (u) => u.split('/').pop();
      assert.deepEqual(wasm.map(name).filter((f) => f === 'raci-widget-core_bg.wasm'), ['raci-widget-core_bg.wasm']);
      assert.equal(new Set(wasm).size, wasm.length, `each once: ${wasm}`);
      assert.equal(await page.evaluate(() => window.noReload), true, 'client-side navigation');
      await site.toggleDark(page);
      await page.waitForFunction(() => document.querySelector('raci-matrix').dataset.raciTheme === 'dark');
      assert.equal(await rasci.root.locator('.raci').evaluate((el) => getComputedStyle(el).color), 'rgb(230, 237, 243)');
      await rasci.filterParty('qa');
      assert.deepEqual(await rasci.rows(), ['Scope the release', 'Write the code', 'Test the release', 'Announce']);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  });
}

for (const engine of ['mkdocs', 'docusaurus']) {
  test(`${engine} fences come prerendered: the table is there before the wasm, nothing moves after`, async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    const { release, cls: shifts } = await holdWasm(page);
    await page.goto(ENGINES[engine].own());
    const first = page.locator('raci-matrix').first();
    await first.locator('.raci tbody th').first().waitFor();
    const w = new WidgetPage(page, first);
    assert.equal((await w.rows()).length, 5, 'the prerendered rows, before any wasm');
    const heading = () => page.locator('h2', { hasText: 'A table you already had' }).boundingBox();
    const before = await heading();
    release();
    assert.equal(await isLive(first), true);
    await frames(page);
    assert.deepEqual(await heading(), before);
    const cls = await shifts();
    assert.ok(cls <= 0.01, `cumulative layout shift ${cls}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}
