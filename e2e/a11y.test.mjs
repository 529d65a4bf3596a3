// WCAG 2.2 AA in every view, both themes, standalone and embedded (axe-core finds nothing);
// keyboard only; phone width; forced colors.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ARTIFACTS } from './browser.mjs';
import { DIST, FIXTURES, useServerAndBrowser } from './suite.mjs';
import { WidgetPage, settled } from './pages/widget.mjs';
import { axeViolations } from './axe.mjs';

const VIEWS = ['roles', 'parties', 'compare', 'summary'];
const suite = useServerAndBrowser({ '/': DIST, '/host/': FIXTURES, '/docs/assets/raci/': DIST });

async function open(path, options = {}) {
  const page = await newPage(suite.browser, { viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(`${suite.server.url}${path}`);
  const widget = await new WidgetPage(page).ready();
  return { page, widget };
}

describe('axe-core: no violations', () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const view of VIEWS) {
      test(`standalone, ${view} view, ${colorScheme}, with a party filter and checks on`, async () => {
        const { page } = await open(`/?model=customer-self-managed&view=${view}&party=wso2&checks=on&q=platform`, { colorScheme });
        assert.deepEqual(await axeViolations(page), []);
        await page.close();
      });
    }
    test(`standalone, export panel open and no results, ${colorScheme}`, async () => {
      const { page, widget } = await open('/?q=zzz', { colorScheme });
      await widget.root.locator('.raci-export summary').click();
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
    test(`embedded twice on a host page, every view, ${colorScheme}`, async () => {
      const { page } = await open('/host/host.html', { colorScheme });
      await new WidgetPage(page, page.locator('#second')).ready();
      for (const view of VIEWS) {
        await page.evaluate((v) => document.querySelectorAll('raci-matrix').forEach((el) => el.setAttribute('view', v)), view);
        await page.locator(`#second [data-view="${view}"][aria-pressed="true"]`).waitFor();
        await settled(page);
        assert.deepEqual(await axeViolations(page, ['raci-matrix']), [], view);
      }
      await page.close();
    });
  }
});

describe('axe-core: the author\'s own data, its notes and errors', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`own tables, src, JSON, a warnings note open and an error, ${colorScheme}`, async () => {
      const page = await newPage(suite.browser, { viewport: { width: 1280, height: 900 }, colorScheme });
      await page.goto(`${suite.server.url}/host/own-data.html`);
      for (const id of ['rasci', 'messy', 'fromsrc', 'inline', 'bydata']) await new WidgetPage(page, page.locator(`#${id}`)).ready();
      await page.locator('#broken .raci-error').waitFor();
      // A row with a missing cell: the data loads with a note about it.
      // (document.querySelector: Playwright's locators would reach into the shadow root too.)
      await page.evaluate(() => [...document.querySelectorAll('#messy table tr')].pop().lastElementChild.remove());
      await page.locator('#messy .raci-warnings summary').click();
      assert.match(await page.locator('#messy .raci-warnings').innerText(), /5 cells, the header has 6/);
      await settled(page);
      assert.deepEqual(await axeViolations(page, ['raci-matrix']), []);
      await page.screenshot({ path: `${ARTIFACTS}/own-data-notes-${colorScheme}.png`, fullPage: true });
      await page.close();
    });
  }
});

describe('keyboard only', () => {
  /** Presses Tab until `selector` has focus (at most 80 times), as a keyboard user would. */
  async function tabTo(page, selector) {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => {
        const deep = (root) => root.activeElement?.shadowRoot ? deep(root.activeElement.shadowRoot) : root.activeElement;
        return deep(document)?.matches(s) ?? false;
      }, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  test('switch model, filter, search, switch view and turn on checks without a mouse', async () => {
    const { page, widget } = await open('/');
    await tabTo(page, '[data-model="customer-self-managed"]');
    await page.keyboard.press('Enter');
    assert.ok(await widget.isPressed('[data-model="customer-self-managed"]'));
    await tabTo(page, '[data-view="parties"]');
    await page.keyboard.press('Space');
    assert.deepEqual(await widget.columns(), ['Task', 'Description', 'WSO2', 'Customer']);
    await tabTo(page, '[data-checks]');
    await page.keyboard.press('Enter');
    await tabTo(page, 'button[data-party="wso2"]');
    await page.keyboard.press('Enter');
    assert.equal(await widget.count(), '12 of 16 tasks');
    await tabTo(page, 'input[type=search]');
    await page.keyboard.type('helm');
    assert.deepEqual(await widget.rows(), ['Platform system components deployment']);
    await page.keyboard.press('Escape');
    assert.equal(await widget.count(), '12 of 16 tasks');
    // The scrollable table region is reachable too, and focus stays visible.
    await tabTo(page, '.raci-table-wrap');
    const outline = await page.evaluate(() => {
      const el = document.querySelector('raci-matrix').shadowRoot.activeElement;
      return getComputedStyle(el).outlineStyle;
    });
    assert.equal(outline, 'solid');
    await page.close();
  });

  test('the export menu opens and works from the keyboard', async () => {
    const { page, widget } = await open('/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await tabTo(page, '.raci-export summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-format="csv"] button:nth-of-type(2)');
    await page.keyboard.press('Enter');
    await widget.root.getByText('Copied CSV to the clipboard.').waitFor();
    await page.close();
  });
});

describe('phone width and display modes', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`360 px, ${colorScheme}: cards, no page-level sideways scroll, 24 px targets`, async () => {
      const { page, widget } = await open('/?model=customer-self-managed', { viewport: { width: 360, height: 780 }, colorScheme, isMobile: true, hasTouch: true });
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
      // Each task is a card: the row's cells stack in a grid, each labelled with its column.
      const row = widget.root.locator('tbody tr').first();
      assert.equal(await row.evaluate((el) => getComputedStyle(el).display), 'grid');
      assert.equal(await row.locator('td').nth(1).evaluate((el) => getComputedStyle(el, '::before').content), '"Responsible"');
      const small = await page.evaluate(() => {
        const root = document.querySelector('raci-matrix').shadowRoot;
        return [...root.querySelectorAll('button, summary, input, select, [tabindex="0"]')]
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
          .map(({ el, r }) => `${el.tagName}.${el.className} ${Math.round(r.width)}x${Math.round(r.height)}`);
      });
      assert.deepEqual(small, []);
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: `${ARTIFACTS}/phone-${colorScheme}.png`, fullPage: true });
      await page.close();
    });
  }

  test('1280 px screenshots, both themes, compare view', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { page } = await open('/?model=customer-self-managed&view=compare', { colorScheme });
      await page.screenshot({ path: `${ARTIFACTS}/desktop-compare-${colorScheme}.png` });
      await page.close();
    }
  });

  test('forced colors (Windows high contrast) keeps every state legible', async () => {
    const { page, widget } = await open('/?party=customer&checks=on', { forcedColors: 'active' });
    // Pressed buttons keep a visible check mark; chips and letters keep their borders.
    assert.match(await widget.root.locator('button[data-party="customer"]').evaluate((el) => getComputedStyle(el, '::before').content), /✓/);
    assert.notEqual(await widget.root.locator('.raci-chip').first().evaluate((el) => getComputedStyle(el).borderTopStyle), 'none');
    await page.screenshot({ path: `${ARTIFACTS}/forced-colors.png` });
    await page.close();
  });

  test('200% zoom (1280 px at 2x = 640 CSS px): everything reachable, no sideways page scroll', async () => {
    const { page, widget } = await open('/?view=compare', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
    const outside = await page.evaluate(() => {
      const root = document.querySelector('raci-matrix').shadowRoot;
      return [...root.querySelectorAll('button, summary, input, select')]
        .filter((el) => { const r = el.getBoundingClientRect(); return r.width === 0 || r.right > innerWidth + 1; })
        .map((el) => el.outerHTML.slice(0, 80));
    });
    assert.deepEqual(outside, []);
    await widget.selectView('roles');
    await widget.filterParty('customer');
    assert.equal(await widget.count(), '14 of 16 tasks');
    await page.screenshot({ path: `${ARTIFACTS}/zoom-200.png` });
    await page.close();
  });

  test('reduced motion: no transitions', async () => {
    const { page, widget } = await open('/', { reducedMotion: 'reduce' });
    const duration = await widget.root.locator('button[data-party="wso2"]').evaluate((el) => getComputedStyle(el).transitionDuration);
    assert.equal(duration, '0s');
    await page.close();
  });
});
