// The views that help a reader choose a model: party grid, compare, summary, checks, export,
// print. Runs against the standalone page (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { newPage, ARTIFACTS } from './browser.mjs';
import { DIST, useServerAndBrowser } from './suite.mjs';
import { WidgetPage } from './pages/widget.mjs';

const suite = useServerAndBrowser(DIST);

async function open(query = '', options = {}) {
  const page = await newPage(suite.browser, { viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(`${suite.server.url}/${query}`);
  return { page, widget: await new WidgetPage(page).ready() };
}

test('two clicks: what do we own under self-managed that WSO2 owned before?', async () => {
  const { page, widget } = await open();
  await widget.selectView('compare');
  await widget.selectModel('customer-self-managed');
  const changes = await widget.root.locator('.raci-changes').innerText();
  assert.match(changes, /42 cells change/);
  assert.match(changes, /Customer becomes Responsible for 9 more tasks/);
  assert.match(changes, /WSO2 is no longer Responsible for 11 tasks/);
  // Every one of the 43 differing cells among the three models is marked.
  assert.equal(await widget.root.locator('tr.is-different').count(), 43);
  assert.equal(await widget.root.locator('table .raci-differs').count(), 43);
  await widget.root.locator('.raci-changes summary', { hasText: 'Customer becomes Responsible' }).click();
  assert.match(await widget.root.locator('.raci-changes details[open]').innerText(), /Kubernetes cluster management/);
  await page.screenshot({ path: `${ARTIFACTS}/view-compare.png`, fullPage: true });
  // From another model, by the select.
  await widget.root.locator('.raci-changes select').selectOption({ label: 'WSO2 fully managed (infrastructure and PDP in customer subscription)' });
  assert.match(await widget.root.locator('.raci-changes').innerText(), /38 cells change/);
  assert.match(new URL(page.url()).search, /view=compare.*from=wso2-managed-customer-subscription/);
  await widget.root.getByLabel('Only rows that differ').check();
  assert.equal(await widget.root.locator('tbody tr').count(), 43);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('party view: the classic grid with letters, filters apply', async () => {
  const { page, widget } = await open('?model=customer-self-managed&view=parties');
  assert.deepEqual(await widget.columns(), ['Task', 'Description', 'WSO2', 'Customer']);
  const row = widget.root.locator('tbody tr', { hasText: 'Kubernetes cluster management' });
  // Letters for the eye, role names for screen readers, "if required" in words.
  assert.equal(await row.locator('td').nth(1).innerText(), 'C\nConsulted\nI\nInformed\n(if required)');
  await widget.filterParty('wso2');
  await widget.toggleRole('r');
  assert.deepEqual(await widget.rows(), ['Platform system security monitoring']);
  await page.screenshot({ path: `${ARTIFACTS}/view-parties.png`, fullPage: true });
  await page.close();
});

test('summary: counts per role and a checklist of what the party owns', async () => {
  const { page, widget } = await open('?model=customer-self-managed&view=summary&party=customer');
  const section = widget.root.locator('.raci-summary__party');
  assert.equal(await section.count(), 1);
  assert.deepEqual(
    await section.locator('.raci-summary__counts dd').allInnerTexts(),
    ['16 of 16', '16 of 16', '5 of 16', '5 of 16'],
  );
  assert.equal(await section.locator('.raci-checklist li').count(), 16);
  await widget.filterParty('any');
  assert.equal(await widget.root.locator('.raci-summary__party').count(), 2);
  await page.screenshot({ path: `${ARTIFACTS}/view-summary.png`, fullPage: true });
  await page.close();
});

test('RACI checks: notes next to the cells, never hiding data', async () => {
  const { page, widget } = await open();
  await widget.root.locator('[data-checks]').click();
  assert.equal(await widget.count(), '16 of 16 tasks');
  assert.equal(await widget.root.locator('.raci-note').count(), 15);
  const network = widget.root.locator('tbody tr', { hasText: 'Network management' });
  assert.match(await network.locator('td').nth(2).innerText(), /Shared accountability/);
  assert.match(new URL(page.url()).search, /checks=on/);
  await page.screenshot({ path: `${ARTIFACTS}/view-checks.png`, fullPage: true });
  await page.close();
});

test('export: download CSV, Markdown and JSON of the filtered view; copy to clipboard', async () => {
  const { page, widget } = await open('?party=customer&role=r');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await widget.root.locator('.raci-export summary').click();
  const expected = { csv: /^Task,Task description,Responsible\r\n/, md: /^\| Task \| Task description \| Responsible \|\n/, json: /"models": \[/ };
  for (const [ext, pattern] of Object.entries(expected)) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      widget.root.locator(`[data-format="${ext}"] button`, { hasText: 'Download' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `wso2-managed-wso2-subscription.${ext}`);
    const text = await readFile(await download.path(), 'utf8');
    assert.match(text, pattern);
    if (ext === 'csv') assert.equal(text.trim().split('\r\n').length, 8);
  }
  await widget.root.locator('[data-format="md"] button', { hasText: 'Copy' }).click();
  await widget.root.getByText('Copied Markdown to the clipboard.').waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip.trim().split('\n').length, 9);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('print: no controls, every row, legend kept', async () => {
  const { page, widget } = await open('?model=customer-self-managed&party=wso2');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await widget.root.locator('.raci-filters').isVisible(), false);
  assert.equal(await widget.root.locator('.raci-models').isVisible(), false);
  assert.equal(await widget.root.locator('.raci-legend').isVisible(), true);
  assert.equal(await widget.root.locator('tbody tr').count(), 12);
  await page.pdf({ path: `${ARTIFACTS}/print.pdf` });
  await page.close();
});
