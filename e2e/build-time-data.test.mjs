// Build-time data (README "Build-time data"): an element that carries the matrix as the docs
// plugins and `raci convert --to html` write it is shown without the run-time reader, whose
// files are fetched only for data that come at run time (here, a wrapped table). A payload
// edited by hand into nonsense gets a message above the author's table.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { newPage, ARTIFACTS } from './browser.mjs';
import { DIST, raci, useServerAndBrowser } from './suite.mjs';
import { WidgetPage } from './pages/widget.mjs';

const suite = useServerAndBrowser({ '/': ARTIFACTS, '/docs/assets/raci/': DIST });
const READER = ['raci-widget-reader.js', 'raci-widget-reader_bg.wasm', 'raci-widget-tables.js'];

const TABLE = `| Task | Responsible | Accountable |
|---|---|---|
| Patch the hosts | Ops | Lead |
| Rotate the keys | Security | Lead |
`;

const page = (name, body) =>
  writeFileSync(`${ARTIFACTS}/${name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${name}</title><link rel="icon" href="/docs/assets/raci/favicon.svg">
<script type="module" src="/docs/assets/raci/raci-widget.js"></script></head>
<body><h1>Build-time data</h1>${body}</body></html>`);

let tag;
before(() => {
  tag = raci(['convert', '-', '--to', 'html', '--title', 'Operations', '--attr', 'loading=eager'], TABLE);
  page('built.html', tag.replace('<raci-matrix', '<raci-matrix id="m"'));
  page('wrapped.html', `<raci-matrix id="m" loading="eager">${tag.split('"></template>\n')[1]}`);
  // A party index past the parties listed: what a careless hand edit does.
  const broken = tag.replace(/\nT\tPatch the hosts\t([^\n]*)\t\d+\t/, '\nT\tPatch the hosts\t$1\t9\t');
  assert.notEqual(broken, tag, 'the test must break the payload');
  page('broken.html', broken.replace('<raci-matrix', '<raci-matrix id="m"'));
});

async function visit(name) {
  const p = await newPage(suite.browser);
  const before = suite.server.requests.length;
  await p.goto(`${suite.server.url}/${name}`);
  return { p, fetched: () => suite.server.requests.slice(before).map((r) => r.split('/').pop()) };
}

test('build-time data show at once, with no run-time reader fetched', async () => {
  assert.match(tag, /<template data-raci-catalog="raci-catalog 1\n/);
  const { p, fetched } = await visit('built.html');
  const widget = await new WidgetPage(p, p.locator('#m')).ready();
  assert.deepEqual(await widget.rows(), ['Patch the hosts', 'Rotate the keys']);
  await widget.filterParty('security');
  assert.deepEqual(await widget.rows(), ['Rotate the keys']);
  await p.waitForLoadState('networkidle');
  assert.ok(fetched().includes('raci-widget-core_bg.wasm'));
  for (const file of READER) assert.ok(!fetched().includes(file), `${file} was fetched`);
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('a wrapped table is read in the browser by the run-time reader, fetched once', async () => {
  const { p, fetched } = await visit('wrapped.html');
  const widget = await new WidgetPage(p, p.locator('#m')).ready();
  assert.deepEqual(await widget.rows(), ['Patch the hosts', 'Rotate the keys']);
  await p.waitForLoadState('networkidle');
  for (const file of READER) assert.equal(fetched().filter((f) => f === file).length, 1, file);
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('a broken payload says so above the author\'s table, which stays', async () => {
  const { p } = await visit('broken.html');
  const root = p.locator('#m');
  await root.locator('.raci-error').waitFor();
  const problems = await new WidgetPage(p, root).problems();
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^Error: the build-time data, line \d+: party "9" is not one of the \d+ listed before it \(rebuild the page/);
  assert.ok(await p.getByRole('cell', { name: 'Patch the hosts' }).or(p.getByRole('rowheader', { name: 'Patch the hosts' })).first().isVisible());
  await p.close();
});
