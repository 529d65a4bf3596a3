// Whatever a page or a file holds must not hurt the reader, the host page or the other widgets:
// every bad source gets its exact message, the author's content stays, nothing is thrown
// uncaught, no markup from data ever becomes an element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from './browser.mjs';
import { DIST, FIXTURES, useServerAndBrowser } from './suite.mjs';
import { WidgetPage } from './pages/widget.mjs';

const suite = useServerAndBrowser({ '/': FIXTURES, '/docs/assets/raci/': DIST });

async function open() {
  const page = await newPage(suite.browser);
  await page.goto(`${suite.server.url}/hostile.html`);
  await new WidgetPage(page, page.locator('#healthy')).ready();
  return page;
}

/** Sets `#target`'s data with `make` (a function source run in the page) and reads the outcome. */
async function outcome(page, make) {
  // From a known state (no data: the built-in matrices) to the new one, so an old outcome is
  // never read as the new one.
  await page.evaluate(() => { document.getElementById('target').data = null; });
  await page.waitForFunction(() => document.getElementById('target').shadowRoot?.textContent.includes('Subscription prerequisites'));
  await page.evaluate(`(() => { const el = document.getElementById('target'); el.data = (${make})(); })()`);
  await page.waitForFunction(() => !document.getElementById('target').shadowRoot.textContent.includes('Subscription prerequisites'));
  const target = page.locator('#target');
  await target.locator('.raci-error, .raci table').first().waitFor();
  const problems = await target.locator('.raci-error .raci-problems li').allInnerTexts();
  const rows = await new WidgetPage(page, target).rows();
  return { problems, rows };
}

async function stillFine(page) {
  // The other widget still works, the author's content is there, the host's script runs.
  const healthy = new WidgetPage(page, page.locator('#healthy'));
  await healthy.filterParty('customer');
  assert.equal(await healthy.count(), '14 of 16 tasks');
  await healthy.filterParty('any');
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  assert.equal(await page.locator('#target .fallback').count(), 1);
}

const good = `{ models: [{ title: 'M', tasks: [{ task: 'T', cells: { r: 'Ops', a: 'Lead' } }] }] }`;

test('objects given to el.data that fight back', async () => {
  const page = await open();
  const cases = [
    ['a getter that throws', `() => ({ get models() { throw new Error('boom'); } })`, ['Error: it could not be read: boom'], []],
    ['a cyclic object', `() => { const o = ${good}; o.models[0].self = o; return o; }`, [/Error: it could not be read: Converting circular structure to JSON/], []],
    ['a Proxy', `() => new Proxy(${good}, {})`, [], ['T']],
    ['a frozen object', `() => Object.freeze(${good})`, [], ['T']],
    ['a __proto__ key', `() => JSON.parse('{"__proto__": {"x": 1}, "models": [{"title": "M", "tasks": []}]}')`, ['Error: unknown key "__proto__" (expected one of: $schema, title, intro, parties, roles, models)'], []],
    ['a constructor key', `() => ({ constructor: 1, models: [] })`, ['Error: unknown key "constructor" (expected one of: $schema, title, intro, parties, roles, models)'], []],
    ['a function', `() => () => 1`, ['Error: it holds no JSON data'], []],
    ['a string', `() => 'text'`, ['Error: expected the data to be an object ({…}), found a string'], []],
    ['a number', `() => 42`, ['Error: expected the data to be an object ({…}), found a number'], []],
    ['a list', `() => []`, ['Error: expected the data to be an object ({…}), found a list ([…])'], []],
    ['20,000 tasks', `() => ({ models: [{ title: 'M', tasks: Array.from({ length: 20000 }, (_, i) => ({ task: 't' + i, cells: { r: 'Ops' } })) }] })`, ['Error: models[0].tasks[5000]: more than 5000 tasks in one model'], []],
    ['a 5 MB string', `() => ({ title: 'x'.repeat(5 * 1024 * 1024), models: [] })`, ['Error: the data is 5.0 MB; the limit is 5 MB'], []],
  ];
  for (const [name, make, problems, rows] of cases) {
    const started = Date.now();
    const got = await outcome(page, make);
    // A limit message, not a hang (a hang would run into minutes; speed is bench/'s to measure,
    // and a CI machine busy with other builds takes seconds here).
    assert.ok(Date.now() - started < 15000, `${name}: took ${Date.now() - started} ms`);
    assert.equal(got.problems.length, problems.length, `${name}: ${got.problems}`);
    problems.forEach((p, i) => (p instanceof RegExp ? assert.match(got.problems[i], p, name) : assert.equal(got.problems[i], p, name)));
    assert.deepEqual(got.rows, rows, name);
    await stillFine(page);
  }
  // Nothing thrown uncaught; the console has the widget's messages only.
  assert.ok(page.errors.every((e) => e.startsWith('raci-widget: the data property:')), page.errors.join('\n'));
  await page.close();
});

test('markup and script in every text field and attribute stay text', async () => {
  const page = await open();
  const evil = `<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>`;
  await page.evaluate((evil) => {
    const el = document.getElementById('target');
    el.setAttribute('q', evil);
    el.setAttribute('party', evil);
    el.data = {
      title: evil, intro: [evil],
      // (A party name that is itself markup is refused: a cell could not name it. This one
      // has markup characters but no tag.)
      parties: [{ id: 'evil', name: 'Ops <3 onerror="window.pwned=1"' }, { name: 'Ops' }],
      roles: [{ id: 'r', letter: evil, name: evil, meaning: evil }],
      models: [{ title: evil, intro: evil, tasks: [{ task: evil, description: evil, cells: { r: `Ops (note ${evil.replaceAll('(', '[').replaceAll(')', ']')}), evil` } }] }],
    };
  }, evil);
  const target = page.locator('#target');
  await target.locator('.raci table').waitFor();
  await target.evaluate((el) => el.removeAttribute('q'));
  await target.locator('.raci tbody th').first().waitFor();
  const shadow = await target.evaluate((el) => ({
    imgs: el.shadowRoot.querySelectorAll('img, script, iframe, a[href^="javascript"]').length,
    handlers: [...el.shadowRoot.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => a.name.startsWith('on'))).length,
    text: el.shadowRoot.textContent,
  }));
  assert.equal(shadow.imgs, 0);
  assert.equal(shadow.handlers, 0);
  assert.ok(shadow.text.includes('<img src=x onerror="window.pwned=1">'), 'shown as text');
  assert.ok(shadow.text.includes('Ops <3 onerror="window.pwned=1"'), 'a party name with markup characters, as text');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await stillFine(page);
  await page.close();
});

test('src: every way a fetch can go wrong has its message and a Retry', async () => {
  const page = await open();
  const url = (file) => `${suite.server.url}/data/${file}`;
  const cases = [
    ['data/missing.json', url('missing.json'), ['Error: HTTP 404 Not Found']],
    ['data/error-page.json', url('error-page.json'), ['Error: JSON syntax error at line 1, column 1: this looks like HTML (an error page?), not JSON']],
    ['data/empty.json', url('empty.json'), ['Error: the JSON text is empty']],
    ['data/null.json', url('null.json'), ['Error: expected the data to be an object ({…}), found null']],
    ['http://127.0.0.1:9/nothing.json', 'http://127.0.0.1:9/nothing.json', [/^Error: the request failed \(Failed to fetch\)$/]],
  ];
  for (const [src, shown, problems] of cases) {
    await page.locator('#target').evaluate((el, src) => { el.data = null; el.setAttribute('src', src); }, src);
    await page.locator('#target .raci-error').waitFor();
    const title = await page.locator('#target .raci-error__title').innerText();
    assert.equal(title, `This RACI matrix could not be shown: ${shown}`);
    const got = await page.locator('#target .raci-problems li').allInnerTexts();
    problems.forEach((p, i) => (p instanceof RegExp ? assert.match(got[i], p) : assert.equal(got[i], p)));
    assert.ok(await page.locator('#target').getByRole('button', { name: 'Retry' }).isVisible(), src);
    await stillFine(page);
    await page.locator('#target').evaluate((el) => el.removeAttribute('src'));
  }
  // A byte order mark and a text/plain content type are fine.
  for (const [src, row] of [['data/bom.json', 'Bom task'], ['data/plain.txt', 'Typed']]) {
    await page.locator('#target').evaluate((el, src) => el.setAttribute('src', src), src);
    await page.locator('#target .raci tbody th', { hasText: row }).waitFor();
  }
  await page.close();
});

/** Replaces `#target`'s content, passing through a readable table first, so an old outcome is
 * never read as the new one. */
async function setContent(page, html) {
  await page.locator('#target').evaluate((el) => {
    el.data = null;
    el.innerHTML = '<table><tr><th>Task</th><th>R</th></tr><tr><td>Reset</td><td>Ops</td></tr></table>';
  });
  await page.locator('#target .raci tbody th', { hasText: 'Reset' }).waitFor();
  await page.locator('#target').evaluate((el, html) => { el.innerHTML = html; }, html);
  await page.locator('#target .raci tbody th', { hasText: 'Reset' }).waitFor({ state: 'detached' });
}

test('tables that cannot be read as they are', async () => {
  const page = await open();
  const cases = [
    ['no header', '<table><tr><td>Only one cell</td></tr></table>', ['Error: table 1: needs a header row with a task column and role or party columns']],
    ['empty table', '<table></table>', ['Error: table 1: needs a header row with a task column and role or party columns']],
    ['nested tables', '<table><tr><th>Task</th><th>R</th></tr><tr><td>T</td><td><table><tr><td>x</td></tr></table></td></tr></table>', ['Error: table 1: has a table inside one of its cells: write the matrix as one plain table']],
  ];
  for (const [name, html, problems] of cases) {
    await setContent(page, `<p class="fallback">The author's fallback.</p>${html}`);
    await page.locator('#target .raci-error').waitFor();
    assert.deepEqual(await page.locator('#target .raci-problems li').allInnerTexts(), problems, name);
  }
  // Spanning cells fill every slot they cover.
  await setContent(page, '<p class="fallback">f</p><table><tr><th>Task</th><th colspan="2">Responsible</th><th>Accountable</th></tr>'
    + '<tr><td rowspan="2">Shared</td><td>Ops</td><td>Dev</td><td>Lead</td></tr><tr><td>QA</td><td>QA</td><td>Lead</td></tr></table>');
  await page.locator('#target .raci-error').waitFor();
  assert.deepEqual(await page.locator('#target .raci-problems li').allInnerTexts(), ['Error: table 1: the Responsible column appears twice ("Responsible")']);
  await setContent(page, '<table><tr><th>Task</th><th>Responsible</th><th>Accountable</th></tr>'
    + '<tr><td rowspan="2">Shared</td><td>Ops</td><td rowspan="2">Lead</td></tr><tr><td>QA</td></tr></table>');
  await page.locator('#target .raci tbody th').first().waitFor();
  const w = new WidgetPage(page, page.locator('#target'));
  assert.deepEqual(await w.rows(), ['Shared', 'Shared']);
  await page.close();
});
