// Opens the new VitePress site integrations/vitepress/test built, in Chromium, as a reader
// goes through it:
//   node integrations/vitepress/check-site.mjs SITE_OUTPUT BASE
// - the release page, loaded: its rows painted before the wasm (the prerendered first view,
//   styled), Vue's hydration leaving the element as the server wrote it (no mismatch
//   warning, the fallback table in place), nothing moving when the wasm takes over
//   (CLS <= 0.01), then filterable;
// - VitePress' appearance switch (html.dark) followed both ways;
// - its router: release -> home -> release -> legal (options kept) -> back -> forward, all
//   client-side, each matrix live and filterable;
// - a first visit to the home page (no matrix) requests the loader and nothing else of the
//   widget: no main module, no wasm; then the router takes it to the matrix, which comes alive.
// Screenshots: /tmp/vitepress-light.png, /tmp/vitepress-dark.png (or $SCREENSHOTS).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serve } from '../../e2e/serve.mjs';
import { launch, newPage } from '../../e2e/browser.mjs';
import { WidgetPage, firstView, frames } from '../../e2e/pages/widget.mjs';
import { holdWasm } from '../../e2e/first-paint.mjs';

const [site, base] = process.argv.slice(2);
if (!base) {
  console.error('usage: check-site.mjs SITE_OUTPUT BASE');
  process.exit(2);
}
const shots = process.env.SCREENSHOTS ?? '/tmp';
const ROWS = ['Scope the release', 'Announce'];
const widgetRequests = (requests) => requests.filter((p) => p.includes('/assets/raci/'));
const gzip = (path) => gzipSync(readFileSync(`${site}/assets/raci/${path}`)).length;

const server = await serve({ [base]: site });
const browser = await launch();
/**
 * A page that also records what Vue says about hydration (warnings, and production's error),
 * and its layout shifts in two sums: VitePress' own nav bar's (it rearranges itself as it
 * hydrates, on every page, with a matrix or without) and the rest's, the page's content.
 */
async function open() {
  const page = await newPage(browser, { viewport: { width: 1440, height: 900 } });
  page.hydration = [];
  // The site has no favicon; Chromium asks for one at the server's root.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  page.on('console', (m) => /hydrat/i.test(m.text()) && page.hydration.push(`${m.type()}: ${m.text()}`));
  await page.addInitScript(() => {
    window.shifts = { nav: 0, content: 0 };
    const inNav = (node) => node?.isConnected && !!node.closest?.('.VPNav');
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.shifts[entry.sources.every((s) => inNav(s.node)) ? 'nav' : 'content'] += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}
const shifts = (page) => page.evaluate(() => window.shifts);
/** The page whose heading is `name` is shown (VitePress changes the URL before the content). */
const shown = (page, name) => page.locator('.vp-doc h1', { hasText: name }).waitFor();
/** Follows a sidebar link by VitePress' router: the page is not reloaded (a marker on window stays). */
async function follow(page, name, url) {
  await page.evaluate(() => (window.stayed = true));
  await Promise.all([page.waitForURL(url), page.locator('.VPSidebar').getByRole('link', { name, exact: true }).click()]);
  await shown(page, name);
  assert.equal(await page.evaluate(() => window.stayed), true, `${name}: reached by the router, not a page load`);
}
try {
  // 1. The release page, loaded, with the wasm held back.
  const page = await open();
  const held = await holdWasm(page);
  await page.goto(`${server.url}${base}release.html`);
  const matrix = page.locator('raci-matrix').first();
  const w = new WidgetPage(page, matrix);
  assert.deepEqual(await firstView(matrix), { rows: ROWS, live: false, styled: true }, 'the first view, before the wasm');
  // Hydrated (the theme's nav works) and the element as the server wrote it.
  await page.waitForFunction(() => document.querySelector('#app')?.__vue_app__);
  await frames(page);
  const light = await matrix.evaluate((el) => ({
    rows: [...el.querySelectorAll(':scope > table tbody th[scope=row]')].map((th) => th.textContent),
    template: !!el.querySelector(':scope > template[shadowrootmode]'),
    firstView: !!el.shadowRoot?.querySelector('.raci-first-view'),
  }));
  assert.deepEqual(light, { rows: ROWS, template: false, firstView: true }, 'after hydration: the fallback table, the first view');
  held.release();
  await w.ready();
  await frames(page);
  const { content: cls, nav } = await shifts(page);
  assert.ok(cls <= 0.01, `cumulative layout shift ${cls} of the page's content from the first paint to the live widget`);
  assert.ok(server.requests.includes(`${base}assets/raci/raci-widget-core_bg.wasm`), 'the wasm, from the site');
  await w.filterParty('legal');
  assert.deepEqual(await w.rows(), ['Announce'], 'filtered by legal');
  await w.clearFilters();
  assert.deepEqual(await w.rows(), ROWS);

  // 2. The appearance switch (html.dark), both ways.
  const theme = () => matrix.evaluate((el) => el.dataset.raciTheme);
  const ink = () => matrix.locator('.raci-table').first().evaluate((t) => getComputedStyle(t).color);
  const toggle = async (dark) => {
    await page.locator('.VPNavBar .VPSwitchAppearance:visible').click();
    await page.waitForFunction((d) => document.documentElement.classList.contains('dark') === d, dark);
    const expected = dark ? 'dark' : 'light';
    const followed = await page
      .waitForFunction((t) => document.querySelector('raci-matrix').dataset.raciTheme === t, expected, { timeout: 5000 })
      .then(() => true, () => false);
    assert.ok(followed, `html.dark ${dark}: the widget says ${await theme()}, not ${expected}`);
  };
  if ((await theme()) !== 'light') await toggle(false); // the reader's preference may be dark
  const lightInk = await ink();
  await page.screenshot({ path: `${shots}/vitepress-light.png` });
  await toggle(true);
  assert.notEqual(await ink(), lightInk, 'the table is drawn in dark colors');
  await page.screenshot({ path: `${shots}/vitepress-dark.png` });
  await toggle(false);
  assert.equal(await ink(), lightInk);

  // 3. The router, to and from the matrix pages.
  await follow(page, 'Home', `**${base}`);
  assert.equal(await page.locator('raci-matrix').count(), 0, 'home has no matrix');
  await follow(page, 'Release', '**/release.html');
  const again = new WidgetPage(page, page.locator('raci-matrix').first());
  await again.ready();
  assert.deepEqual(await again.rows(), ROWS);
  await again.filterParty('engineering');
  assert.deepEqual(await again.rows(), ROWS, 'engineering is in both tasks');
  assert.match(await again.count(), /^2 of 2 tasks/);
  await follow(page, 'Legal', '**/teams/legal.html');
  const legal = new WidgetPage(page, page.locator('raci-matrix').first());
  await legal.ready();
  assert.deepEqual(await legal.rows(), ['Announce'], 'party="legal" applied');
  assert.equal(await page.locator('raci-matrix [data-view="parties"][aria-pressed="true"]').count(), 1, 'view="parties"');
  assert.ok((await page.locator('raci-matrix').first().innerHTML()).includes("<caption>Legal's part</caption>"), 'the title');
  await Promise.all([page.waitForURL('**/release.html'), page.goBack()]);
  await shown(page, 'Release');
  const back = new WidgetPage(page, page.locator('raci-matrix').first());
  await back.ready();
  await back.filterParty('legal');
  assert.deepEqual(await back.rows(), ['Announce'], 'back: live and filterable');
  await Promise.all([page.waitForURL('**/teams/legal.html'), page.goForward()]);
  await shown(page, 'Legal');
  await new WidgetPage(page, page.locator('raci-matrix').first()).ready();
  assert.deepEqual(await legal.rows(), ['Announce'], 'forward: the legal matrix again');
  assert.equal(await page.evaluate(() => window.stayed), true, 'back and forward by the router');
  assert.deepEqual(page.hydration, [], 'Vue said nothing about hydration');
  assert.deepEqual(page.errors, []);

  // 4. A first visit to a page without a matrix: the loader only; then the router to one.
  const home = await open();
  const before = server.requests.length;
  await home.goto(`${server.url}${base}`);
  await home.waitForLoadState('networkidle');
  assert.equal((await shifts(home)).nav, nav, "the nav bar's shift is the theme's: the same without a matrix");
  const homeWidget = widgetRequests(server.requests.slice(before));
  assert.deepEqual(homeWidget, [`${base}assets/raci/raci-widget.js`], 'home: the loader, nothing else of the widget');
  const loader = gzip('raci-widget.js');
  await follow(home, 'Release', '**/release.html');
  const reached = new WidgetPage(home, home.locator('raci-matrix').first());
  await reached.ready();
  await reached.filterParty('legal');
  assert.deepEqual(await reached.rows(), ['Announce'], 'reached by the router from home: live, filterable');
  const matrixPage = [...new Set(widgetRequests(server.requests.slice(before)))].filter((p) => !homeWidget.includes(p));
  assert.ok(matrixPage.some((p) => p.endsWith('.wasm')), 'the wasm, once a matrix is shown');
  const rest = matrixPage.reduce((sum, p) => sum + gzip(p.slice(p.lastIndexOf('/') + 1)), 0);
  assert.deepEqual(home.hydration, []);
  assert.deepEqual(home.errors, []);
  console.log(
    `  VitePress: rows before the wasm, CLS ${cls.toFixed(4)} (VitePress' nav bar: ${nav.toFixed(4)}, on every page), filterable, html.dark followed, router to and from the matrix; ` +
      `a page without a matrix loads the loader only (${loader} B gzip), a matrix the rest (${matrixPage.length} files, ${rest} B gzip)`,
  );
} finally {
  await browser.close();
  await server.close();
}
