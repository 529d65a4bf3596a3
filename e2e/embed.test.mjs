// <raci-matrix> on a plain host page with hostile styles, served from a sub-path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ARTIFACTS } from './browser.mjs';
import { DIST, FIXTURES, useServerAndBrowser } from './suite.mjs';
import { WidgetPage } from './pages/widget.mjs';

const suite = useServerAndBrowser({ '/': FIXTURES, '/docs/assets/raci/': DIST });

async function open(options = {}) {
  const page = await newPage(suite.browser, options);
  await page.goto(`${suite.server.url}/host.html?keep=me`);
  const first = await new WidgetPage(page, page.locator('#first')).ready();
  const second = await new WidgetPage(page, page.locator('#second')).ready();
  return { page, first, second };
}

const style = (locator, prop) =>
  locator.evaluate((el, p) => getComputedStyle(el)[p], prop);

test('attributes set each instance; instances stay independent; URL untouched', async () => {
  const { page, first, second } = await open();
  assert.deepEqual(await first.rows(), ['DNS management for platform system']);
  assert.equal(await second.count(), '16 of 16 tasks');
  await second.filterParty('wso2');
  assert.equal(await second.count(), '12 of 16 tasks');
  assert.deepEqual(await first.rows(), ['DNS management for platform system']);
  assert.ok(await first.isPressed('[data-party="customer"]'));
  // Ids inside the two shadow roots differ; labels still point at their own input.
  const ids = await page.locator('raci-matrix input[type=search]').evaluateAll((els) => els.map((e) => e.id));
  assert.equal(new Set(ids).size, 2);
  assert.equal(new URL(page.url()).search, '?keep=me', 'no sync-url: the host URL is left alone');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('changing an attribute later updates the widget', async () => {
  const { page, first } = await open();
  await page.locator('#first').evaluate((el) => el.setAttribute('q', 'security'));
  assert.deepEqual(await first.rows(), [
    'Firewall rules and access control',
    'Platform system security monitoring',
  ]);
  await page.locator('#first').evaluate((el) => {
    el.removeAttribute('party');
    el.setAttribute('model', 'wso2-managed-wso2-subscription');
  });
  assert.ok(await first.isPressed('[data-model="wso2-managed-wso2-subscription"]'));
  assert.ok(await first.isPressed('[data-party="any"]'));
  await page.close();
});

test('host styles do not reach the widget and the widget does not restyle the host', async () => {
  const { page, first } = await open();
  const hostTable = page.locator('#host-table');
  assert.equal(await style(hostTable, 'borderTopColor'), 'rgb(255, 0, 0)');
  assert.equal(await style(page.locator('#host-table th'), 'textTransform'), 'uppercase');
  assert.equal(await style(page.locator('#host-button'), 'backgroundColor'), 'rgb(0, 128, 0)');
  const table = first.root.locator('table');
  assert.notEqual(await style(table, 'borderTopColor'), 'rgb(255, 0, 0)');
  assert.equal(await style(table, 'backgroundColor'), 'rgba(0, 0, 0, 0)');
  assert.equal(await style(first.root.locator('tbody th').first(), 'textTransform'), 'none');
  assert.equal(await style(first.root.locator('[data-party="any"]'), 'borderRadius') === '0px', false);
  assert.equal(await style(first.root.locator('.raci-chip').first(), 'letterSpacing'), 'normal');
  // Fallback content inside the tag is not shown once the widget runs.
  assert.equal(await page.locator('#first .fallback').isVisible(), false);
  await page.close();
});

test('dark mode follows the host toggle live, and prefers-color-scheme otherwise', async () => {
  const { page, first } = await open();
  const bg = () => style(first.root.locator('.raci'), 'color');
  const light = await bg();
  assert.equal(light, 'rgb(31, 35, 40)');
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await page.waitForFunction(() => document.querySelector('#first').dataset.raciTheme === 'dark');
  assert.equal(await bg(), 'rgb(230, 237, 243)');
  await page.screenshot({ path: `${ARTIFACTS}/embed-host-dark.png`, fullPage: true });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  await page.waitForFunction(() => document.querySelector('#first').dataset.raciTheme === 'light');
  assert.equal(await bg(), light);
  await page.close();

  const dark = await open({ colorScheme: 'dark' });
  assert.equal(await style(dark.first.root.locator('.raci'), 'color'), 'rgb(230, 237, 243)');
  // No theme signal from the host: the widget draws its own dark ground to stay readable.
  assert.equal(await style(dark.first.root.locator('.raci'), 'backgroundColor'), 'rgb(13, 17, 23)');
  await dark.page.close();
});

test("each docs engine's own theme switch is followed, live", async () => {
  const { page } = await open({ colorScheme: 'light' });
  const theme = () => page.evaluate(() => document.querySelector('#first').dataset.raciTheme);
  // [what the engine's toggle writes, what it undoes, the theme it means]
  const engines = [
    ['Furo', () => document.body.setAttribute('data-theme', 'dark'), () => document.body.removeAttribute('data-theme'), 'dark'],
    ['MkDocs Material', () => document.body.setAttribute('data-md-color-scheme', 'slate'), () => document.body.removeAttribute('data-md-color-scheme'), 'dark'],
    ['mdBook', () => document.documentElement.classList.add('coal'), () => document.documentElement.classList.remove('coal'), 'dark'],
    ['VitePress', () => {
      const check = Object.assign(document.createElement('script'), { id: 'check-dark-mode', type: 'text/plain' });
      document.head.append(check);
      document.documentElement.classList.add('dark');
    }, () => {
      document.getElementById('check-dark-mode').remove();
      document.documentElement.classList.remove('dark');
    }, 'dark'],
  ];
  for (const [name, on, off, expected] of engines) {
    assert.equal(await theme(), 'light', `${name}: light before its toggle`);
    await page.evaluate(on);
    await page.waitForFunction((want) => document.querySelector('#first').dataset.raciTheme === want, expected);
    assert.equal(await page.locator('#first').getAttribute('data-raci-ground'), null, `${name}: the site draws the ground`);
    await page.evaluate(off);
    await page.waitForFunction(() => document.querySelector('#first').dataset.raciTheme === 'light');
  }
  // Furo's "auto" is the reader's preference, as the site's own ground is.
  const dark = await open({ colorScheme: 'dark' });
  await dark.page.evaluate(() => document.body.setAttribute('data-theme', 'auto'));
  await dark.page.waitForFunction(() => document.querySelector('#first').getAttribute('data-raci-ground') === null);
  assert.equal(await dark.page.evaluate(() => document.querySelector('#first').dataset.raciTheme), 'dark');
  // A class "dark" on a page that is not VitePress says nothing.
  await dark.page.evaluate(() => {
    document.body.removeAttribute('data-theme');
    document.documentElement.classList.add('dark');
  });
  await dark.page.waitForFunction(() => document.querySelector('#first').getAttribute('data-raci-ground') === 'own');
  await dark.page.close();
  await page.close();
});

test('a narrow host: the table scrolls inside its own focusable region, not the page', async () => {
  const { page, second } = await open({ viewport: { width: 760, height: 800 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'the page does not scroll sideways');
  const region = second.root.locator('.raci-table-wrap[role=group]');
  assert.equal(await region.getAttribute('tabindex'), '0');
  assert.ok(await region.evaluate((el) => el.scrollWidth > el.clientWidth), 'the table scrolls in its box');
  assert.match(await region.evaluate((el) => el.getAttribute('aria-labelledby')), /caption/);
  await page.screenshot({ path: `${ARTIFACTS}/embed-host-medium.png`, fullPage: true });
  await page.close();
});

test('a phone-width host: each task becomes a card, nothing scrolls sideways', async () => {
  const { page, second } = await open({ viewport: { width: 480, height: 800 } });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false);
  const region = second.root.locator('.raci-table-wrap');
  assert.equal(await region.evaluate((el) => el.scrollWidth > el.clientWidth), false);
  const cell = second.root.locator('tbody tr').first().locator('td').nth(1);
  assert.equal(await cell.getAttribute('data-label'), 'Responsible');
  await page.screenshot({ path: `${ARTIFACTS}/embed-host-narrow.png`, fullPage: true });
  await page.close();
});

test('without JavaScript the fallback content inside the tag is what readers see', async () => {
  const context = await suite.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${suite.server.url}/host.html`);
  assert.equal(await page.locator('#first .fallback').isVisible(), true);
  assert.equal(await page.locator('#first').evaluate((el) => el.shadowRoot), null);
  await context.close();
});
