// Raw source (README "Use your own matrix"): a <script type="text/markdown|text/csv|
// text/tab-separated-values|application/json"> inside <raci-matrix> is its data, read by the
// wasm's reader. Each type renders and filters; markup in the data stays text; the first such
// script wins over later ones and over the tables; a bad body shows the reader's message above
// the author's fallback; all of it under a strict CSP too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ARTIFACTS } from './browser.mjs';
import { CSP, DIST, FIXTURES, useServerAndBrowser } from './suite.mjs';
import { WidgetPage } from './pages/widget.mjs';

const suite = useServerAndBrowser(
  { '/': FIXTURES, '/docs/assets/raci/': DIST },
  { headers: (url) => (url.includes('csp=on') ? { 'content-security-policy': CSP } : {}) },
);

async function open(csp = false) {
  const page = await newPage(suite.browser, { viewport: { width: 1200, height: 900 } });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${suite.server.url}/raw-source.html?csp=${csp ? 'on' : 'off'}`);
  return page;
}

const widget = (page, id) => new WidgetPage(page, page.locator(`#${id}`)).ready();
const titles = (page, id) => page.locator(`#${id} .raci button[data-model]`).allInnerTexts().then((t) => t.map((s) => s.trim()));

async function problems(page, id) {
  const root = page.locator(`#${id}`);
  await root.locator('.raci-error').waitFor();
  return new WidgetPage(page, root).problems();
}

for (const csp of [false, true]) {
  test(`each raw-source type renders and filters${csp ? ', under a strict CSP' : ''}`, async () => {
    const page = await open(csp);
    // Markdown: its heading titles it; the fallback table after it is not read.
    const md = await widget(page, 'md');
    // The reader drops formatting around names (README "How tables are read"); no element
    // of the data reaches the page.
    assert.deepEqual(await md.rows(), ['Scope bold', 'Build code']);
    assert.equal(await page.locator('#md .raci tbody th b').count(), 0, 'markup in the data is not markup');
    assert.equal(await page.locator('#md .raci img').count(), 0, 'no element from the data');
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    // The escaped end tag is undone (then dropped as a tag by the reader, like <b>).
    const text = await page.locator('#md .raci').innerText();
    assert.ok(text.includes('ends with') && !text.includes('<\\/'), text);
    assert.equal(await page.locator('#md .raci tbody th', { hasText: 'Fallback task' }).count(), 0);
    await md.filterParty('engineering');
    await md.toggleRole('r');
    assert.deepEqual(await md.rows(), ['Build code']);
    // CSV: titled by data-title; the party attribute applies.
    const csv = await widget(page, 'csv');
    assert.deepEqual(await titles(page, 'csv'), []); // one model: no model switcher
    assert.deepEqual(await csv.rows(), ['Latency < 200 ms & review', 'Release notes']);
    assert.ok(await page.locator('#csv .raci').getByText('Teams (CSV)').first().isVisible());
    await csv.clearFilters();
    assert.equal((await csv.rows()).length, 3);
    assert.deepEqual((await csv.chips('Latency < 200 ms & review')).Responsible, ['Ops', 'Dev']);
    // TSV: a letters chart.
    const tsv = await widget(page, 'tsv');
    assert.deepEqual(await tsv.rows(), ['Post the job', 'Approve the offer']);
    await tsv.filterParty('finance');
    await tsv.toggleRole('a');
    assert.deepEqual(await tsv.rows(), ['Approve the offer']);
    // JSON: the data format, "<\/" undone as JSON does.
    const json = await widget(page, 'json');
    assert.deepEqual(await json.rows(), ['Deploy </script><b>x</b>', 'Roll back <!-- not a comment']);
    await json.search('roll');
    assert.deepEqual(await json.rows(), ['Roll back <!-- not a comment']);
    // text/plain: told by its look (a Markdown table here), indentation dropped.
    const plain = await widget(page, 'plain');
    assert.deepEqual(await plain.rows(), ['Plain deploy']);
    assert.deepEqual((await plain.chips('Plain deploy')).Accountable, ['Ops']);
    // The first raw-source script in document order (text/x-template is none; the type's
    // case does not matter).
    const order = await widget(page, 'order');
    assert.deepEqual(await order.rows(), ['First wins']);
    if (csp) assert.deepEqual(await page.evaluate(() => window.violations), []);
    await page.screenshot({ path: `${ARTIFACTS}/raw-source${csp ? '-csp' : ''}.png`, fullPage: true });
    await page.close();
  });
}

test('a bad raw source: the reader\'s message above the author\'s fallback table', async () => {
  const page = await open();
  assert.deepEqual(await problems(page, 'bad'), ['Error: table 1, row "Network management": 4 cells, the header has 3']);
  assert.match(await page.locator('#bad .raci-error__title').innerText(), /the Markdown inside the element/);
  assert.ok(await page.locator('#bad caption', { hasText: 'Broken fallback' }).isVisible(), 'the fallback table stays');
  assert.deepEqual(await problems(page, 'badjson'), [
    'Error: models[0].tasks[0].cells.r: unknown party "Custmer" (did you mean "Customer"?)',
  ]);
  assert.ok(page.errors.some((e) => e.includes('Custmer')), 'the console gets the message too');
  // The other widgets are unaffected.
  assert.equal((await (await widget(page, 'csv')).rows()).length, 2);
  await page.close();
});

test('the widget follows a changed raw source', async () => {
  const page = await open();
  const w = await widget(page, 'csv');
  await page.locator('#csv script').evaluate((s) => { s.textContent = 'Task,Responsible,Accountable\nRenamed,QA,QA\n'; });
  await page.locator('#csv .raci tbody th', { hasText: 'Renamed' }).waitFor();
  assert.deepEqual(await w.rows(), ['Renamed']);
  await page.close();
});
