// Docs sites include the script on every page: a page without a matrix fetches only the small
// loader; a matrix far below the fold loads when it comes near; until then its own table is
// there to read, print and find.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from './browser.mjs';
import { DIST, FIXTURES, useServerAndBrowser } from './suite.mjs';
import { WidgetPage } from './pages/widget.mjs';

const suite = useServerAndBrowser({ '/': FIXTURES, '/docs/assets/raci/': DIST });

// Paths requested while `action` runs.
async function requested(action) {
  const before = suite.server.requests.length;
  await action();
  return suite.server.requests.slice(before);
}

const widgetFiles = (paths) => paths.filter((p) => p.startsWith('/docs/assets/raci/') && !p.endsWith('.svg'));

test('a page without a matrix fetches the loader and nothing else', async () => {
  const page = await newPage(suite.browser);
  const paths = await requested(async () => {
    await page.goto(`${suite.server.url}/no-matrix.html`);
    await page.waitForLoadState('networkidle');
  });
  assert.deepEqual(widgetFiles(paths), ['/docs/assets/raci/raci-widget.js']);
  assert.ok(await page.evaluate(() => !!customElements.get('raci-matrix')), 'the element is defined');
  // A matrix added later (client-side navigation) loads the rest then.
  const later = await requested(async () => {
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<raci-matrix id="late"></raci-matrix>'));
    await new WidgetPage(page, page.locator('#late')).ready();
  });
  // Each file once: the loader preloads them all at the first start, the way the glue and the
  // main module then ask for them, so those requests reuse the preloaded responses. The
  // built-in matrices need no run-time reader: its files are not fetched.
  const rest = ['raci-widget-core.js', 'raci-widget-core_bg.wasm', 'raci-widget-main.js', 'raci-widget.css'];
  assert.deepEqual(widgetFiles(later).sort(), rest.map((f) => `/docs/assets/raci/${f}`));
  const preloaded = await page.evaluate(() =>
    [...document.head.querySelectorAll('link[rel=modulepreload], link[rel=preload]')].map((l) => new URL(l.href).pathname.split('/').pop()));
  assert.deepEqual(preloaded.sort(), rest.filter((f) => f !== 'raci-widget-main.js'));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a matrix far below the fold waits until it comes near; its table reads meanwhile', async () => {
  const page = await newPage(suite.browser, { viewport: { width: 1000, height: 800 } });
  const first = await requested(async () => {
    await page.goto(`${suite.server.url}/far-below.html`);
    await page.waitForLoadState('networkidle');
  });
  assert.ok(!first.some((p) => p.endsWith('.wasm')), 'no wasm before the matrix comes near');
  // The author's table is in the page: find in page and print see it.
  assert.ok(await page.getByText('Findable task').count());
  const near = await requested(async () => {
    await page.locator('#far').scrollIntoViewIfNeeded();
    await new WidgetPage(page, page.locator('#far')).ready();
  });
  assert.ok(near.some((p) => p.endsWith('.wasm')));
  assert.deepEqual(await new WidgetPage(page, page.locator('#far')).rows(), ['Findable task']);
  await page.close();
});
