// The widget under a strict Content-Security-Policy (no inline styles, no eval): fully styled,
// no violation reported, the same computed styles as without the policy. Standalone and embedded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from './browser.mjs';
import { CSP, DIST, FIXTURES, useServerAndBrowser } from './suite.mjs';
import { WidgetPage } from './pages/widget.mjs';

const suite = useServerAndBrowser(
  { '/': DIST, '/embed/': FIXTURES, '/docs/assets/raci/': DIST },
  { headers: (url) => (url.includes('csp=on') ? { 'content-security-policy': CSP } : {}) },
);

// Computed styles of the widget's parts that its stylesheet decides.
const PROPS = ['color', 'background-color', 'border-top-color', 'border-top-style', 'font-weight', 'padding-left', 'border-radius', 'display'];
const PARTS = ['.raci-table', '.raci-table thead th', '.raci-chip', '.raci-toggle', '.raci-toggle[aria-pressed=true]', '.raci-count', '.raci-legend'];

async function look(path, csp, ids) {
  const page = await newPage(suite.browser, { viewport: { width: 1200, height: 900 } });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${suite.server.url}${path}${path.includes('?') ? '&' : '?'}csp=${csp ? 'on' : 'off'}`);
  const styles = {};
  for (const id of ids) {
    const root = id ? page.locator(`#${id}`) : page.locator('raci-matrix').first();
    await new WidgetPage(page, root).ready();
    styles[id || 'page'] = await root.evaluate(
      (el, [parts, props]) =>
        parts.map((sel) => {
          const node = el.shadowRoot.querySelector(sel);
          if (!node) return `${sel}: missing`;
          const cs = getComputedStyle(node);
          return `${sel}: ${props.map((p) => cs.getPropertyValue(p)).join(' | ')}`;
        }),
      [PARTS, PROPS],
    );
  }
  const violations = await page.evaluate(() => window.violations);
  const errors = page.errors;
  await page.close();
  return { styles, violations, errors };
}

for (const [name, path, ids] of [
  ['standalone page', '/', ['']],
  ['embedded: built-in, tables and src', '/embed/csp.html', ['builtin', 'tables', 'src']],
]) {
  test(`strict CSP, ${name}: styled, no violation, same styles as without`, async () => {
    const open = await look(path, false, ids);
    const strict = await look(path, true, ids);
    assert.deepEqual(strict.violations, []);
    assert.deepEqual(strict.errors, []);
    assert.deepEqual(strict.styles, open.styles);
    // Really styled: the chips have a background and the table a border.
    for (const lines of Object.values(strict.styles)) {
      assert.ok(!lines.some((l) => l.endsWith('missing') && !l.startsWith('.raci-chip')), lines.join('\n'));
      assert.doesNotMatch(lines[0], /rgba\(0, 0, 0, 0\) \| rgb\(0, 0, 0\) \| none/);
    }
  });
}
