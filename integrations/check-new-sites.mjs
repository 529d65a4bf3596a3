// Opens the two new-user sites integrations/test built (MkDocs Material at /, Docusaurus under
// /) in Chromium: the fenced table is a working, filterable, dark-mode-following matrix.
import assert from 'node:assert/strict';
import { serve } from '../e2e/serve.mjs';
import { launch, newPage } from '../e2e/browser.mjs';
import { WidgetPage } from '../e2e/pages/widget.mjs';

const [mkdocsSite, docusaurusSite] = process.argv.slice(2);
const browser = await launch();
try {
  for (const [name, dir, path, darkToggle] of [
    ['MkDocs Material', mkdocsSite, '/', null],
    ['Docusaurus', docusaurusSite, '/docs/raci/', '.navbar button[aria-label*="dark and light mode"]'],
  ]) {
    const server = await serve(dir);
    const page = await newPage(browser, { viewport: { width: 1200, height: 900 } });
    await page.goto(`${server.url}${path}`);
    const w = await new WidgetPage(page, page.locator('raci-matrix').first()).ready();
    assert.deepEqual(await w.rows(), ['Scope the release', 'Announce'], name);
    await w.filterParty('legal');
    assert.deepEqual(await w.rows(), ['Announce'], name);
    if (darkToggle) {
      // Docusaurus' toggle may cycle through "system" first: click until the site is dark.
      for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== 'dark'; i++) {
        await page.locator(darkToggle).click();
      }
    } else await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => document.querySelector('raci-matrix').dataset.raciTheme === 'dark');
    // A new Material site asks Google for its fonts; this machine has no such network.
    const errors = page.errors.filter((e) => !e.includes('net::ERR_NAME_NOT_RESOLVED'));
    assert.deepEqual(errors, [], name);
    await page.close();
    await server.close();
    console.log(`  ${name}: a fenced table renders, filters and follows dark mode`);
  }
} finally {
  await browser.close();
}
