// The standalone page (trunk's release build in dist/) as a reader uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ARTIFACTS } from './browser.mjs';
import { DIST, useServerAndBrowser } from './suite.mjs';
import { WidgetPage } from './pages/widget.mjs';

const suite = useServerAndBrowser(DIST);

async function open(query = '', options = {}) {
  const page = await newPage(suite.browser, options);
  await page.goto(`${suite.server.url}/${query}`);
  return { page, widget: await new WidgetPage(page).ready() };
}

test('switch models, filter by party, role and text; the URL follows', async () => {
  const { page, widget } = await open();
  assert.equal(await widget.count(), '16 of 16 tasks');
  await widget.selectModel('customer-self-managed');
  await widget.filterParty('wso2');
  assert.equal(await widget.count(), '12 of 16 tasks');
  await widget.toggleRole('r');
  assert.deepEqual(await widget.rows(), ['Platform system security monitoring']);
  assert.equal(
    new URL(page.url()).search,
    '?model=customer-self-managed&party=wso2&role=r',
  );
  await widget.toggleRole('r');
  await widget.search('kubernetes');
  assert.deepEqual(await widget.rows(), [
    'Infrastructure provisioning',
    'Kubernetes cluster management',
  ]);
  await page.screenshot({ path: `${ARTIFACTS}/standalone-filtered.png`, fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('an empty cell shows a muted dash and reads "nobody"', async () => {
  const { page, widget } = await open();
  const row = widget.root.locator('tbody tr', { has: page.locator('th:text-is("Platform system components deployment")') });
  const empty = row.locator('td').nth(3);
  assert.equal(await empty.getAttribute('data-label'), 'Consulted');
  // The dash is the stylesheet's (hidden from screen readers); the word is there, out of sight.
  const shown = await empty.locator('.raci-nobody').evaluate((el) => ({
    dash: getComputedStyle(el, '::before').content,
    hidden: el.scrollWidth > el.clientWidth,
  }));
  assert.deepEqual(shown, { dash: '"—" / ""', hidden: true });
  assert.equal(await row.getByRole('cell', { name: 'nobody', exact: true }).count(), 2);
  await page.close();
});

test('a permalink opens the same view, and survives a reload', async () => {
  const { page, widget } = await open('?model=wso2-managed-customer-subscription&party=customer&role=c,i&q=platform');
  assert.ok(await widget.isPressed('[data-model="wso2-managed-customer-subscription"]'));
  assert.ok(await widget.isPressed('[data-party="customer"]'));
  assert.deepEqual(await widget.columns(), ['Task', 'Description', 'CConsulted', 'IInformed']);
  const rows = await widget.rows();
  await page.reload();
  await widget.ready();
  assert.deepEqual(await widget.rows(), rows);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('keyboard only: tab to a filter, press it, Escape clears the search', async () => {
  const { page, widget } = await open();
  await page.locator('[data-party="customer"]').focus();
  await page.keyboard.press('Enter');
  assert.equal(await widget.count(), '14 of 16 tasks');
  await page.keyboard.press('Tab'); // R
  await page.keyboard.press('Space');
  assert.equal(await widget.count(), '7 of 16 tasks');
  await page.getByLabel('Search').focus();
  await page.keyboard.type('dns');
  assert.equal(await widget.countIs('1 of 16 tasks'), '1 of 16 tasks');
  await page.keyboard.press('Escape');
  assert.equal(await widget.countIs('7 of 16 tasks'), '7 of 16 tasks');
  await page.close();
});

test('bad URL values fall back to defaults with no error', async () => {
  const { page, widget } = await open('?model=%E0%A4%A&party=<b>x</b>&role=,,&q=%');
  // A lone '%' is kept as text: the reader sees their search and an empty result.
  assert.equal(await page.getByLabel('Search').inputValue(), '%');
  assert.equal(await widget.count(), '0 of 16 tasks');
  assert.ok(await widget.isPressed('[data-party="any"]'));
  assert.ok(await widget.isPressed('[data-model="wso2-managed-wso2-subscription"]'));
  assert.equal(await page.locator('.raci-chip.is-match, b').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('screenshots: default view, light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const { page } = await open('', { colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    await page.screenshot({ path: `${ARTIFACTS}/standalone-${scheme}.png`, fullPage: true });
    await page.close();
  }
});
