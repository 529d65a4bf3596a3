// The same site under `vitepress dev` (integrations/vitepress/test starts it), in Chromium:
//   node integrations/vitepress/check-dev.mjs URL      (URL: the dev server with the site's base)
// The dev server renders pages in the browser (no prerendered HTML, no hydration): the matrix
// page's widget comes alive from the files the plugin serves, and filters.
import assert from 'node:assert/strict';
import { launch, newPage } from '../../e2e/browser.mjs';
import { WidgetPage } from '../../e2e/pages/widget.mjs';

const [url] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await newPage(browser, { viewport: { width: 1440, height: 900 } });
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  const wasm = page.waitForResponse((r) => r.url().endsWith('/assets/raci/raci-widget-core_bg.wasm'));
  await page.goto(`${url}release`);
  const w = new WidgetPage(page);
  await w.ready();
  const response = await wasm;
  assert.equal(response.headers()['content-type'], 'application/wasm', 'the wasm, served by the plugin');
  await w.filterParty('legal');
  assert.deepEqual(await w.rows(), ['Announce']);
  assert.deepEqual(page.errors, []);
  console.log('  vitepress dev: the plugin serves the widget, the matrix is live and filters');
} finally {
  await browser.close();
}
