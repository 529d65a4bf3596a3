// The widget inside real docs sites, built by examples/build-sites from dist/:
// MkDocs Material (served at /) and Docusaurus 3 (served under /docs/).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch, newPage, ARTIFACTS } from './browser.mjs';
import { WidgetPage, settled, frames } from './pages/widget.mjs';
import { axeViolations } from './axe.mjs';

const MKDOCS = new URL('../examples/mkdocs/site/', import.meta.url).pathname;
const DOCUSAURUS = new URL('../examples/docusaurus/build/', import.meta.url).pathname;
let browser, mkdocs, docusaurus;

before(async () => {
  for (const dir of [MKDOCS, DOCUSAURUS]) {
    assert.ok(existsSync(`${dir}/index.html`), `${dir} is missing: run examples/build-sites target/release-artifacts (after scripts/release target/release-artifacts dist)`);
  }
  // Material's instant navigation only intercepts links listed in sitemap.xml, with the
  // site_url's port: list this server's own address there.
  mkdocs = await serve(MKDOCS, {
    transform: (path, body, origin) =>
      path.endsWith('sitemap.xml')
        ? Buffer.from(body.toString().replaceAll('http://127.0.0.1:8000', origin))
        : body,
  });
  docusaurus = await serve({ '/docs/': DOCUSAURUS });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await mkdocs?.close();
  await docusaurus?.close();
});

const widget = (page, selector) => new WidgetPage(page, page.locator(selector));

/** Computed styles of the host's own Markdown table, to compare with and without the widget. */
async function hostTableStyle(page) {
  return page.locator('table').first().evaluate((table) => {
    const pick = (el) => {
      const s = getComputedStyle(el);
      return [s.fontSize, s.fontFamily, s.borderTopWidth, s.backgroundColor, s.color, s.padding].join('|');
    };
    return [pick(table), pick(table.querySelector('th')), pick(table.querySelector('td'))];
  });
}

async function assertHostStylesUntouched(url) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const bare = await context.newPage();
  await bare.goto(url);
  const without = await hostTableStyle(bare);
  await context.close();
  const page = await newPage(browser);
  await page.goto(url);
  await widget(page, '#a').ready();
  assert.deepEqual(await hostTableStyle(page), without);
  await page.close();
}

describe('MkDocs Material', () => {
  const url = () => `${mkdocs.url}/management-models/`;

  test('renders every instance with its attributes; filters by click and keyboard; independent', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(url());
    const a = await widget(page, '#a').ready();
    const b = await widget(page, '#b').ready();
    assert.equal(await page.locator('raci-matrix').count(), 5);
    assert.deepEqual(await a.rows(), ['Infrastructure provisioning', 'Kubernetes cluster management']);
    await b.filterParty('wso2');
    assert.equal(await b.count(), '12 of 16 tasks');
    await b.root.locator('button[data-party="customer"]').focus();
    await page.keyboard.press('Enter');
    assert.equal(await b.count(), '14 of 16 tasks');
    assert.deepEqual(await a.rows(), ['Infrastructure provisioning', 'Kubernetes cluster management']);
    assert.equal(new URL(page.url()).search, '', 'no sync-url: the URL stays');
    await page.screenshot({ path: `${ARTIFACTS}/mkdocs-light.png`, fullPage: false });
    assert.deepEqual(await axeViolations(page, ['raci-matrix']), []);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the palette toggle restyles the widget live', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(url());
    const a = await widget(page, '#a').ready();
    const bg = () => a.root.locator('.raci').evaluate((el) => getComputedStyle(el).color);
    assert.equal(await bg(), 'rgb(31, 35, 40)');
    await page.locator('[data-md-component="palette"] label:not([hidden])').first().click();
    await page.waitForFunction(() => document.querySelector('#a').dataset.raciTheme === 'dark');
    assert.equal(await bg(), 'rgb(230, 237, 243)');
    await a.root.scrollIntoViewIfNeeded();
    await settled(page);
    await page.screenshot({ path: `${ARTIFACTS}/mkdocs-dark.png` });
    assert.deepEqual(await axeViolations(page, ['raci-matrix']), []);
    await page.close();
  });

  test('instant navigation away and back still shows a working widget', async () => {
    const page = await newPage(browser);
    const sitemap = page.waitForResponse((r) => r.url().endsWith('sitemap.xml'));
    await page.goto(`${mkdocs.url}/`);
    // Material intercepts links once it has read the sitemap: the response, then its handler.
    await (await sitemap).finished();
    await frames(page, 2);
    await page.evaluate(() => (window.__noReload = true));
    await page.locator('.md-nav a', { hasText: 'Management models' }).first().click();
    const b = await widget(page, '#b').ready();
    await b.filterParty('customer');
    assert.equal(await b.count(), '14 of 16 tasks');
    await page.locator('.md-nav a', { hasText: 'Home' }).first().click();
    await page.waitForURL(`${mkdocs.url}/`);
    await page.goBack();
    const again = await widget(page, '#a').ready();
    assert.equal(await again.rows().then((r) => r.length), 2);
    assert.equal(await page.evaluate(() => window.__noReload), true, 'navigated without a reload');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a focused control is never hidden under the sticky header', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 700 } });
    await page.goto(url());
    const b = await widget(page, '#b').ready();
    const target = b.root.locator('button[data-party="wso2"]');
    await b.root.locator('button[data-party="customer"]').focus();
    // Scroll so the target sits under Material's 48 px sticky header, still "in view" for
    // the browser, then reach it with Shift+Tab as a keyboard user does.
    const y = await target.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    await page.evaluate((y) => window.scrollTo(0, y - 10), y);
    await page.keyboard.press('Shift+Tab');
    const [top, focused, headerBottom] = await target.evaluate((el) => [
      el.getBoundingClientRect().top,
      el.matches(':focus'),
      document.querySelector('.md-header').getBoundingClientRect().bottom,
    ]);
    assert.ok(focused);
    assert.ok(top >= headerBottom, `focused control at ${top}px, header ends at ${headerBottom}px`);
    await page.close();
  });

  test("the host's own table styles are the same with and without the widget", () =>
    assertHostStylesUntouched(url()));
});

describe('Docusaurus 3 (served under /docs/)', () => {
  const url = () => `${docusaurus.url}/docs/management-models/`;

  test('renders both instances; sync-url only on the one that asks; independent', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(url());
    const a = await widget(page, '#a').ready();
    const b = await widget(page, '#b').ready();
    assert.equal(await a.count(), '16 of 16 tasks');
    assert.equal(await b.count(), '7 of 16 tasks');
    await a.filterParty('wso2');
    assert.equal(await a.count(), '12 of 16 tasks');
    assert.equal(new URL(page.url()).search, '', 'instance a has no sync-url');
    // Routers keep their own data in history.state; the widget's URL update must keep it.
    await page.evaluate(() => history.replaceState({ router: 'docusaurus' }, ''));
    await b.toggleRole('a');
    assert.equal(new URL(page.url()).search, '?model=wso2-managed-wso2-subscription&party=customer&role=r');
    assert.equal(await a.count(), '12 of 16 tasks');
    // The router's history state survives the widget's URL update.
    assert.deepEqual(await page.evaluate(() => history.state), { router: 'docusaurus' });
    await settled(page);
    await page.screenshot({ path: `${ARTIFACTS}/docusaurus-light.png` });
    assert.deepEqual(await axeViolations(page, ['raci-matrix']), []);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('client-side navigation away and back still shows a working widget', async () => {
    const page = await newPage(browser);
    await page.goto(url());
    await widget(page, '#a').ready();
    await page.evaluate(() => (window.__noReload = true));
    await page.locator('.navbar a', { hasText: 'Other page' }).click();
    await page.locator('h1', { hasText: 'Other page' }).waitFor();
    await page.locator('.navbar a', { hasText: 'Management models' }).click();
    const a = await widget(page, '#a').ready();
    await a.search('dns');
    assert.deepEqual(await a.rows(), ['DNS management for platform system']);
    // By keyboard as well.
    await a.root.locator('button[data-party="customer"]').focus();
    await page.keyboard.press('Space');
    assert.equal(await a.count(), '1 of 16 tasks');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.ok(await a.isPressed('button[data-role="r"]'));
    assert.equal(await page.evaluate(() => window.__noReload), true, 'navigated without a reload');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the navbar dark toggle restyles the widget live', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(url());
    const a = await widget(page, '#a').ready();
    await page.locator('.navbar button[aria-label*="dark and light mode"]').click();
    await page.waitForFunction(() => document.querySelector('#a').dataset.raciTheme === 'dark');
    assert.equal(
      await a.root.locator('.raci').evaluate((el) => getComputedStyle(el).color),
      'rgb(230, 237, 243)',
    );
    await settled(page);
    await page.screenshot({ path: `${ARTIFACTS}/docusaurus-dark.png` });
    assert.deepEqual(await axeViolations(page, ['raci-matrix']), []);
    await page.close();
  });

  test("the host's own table styles are the same with and without the widget", () =>
    assertHostStylesUntouched(url()));
});
