// The new Hugo site integrations/hugo/test built, in Chromium (public/ served under /docs/, as
// its baseURL says): the fence is a live, filterable matrix; the options apply; links between
// pages load the widget where there is a matrix and nothing of it where there is none; a bad
// fence shows the widget's message above the author's fallback table (Hugo's own rendering).
// Screenshots, light and dark: /tmp/hugo-*.png.
import assert from 'node:assert/strict';
import { serve } from '../../e2e/serve.mjs';
import { launch, newPage } from '../../e2e/browser.mjs';
import { WidgetPage } from '../../e2e/pages/widget.mjs';

const [dir] = process.argv.slice(2);
const server = await serve({ '/docs/': dir });
const browser = await launch();
const widgetRequests = () => server.requests.filter((p) => p.startsWith('/docs/raci/'));
try {
  const page = await newPage(browser, { viewport: { width: 1100, height: 900 } });
  // The home page has no matrix: no loader, no wasm.
  await page.goto(`${server.url}/docs/`);
  assert.equal(await page.locator('raci-matrix').count(), 0);
  assert.equal(await page.locator('script[src*="raci-widget"]').count(), 0, 'no loader on a page without a matrix');
  assert.deepEqual(widgetRequests(), [], 'no widget file requested on a page without a matrix');

  // A link to the matrix page: rows shown, live, filterable; markup in the data is text.
  await page.getByRole('link', { name: 'release matrix' }).click();
  await page.waitForURL('**/docs/release/');
  const w = await new WidgetPage(page).ready();
  assert.deepEqual(await w.rows(), ['Scope the release', 'Write the code now', 'Test the release', 'Announce']);
  assert.equal(await page.locator('raci-matrix .raci b').count(), 0);
  assert.ok(widgetRequests().some((p) => p.endsWith('.wasm')), 'the wasm is loaded on the matrix page');
  await w.filterParty('legal');
  assert.deepEqual(await w.rows(), ['Announce']);
  await w.clearFilters();
  await w.search('test');
  assert.deepEqual(await w.rows(), ['Test the release']);
  await w.search('');
  // The no-JS fallback is Hugo's own table, in the light DOM, hidden behind the widget.
  assert.equal(await page.locator('raci-matrix > table td', { hasText: 'Scope the release' }).count(), 1);
  await page.screenshot({ path: '/tmp/hugo-release-light.png', fullPage: true });
  // The widget follows the reader's scheme as it changes (a media query listener), both ways.
  const tableColor = () => page.locator('raci-matrix .raci-table').first().evaluate((t) => getComputedStyle(t).color);
  const colorLeaves = (was) => page
    .waitForFunction((c) => getComputedStyle(document.querySelector('raci-matrix').shadowRoot.querySelector('.raci-table')).color !== c, was, { timeout: 5000 })
    .then(() => true, () => false);
  const light = await tableColor();
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.ok(await colorLeaves(light), `the widget follows the reader's dark mode (text stays ${light})`);
  await page.waitForTimeout(500); // the buttons' colour transitions, for the screenshot only
  await page.screenshot({ path: '/tmp/hugo-release-dark.png', fullPage: true });
  const dark = await tableColor();
  await page.emulateMedia({ colorScheme: 'light' });
  assert.ok(await colorLeaves(dark), `the widget follows the reader back to light (text stays ${dark})`);

  // Back home and on to the page without a matrix: a fresh page load, nothing of the widget.
  await page.getByRole('link', { name: 'Back home' }).click();
  await page.waitForURL(/\/docs\/$/);
  const before = widgetRequests().length;
  await page.getByRole('link', { name: 'without a matrix' }).click();
  await page.waitForURL('**/docs/about/');
  await page.locator('main table').waitFor();
  assert.equal(await page.locator('script[src*="raci-widget"]').count(), 0);
  assert.equal(widgetRequests().length, before, 'no widget request on the page without a matrix');
  await page.goBack();
  await page.goBack();
  await new WidgetPage(page).ready();

  // Options: title, view, party (by name, any case), as the fence wrote them.
  await page.goto(`${server.url}/docs/options/`);
  const o = await new WidgetPage(page).ready();
  assert.ok(await page.locator('raci-matrix .raci').getByText('Support rota').first().isVisible());
  assert.deepEqual(await o.columns(), ['Task', 'Description', 'Ops', 'Ops lead', 'Dev', 'QA', 'Support', 'Product']);
  assert.ok(await o.isPressed('button[data-view="parties"]'), 'view="parties"');
  assert.ok(await o.isPressed('button[data-party="ops"]'), 'party="ops"');
  assert.deepEqual(await o.rows(), ['On-call rota', 'Incident review']);
  await page.screenshot({ path: '/tmp/hugo-options.png', fullPage: true });

  // A bad fence: the widget's message, the author's fallback table stays. (A misspelt option
  // value, party="Enginering", is `raci check`'s to find: the test runs it.)
  for (const [path, message, fallback] of [
    ['bad/', 'Error: table 1, row "Network management": 4 cells, the header has 3', 'Network management'],
  ]) {
    await page.goto(`${server.url}/docs/${path}`);
    const el = page.locator('raci-matrix');
    await el.locator('.raci-error').waitFor();
    assert.deepEqual(await new WidgetPage(page, el).problems(), [message], path);
    assert.ok(await el.locator('table td', { hasText: fallback }).first().isVisible(), `${path}: the fallback table stays visible`);
    await page.screenshot({ path: `/tmp/hugo-${path.replace('/', '')}.png`, fullPage: true });
  }
  const unexpected = page.errors.filter((e) => !/Network management/.test(e));
  assert.deepEqual(unexpected, [], 'no other console error');
  console.log('hugo site: ok');
} finally {
  await browser.close();
  await server.close();
}
