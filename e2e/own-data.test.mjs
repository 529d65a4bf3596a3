// <raci-matrix> with the author's own data: tables inside it, src, inline JSON, el.data; the
// built-in matrices stay the default. Each source: renders, filters, and says what is wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ARTIFACTS } from './browser.mjs';
import { DIST, FIXTURES, useServerAndBrowser } from './suite.mjs';
import { WidgetPage } from './pages/widget.mjs';

const suite = useServerAndBrowser({ '/': FIXTURES, '/docs/assets/raci/': DIST });

async function open(path = 'own-data.html') {
  const page = await newPage(suite.browser, { viewport: { width: 1200, height: 900 } });
  await page.goto(`${suite.server.url}/${path}`);
  return page;
}

const widget = (page, id) => new WidgetPage(page, page.locator(`#${id}`)).ready();

test('a RASCI chart with parties as columns: discovered parties, filters, export', async () => {
  const page = await open();
  const w = await widget(page, 'rasci');
  assert.deepEqual(await w.rows(), ['Scope the release', 'Write the code', 'Test the release', 'Approve licences', 'Announce']);
  assert.deepEqual((await page.locator('#rasci button[data-model]').allInnerTexts()).map((t) => t.trim()), ['Release process', 'Hotfix process']);
  const parties = await page.locator('#rasci button[data-party]').allInnerTexts();
  assert.deepEqual(parties.map((p) => p.trim()), ['Any party', 'Product', 'Engineering', 'QA', 'Legal', 'Support desk']);
  await w.filterParty('legal');
  assert.deepEqual(await w.rows(), ['Approve licences', 'Announce']);
  await w.toggleRole('c');
  assert.deepEqual(await w.rows(), ['Announce']);
  assert.deepEqual((await w.chips('Announce')).Consulted, ['Legal (if rights unclear)']);
  // The party view shows RASCI letters; the export writes the same vocabulary back.
  await w.clearFilters();
  await w.selectView('parties');
  // A text column keeps its own header (here the author's "Notes"), in every view.
  assert.deepEqual(await w.columns(), ['Task', 'Notes', 'Product', 'Engineering', 'QA', 'Legal', 'Support desk']);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#rasci .raci-export summary').click().then(() =>
      page.locator('#rasci [data-format=md] button', { hasText: 'Download' }).click()),
  ]);
  const text = await (await download.createReadStream()).toArray();
  const md = Buffer.concat(text).toString();
  assert.match(md, /\| Task \| Notes \| Responsible \| Accountable \| Support \| Consulted \| Informed \|/);
  assert.match(md, /\| Announce \|  \| Product \| Product \| Support desk \| Legal \(if rights unclear\) \| Engineering\/QA \|/);
  // Two tables, two models: compared, with what changes in words.
  await w.selectView('compare');
  await page.locator('#rasci .raci-changes select').selectOption({ label: 'Release process' });
  await w.selectModel('hotfix-process');
  const changes = await page.locator('#rasci .raci-changes__list summary').allInnerTexts();
  assert.ok(changes.includes('Support desk becomes Responsible for 1 more task'), changes.join('\n'));
  assert.ok(changes.includes('Product is no longer Responsible for 2 tasks'), changes.join('\n'));
  assert.match(await w.count(), /^5 of 5 tasks; \d+ cells differ between the models$/);
  await page.screenshot({ path: `${ARTIFACTS}/own-data.png`, fullPage: true });
  // The only console errors are the broken widget's message (its own test).
  assert.ok(page.errors.every((e) => e.includes('WSO2//Customer')), page.errors.join('\n'));
  await page.close();
});

test('messy cells: separators, notes and formatting become parties with conditions', async () => {
  const page = await open();
  const w = await widget(page, 'messy');
  assert.deepEqual(await w.chips('Price change'), {
    Responsible: ['Finance', 'Sales'],
    Accountable: ['CFO'],
    Consulted: ['Legal (if rights unclear)', 'Sales'],
    Informed: ['Support', 'Marketing'],
  });
  assert.deepEqual((await w.chips('Webhook retries')).Responsible, ['Clerk webhooks (automated)']);
  assert.equal(await page.locator('#messy caption').last().innerText(), 'Who does what: Billing changes');
  await page.close();
});

test('src, inline JSON and el.data each give their matrix; el.data = null goes back', async () => {
  const page = await open();
  const fromSrc = await widget(page, 'fromsrc');
  assert.deepEqual(await fromSrc.rows(), ['On-call rota', 'Incident review']);
  assert.deepEqual((await fromSrc.chips('Incident review')).Consulted, ['Security (if data exposed)']);
  assert.deepEqual(await (await widget(page, 'inline')).rows(), ['Deploy']);
  const byData = await widget(page, 'bydata');
  assert.deepEqual(await byData.rows(), ['Create accounts', 'Plan first week']);
  await byData.filterParty('it');
  assert.deepEqual(await byData.rows(), ['Create accounts', 'Plan first week']);
  await byData.filterParty('hr');
  assert.equal(await byData.count(), '2 of 2 tasks');
  // Back to the next source: nothing else inside, so the built-in matrices.
  await page.locator('#bydata').evaluate((el) => { el.data = null; });
  await page.locator('#bydata .raci tbody th', { hasText: 'Subscription prerequisites' }).waitFor();
  assert.equal((await byData.rows()).length, 16);
  await page.close();
});

test('a broken table: the problem in words above the author\'s own table', async () => {
  const page = await open();
  const broken = page.locator('#broken');
  await broken.locator('.raci-error').waitFor();
  assert.deepEqual(await new WidgetPage(page, broken).problems(), [
    'Error: table 1, row "Network management", column "Responsible": cell "WSO2//Customer" has an empty name between separators',
  ]);
  assert.ok(await broken.locator('caption', { hasText: 'Broken' }).isVisible(), 'the fallback table stays visible');
  assert.ok(page.errors.some((e) => e.includes('WSO2//Customer')), 'the console gets the message too');
  // The other widgets on the page are unaffected.
  assert.equal((await (await widget(page, 'rasci')).rows()).length, 5);
  await page.close();
});

test('the widget follows the author\'s content and a changed src', async () => {
  const page = await open();
  const w = await widget(page, 'messy');
  await page.locator('#messy td', { hasText: 'Refund policy' }).evaluate((td) => { td.textContent = 'Refunds'; });
  await page.locator('#messy .raci tbody th', { hasText: 'Refunds' }).waitFor();
  assert.deepEqual(await w.rows(), ['Price change', 'Refunds', 'Webhook retries']);
  // A missing file: the URL and status, a Retry button, the fallback content.
  await page.locator('#fromsrc').evaluate((el) => el.setAttribute('src', 'data/missing.csv'));
  const src = page.locator('#fromsrc');
  await src.locator('.raci-error').waitFor();
  assert.match(await src.locator('.raci-error__title').innerText(), /could not be shown: http:\/\/127\.0\.0\.1:\d+\/data\/missing\.csv/);
  assert.deepEqual(await new WidgetPage(page, src).problems(), ['Error: HTTP 404 Not Found']);
  assert.ok(await src.getByText('The teams matrix (teams.csv).').isVisible());
  await src.getByRole('button', { name: 'Retry' }).click();
  await src.locator('.raci-error').waitFor();
  await page.locator('#fromsrc').evaluate((el) => el.setAttribute('src', 'data/teams.csv'));
  await src.locator('.raci tbody th', { hasText: 'On-call rota' }).waitFor();
  await page.close();
});
