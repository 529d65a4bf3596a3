// The new Sphinx site (integrations/sphinx/test) in Chromium, built with alabaster, Furo and
// the PyData theme:
//   node check-site.mjs HTML FURO PYDATA
// - the reST page's matrices and the MyST page's (its `:party: legal` option applied) show their
//   rows, live, and filter;
// - each theme: the page without a matrix fetches no wasm and no widget script; a click goes to
//   the matrix page, whose rows are there before the wasm (held back) and then live; Back returns
//   to the page without one, Forward to the matrix page, live again;
// - Furo's toggle and PyData's menu turn the widget dark and back; screenshots of the matrix
//   page, light and dark (SHOTS, default target/integrations-sphinx/).
import assert from 'node:assert/strict';
import { serve } from '../../e2e/serve.mjs';
import { holdWasm, launch, newPage } from '../../e2e/browser.mjs';
import { isLiveNow, WidgetPage } from '../../e2e/pages/widget.mjs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const [alabaster, furo, pydata] = process.argv.slice(2);
const shots = process.env.SHOTS ?? new URL('../../target/integrations-sphinx/', import.meta.url).pathname;
const RELEASE = ['Scope the release', 'Announce'];
const ROTA = ['Page the on-call', 'Write the postmortem'];

/** The paths the browser asked for that the built site does not have. */
const missing = (server, dir) => server.requests.filter((p) => !existsSync(join(dir, p)));

/** The mean of the RGB channels of the widget's text color, as the reader sees it (0 to 255). */
const brightness = (host) =>
  host.evaluate((el) => {
    const [r, g, b] = getComputedStyle(el.shadowRoot.querySelector('.raci')).color.match(/\d+/g).map(Number);
    return (r + g + b) / 3;
  });

/** Each theme's dark-mode control, as a reader uses it, and where the theme says which mode is on. */
const SWITCHES = {
  // Furo: a toggle cycling auto → dark → light (the reader's system being light); <body data-theme>.
  Furo: {
    says: (page) => page.locator('body').getAttribute('data-theme'),
    async set(page, mode) {
      for (let i = 0; i < 3 && (await this.says(page)) !== mode; i++) await page.locator('.content-icon-container .theme-toggle').click();
    },
  },
  // PyData: a menu (System Settings, Light, Dark) behind the navbar's button; <html data-theme>.
  PyData: {
    says: (page) => page.locator('html').getAttribute('data-theme'),
    ownErrors: ['Got invalid theme mode: . Resetting to auto.'],
    async set(page, mode) {
      await page.locator('.theme-switch-button:visible').click();
      await page.locator(`.theme-change-button[data-mode="${mode}"]:visible`).click();
    },
  },
};

const browser = await launch();
try {
  for (const [theme, dir] of [['alabaster', alabaster], ['Furo', furo], ['PyData', pydata]]) {
    const server = await serve(dir);
    const page = await newPage(browser, { viewport: { width: 1200, height: 900 } });
    const wasm = [];
    page.on('request', (r) => /\.wasm$|raci-widget[^/]*\.js/.test(new URL(r.url()).pathname) && wasm.push(r.url()));

    // The page without a matrix: nothing of the widget is fetched.
    await page.goto(`${server.url}/plain.html`);
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('raci-matrix').count(), 0, `${theme}: plain.html has no matrix`);
    assert.deepEqual(wasm, [], `${theme}: the page without a matrix fetched the widget`);

    // A link to the matrix page, as a reader follows it; the wasm held back: the rows are
    // there before it (the prerendered first view), then the widget takes over.
    const held = await holdWasm(page);
    await page.locator('article a[href="raci.html"], div.body a[href="raci.html"]').first().click();
    await page.waitForURL(/raci\.html$/);
    const [release, rota] = [page.locator('raci-matrix').nth(0), page.locator('raci-matrix').nth(1)];
    const firstView = release.locator('.raci tbody th[scope=row]');
    await firstView.first().waitFor();
    assert.deepEqual(await firstView.allInnerTexts(), RELEASE, `${theme}: the rows before the wasm`);
    assert.ok(!held.served && !(await isLiveNow(release)), `${theme}: the wasm was held, the widget not live yet`);
    held.release();
    const w = new WidgetPage(page, release);
    await w.ready();
    assert.deepEqual(await w.rows(), RELEASE, `${theme}: the reST directive's rows`);
    assert.deepEqual(await new WidgetPage(page, rota).ready().then((r) => r.rows()), ROTA, `${theme}: the :file: table's rows`);
    assert.ok(wasm.some((u) => u.endsWith('.wasm')), `${theme}: the matrix page loaded the wasm`);
    await w.filterParty('legal');
    assert.deepEqual(await w.rows(), ['Announce'], `${theme}: filtered to Legal`);

    const switcher = SWITCHES[theme];
    if (switcher) {
      // The theme's own control, as a reader uses it; the widget follows, then back to light.
      const shot = (mode) => page.screenshot({ path: `${shots}/sphinx-${theme.toLowerCase()}-${mode}.png`, fullPage: true });
      assert.notEqual(await switcher.says(page), 'dark', `${theme}: not dark to start with (auto, the reader's system light)`);
      assert.equal(await release.evaluate((el) => el.dataset.raciTheme), 'light', `${theme}: the widget light to start with`);
      assert.ok((await brightness(release)) < 128, `${theme} light: the widget writes dark text`);
      await shot('light');
      await switcher.set(page, 'dark');
      assert.equal(await switcher.says(page), 'dark', `${theme}: its control made the page dark`);
      await page.waitForFunction(() => [...document.querySelectorAll('raci-matrix')].every((el) => el.dataset.raciTheme === 'dark'));
      assert.ok((await brightness(release)) > 128, `${theme} dark: the widget writes light text`);
      await shot('dark');
      await switcher.set(page, 'light');
      await page.waitForFunction(() => document.querySelector('raci-matrix').dataset.raciTheme === 'light');
    }

    // Back to the page without a matrix, and on to the MyST page from the toctree.
    await page.goBack();
    await page.waitForURL(/plain\.html$/);
    assert.equal(await page.locator('raci-matrix').count(), 0, `${theme}: back on plain.html`);
    await page.goForward();
    await page.waitForURL(/raci\.html/);
    const again = new WidgetPage(page, page.locator('raci-matrix').first());
    await again.ready();
    assert.deepEqual(await again.rows(), RELEASE, `${theme}: back on the matrix page (Forward), the rows`);
    await again.filterParty('legal');
    assert.deepEqual(await again.rows(), ['Announce'], `${theme}: back on the matrix page, filtered to Legal`);
    await page.goBack();
    await page.waitForURL(/plain\.html$/);
    await page.goto(`${server.url}/myst.html`);
    const myst = new WidgetPage(page);
    await myst.ready();
    assert.deepEqual(await myst.rows(), ['Announce'], `${theme}: the MyST fence's :party: legal applied`);
    await myst.clearFilters();
    assert.deepEqual(await myst.rows(), RELEASE, `${theme}: the MyST matrix unfiltered`);
    // Chromium asks for /favicon.ico itself (a Sphinx site has none unless html_favicon is set):
    // that 404 is the only console error let through, and only when it is the only path missing.
    const absent = missing(server, dir);
    // The theme's own console errors on a stock site, by theme (PyData logs this on a reader's
    // first visit, no mode stored yet, unless conf.py sets a default_mode).
    const own = SWITCHES[theme]?.ownErrors ?? [];
    const errors = (absent.every((p) => p === '/favicon.ico') ? page.errors.filter((e) => !/status of 404/.test(e)) : page.errors)
      .filter((e) => !own.includes(e));
    assert.deepEqual(errors, [], `${theme}: console errors (requested, not in the site: ${absent.join(', ') || 'none'})`);
    await page.close();
    await server.close();
    console.log(`  ${theme}: rows, filters${SWITCHES[theme] ? ', dark mode' : ''}, navigation, no wasm without a matrix`);
  }
} finally {
  await browser.close();
}
