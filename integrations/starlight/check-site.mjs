// Opens the new Starlight site integrations/starlight/test built, in Chromium, as a reader goes
// through it:
//   node integrations/starlight/check-site.mjs DIST DIST_WITH_VIEW_TRANSITIONS
// DIST (Starlight as it comes: every link a full page load):
// - the welcome page (no matrix) requests nothing of the widget: no loader, no wasm;
// - its sidebar link leads to the Markdown page's matrix, whose rows are painted before the
//   wasm (prerendered at build time), which does not move when the wasm takes over (CLS) and
//   which then filters;
// - Starlight's theme select (dark, light) is followed live, and kept on the next page;
// - the MDX page's fence keeps its options (party, view, title);
// - back to the welcome page: still no widget request.
// DIST_WITH_VIEW_TRANSITIONS (<ClientRouter />): the same walk without page loads; each
// matrix is upgraded after the swap, and back and forth (history) it still works.
// Screenshots: /tmp/starlight-light.png, /tmp/starlight-dark.png (or $SCREENSHOTS).
import assert from 'node:assert/strict';
import { serve } from '../../e2e/serve.mjs';
import { launch, newPage } from '../../e2e/browser.mjs';
import { WidgetPage } from '../../e2e/pages/widget.mjs';
import { holdWasm } from '../../e2e/first-paint.mjs';
import { ROWS, fenceWithOptions, prerenderedThenLive } from '../site-checks.mjs';

const [plain, withTransitions] = process.argv.slice(2);
const shots = process.env.SCREENSHOTS ?? '/tmp';
const widgetRequests = (requests) => requests.filter((p) => p.startsWith('/raci/') || p.endsWith('.wasm'));
const sidebar = (page, href) => page.locator(`nav.sidebar a[href="${href}"]:visible`).first();
const themeOf = (page) => page.locator('raci-matrix').first().evaluate((el) => el.dataset.raciTheme);

/** Starlight's theme select (in the header at this width); the widget follows it. */
async function pickTheme(page, theme) {
  await page.locator('starlight-theme-select select:visible').first().selectOption(theme);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
  const followed = await page
    .waitForFunction((t) => document.querySelector('raci-matrix').dataset.raciTheme === t, theme, { timeout: 5000 })
    .then(() => true, () => false);
  assert.ok(followed, `Starlight's ${theme} theme: the widget says ${await themeOf(page)} (web/raci-widget.js hostTheme)`);
}

/**
 * Clicks a sidebar link; `load`: whether the browser loads a new document, or Astro swaps it in
 * (then this waits for its astro:page-load, the swap done and the new page's scripts run).
 */
async function go(page, href, { load }) {
  await page.evaluate(() => {
    window.raciSamePage = true;
    window.raciSwapped = new Promise((done) => document.addEventListener('astro:page-load', done, { once: true }));
  });
  await Promise.all([page.waitForURL(`**${href}`), sidebar(page, href).click()]);
  if (!load) await swapDone(page, href);
  await page.waitForLoadState('networkidle');
  const same = await page.evaluate(() => window.raciSamePage === true);
  assert.equal(same, !load, `${href}: ${load ? 'a page load' : 'a client-side navigation'} expected`);
}

/** Waits (10 s at most) for the astro:page-load that go() or back() listens for. */
async function swapDone(page, href) {
  const swapped = await page.evaluate(
    () => Promise.race([window.raciSwapped.then(() => true), new Promise((ok) => setTimeout(ok, 10000, false))]),
  );
  assert.ok(swapped, `${href}: no astro:page-load within 10 s`);
}

/** History back, as Astro's router does it (a swap, no load). */
async function back(page, href) {
  await page.evaluate(() => {
    window.raciSwapped = new Promise((done) => document.addEventListener('astro:page-load', done, { once: true }));
  });
  await Promise.all([page.waitForURL(`**${href}`), page.goBack()]);
  await swapDone(page, href);
}

const browser = await launch();
let server;
try {
  // --- Starlight as it comes: full page loads. ---
  server = await serve(plain);
  let page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  const held = await holdWasm(page);

  // 1. The welcome page: no matrix, nothing of the widget.
  await page.goto(`${server.url}/`);
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('raci-matrix').count(), 0);
  assert.deepEqual(widgetRequests(server.requests), [], 'the welcome page requests nothing of the widget');

  // 2. To the matrix (a page load): the prerendered rows before the wasm, then live.
  await page.evaluate(() => (window.raciSamePage = true));
  await Promise.all([page.waitForURL('**/release/'), sidebar(page, '/release/').click()]);
  assert.equal(await page.evaluate(() => window.raciSamePage), undefined, 'Starlight loads each page in full');
  const { w, cls } = await prerenderedThenLive(page, held);
  const matrix = w.root;
  assert.ok(server.requests.includes('/raci/raci-widget-core_bg.wasm'), 'the wasm, from the site');
  assert.deepEqual(await w.rows(), ROWS, 'the filters cleared');
  console.log(`  Starlight: rows before the wasm, CLS ${cls.toFixed(4)} at takeover, filterable`);

  // 3. Starlight's theme select: dark, then light, followed live; the colors change.
  const ink = () => matrix.locator('.raci-table').first().evaluate((t) => getComputedStyle(t).color);
  await pickTheme(page, 'dark');
  const dark = await ink();
  await page.screenshot({ path: `${shots}/starlight-dark.png` });
  await pickTheme(page, 'light');
  assert.notEqual(await ink(), dark, 'the table is drawn in other colors in the light theme');
  await page.screenshot({ path: `${shots}/starlight-light.png` });
  await pickTheme(page, 'dark');

  // 4. The MDX page, in a subfolder (a page load): its options, the theme kept.
  await go(page, '/teams/legal/', { load: true });
  await fenceWithOptions(page);
  assert.equal(await themeOf(page), 'dark', 'the theme kept across pages');

  // 5. Back to the welcome page: nothing of the widget loads there.
  let before = server.requests.length;
  await go(page, '/', { load: true });
  assert.deepEqual(widgetRequests(server.requests.slice(before)), [], 'the welcome page again: no widget request');
  assert.deepEqual(page.errors, []);
  await page.close();
  await server.close();
  server = null;
  console.log('  Starlight: the theme select followed, page to page, nothing loaded without a matrix');

  // --- With view transitions: Astro swaps the page, no loads. ---
  server = await serve(withTransitions);
  page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/`);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(widgetRequests(server.requests), [], 'view transitions: the welcome page requests nothing of the widget');
  await go(page, '/release/', { load: false });
  const swapped = new WidgetPage(page, page.locator('raci-matrix').first());
  await swapped.ready();
  assert.deepEqual(await swapped.rows(), ROWS, 'view transitions: the matrix after the swap');
  await swapped.filterParty('legal');
  assert.deepEqual(await swapped.rows(), ['Announce']);
  await pickTheme(page, 'dark');
  await go(page, '/teams/legal/', { load: false });
  await fenceWithOptions(page);
  const pageTheme = () => page.evaluate(() => document.documentElement.dataset.theme);
  assert.equal(await themeOf(page), await pageTheme(), 'after the swap, the theme the page shows');
  await go(page, '/', { load: false });
  assert.equal(await page.locator('raci-matrix').count(), 0);
  before = server.requests.length;
  // History back to the MDX page, then to the Markdown one: swaps again, live again.
  await back(page, '/teams/legal/');
  await fenceWithOptions(page);
  await back(page, '/release/');
  const again = new WidgetPage(page, page.locator('raci-matrix').first());
  await again.ready();
  assert.deepEqual(await again.rows(), ROWS, 'back on the matrix page: a new matrix, unfiltered');
  await pickTheme(page, 'light');
  await go(page, '/teams/legal/', { load: false });
  await fenceWithOptions(page);
  assert.equal(await themeOf(page), await pageTheme(), 'after the swap, the theme the page shows');
  console.log(`  Starlight with view transitions: light picked, after a swap the page shows ${await pageTheme()}`);
  assert.equal(await page.evaluate(() => window.raciSamePage), true, 'no page load on the way');
  assert.deepEqual(widgetRequests(server.requests.slice(before)).filter((p) => p.endsWith('.wasm')), [], 'the wasm loaded once');
  assert.deepEqual(page.errors, []);
  console.log('  Starlight with view transitions: each swapped-in matrix upgraded and live, back and forth');
} finally {
  await browser.close();
  await server?.close();
}
