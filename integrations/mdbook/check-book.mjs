// Opens the new book integrations/mdbook/test built, in Chromium, as a reader goes through it:
//   node integrations/mdbook/check-book.mjs BOOK_OUTPUT
// - the introduction (no matrix) requests nothing of the widget: no loader, no wasm;
// - its "next chapter" link (a full page load, as mdBook navigates) leads to the matrix, whose
//   rows are painted before the wasm (prerendered at build time) and which then filters;
// - mdBook's theme switch (light/rust vs coal/navy/ayu, a class on <html>) is followed live;
// - the nested chapter's fence keeps its options (party, view, title) and its paths;
// - back to the introduction by the sidebar: still no wasm there.
// Screenshots: /tmp/mdbook-light.png, /tmp/mdbook-coal.png (or $SCREENSHOTS).
import assert from 'node:assert/strict';
import { serve } from '../../e2e/serve.mjs';
import { launch, newPage } from '../../e2e/browser.mjs';
import { holdWasm } from '../../e2e/first-paint.mjs';
import { fenceWithOptions, prerenderedThenLive } from '../site-checks.mjs';

const [book] = process.argv.slice(2);
const shots = process.env.SCREENSHOTS ?? '/tmp';
// mdBook's "next chapter" arrow (the wide or the narrow one, whichever the width shows).
const next = (page) => page.locator('a[rel~="next"]:visible').first();
const widgetRequests = (requests) => requests.filter((p) => /raci-widget|\.wasm$/.test(p));

const server = await serve(book);
const browser = await launch();
try {
  const page = await newPage(browser, { viewport: { width: 1200, height: 900 } });
  const held = await holdWasm(page);

  // 1. A chapter without a matrix.
  await page.goto(`${server.url}/intro.html`);
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('raci-matrix').count(), 0);
  assert.deepEqual(widgetRequests(server.requests), [], 'the introduction requests nothing of the widget');

  // 2. Next chapter (a full page load): the prerendered rows before the wasm, then live.
  await Promise.all([page.waitForURL('**/release.html'), next(page).click()]);
  const { root: matrix } = (await prerenderedThenLive(page, held)).w;
  assert.ok(server.requests.some((p) => p.endsWith('/raci/raci-widget-core_bg.wasm')), 'the wasm, from the book');

  // 3. mdBook's theme switch: the widget follows it, both ways.
  const theme = () => matrix.evaluate((el) => el.dataset.raciTheme);
  const pick = async (name, expected) => {
    // The menu opens from the toggle (and may still be open from the last pick).
    if (!(await page.locator('#mdbook-theme-list').isVisible())) await page.locator('#mdbook-theme-toggle').click();
    await page.locator(`#mdbook-theme-${name}`).click();
    await page.waitForFunction((n) => document.documentElement.classList.contains(n), name);
    const followed = await page
      .waitForFunction((t) => document.querySelector('raci-matrix').dataset.raciTheme === t, expected, { timeout: 5000 })
      .then(() => true, () => false);
    assert.ok(followed, `mdBook's ${name} theme: the widget says ${await theme()}, not ${expected} (web/raci-widget.js hostTheme)`);
  };
  const ink = () => matrix.locator('.raci-table').first().evaluate((t) => getComputedStyle(t).color);
  const shoot = async (name) => {
    await page.keyboard.press('Escape'); // the theme menu closed
    await page.screenshot({ path: `${shots}/mdbook-${name}.png` });
  };
  await pick('light', 'light');
  const light = await ink();
  await shoot('light');
  for (const [name, expected] of [['coal', 'dark'], ['rust', 'light'], ['navy', 'dark'], ['ayu', 'dark']]) await pick(name, expected);
  await pick('coal', 'dark');
  assert.notEqual(await ink(), light, 'the table is drawn in dark colors under coal');
  await shoot('coal');
  assert.equal(await theme(), 'dark');

  // 4. The nested chapter (next of next): its options, its paths, the theme kept.
  for (const chapter of ['teams/index.html', 'teams/legal.html']) {
    await Promise.all([page.waitForURL(`**/${chapter}`), next(page).click()]);
  }
  await fenceWithOptions(page);
  assert.equal(await page.locator('raci-matrix').first().evaluate((el) => el.dataset.raciTheme), 'dark', 'the theme kept across pages');

  // 5. Back to the introduction by the sidebar: nothing of the widget loads there.
  const before = server.requests.length;
  await Promise.all([page.waitForURL('**/intro.html'), page.locator('a[href$="intro.html"]:visible').first().click()]);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(widgetRequests(server.requests.slice(before)), [], 'the introduction again: no widget request');
  assert.deepEqual(page.errors, []);
  console.log('  mdBook: prerendered rows before the wasm, filterable, the theme switch followed, chapter to chapter, nothing loaded without a matrix');
} finally {
  await browser.close();
  await server.close();
}
