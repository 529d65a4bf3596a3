// The remark plugin turns ```raci fences into <raci-matrix> elements with tables inside.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const remarkRaci = require('../remark.js');

function transform(value, meta = '') {
  const tree = { type: 'root', children: [{ type: 'code', lang: 'raci', meta, value }] };
  remarkRaci()(tree);
  return tree.children[0];
}

/** The table as rows of text, header first, from the JSX nodes. */
function rows(table) {
  const text = (n) => (n.children ?? []).map((c) => c.value ?? text(c)).join('');
  const trs = [];
  const walk = (n) => (n.name === 'tr' ? trs.push(n.children.map(text)) : (n.children ?? []).forEach(walk));
  walk(table);
  return trs;
}

const attrs = (node) => Object.fromEntries(node.attributes.map((a) => [a.name, a.value]));

test('a Markdown table with options', () => {
  const node = transform('| Task | R | A |\n|---|---|---|\n| Deploy | Ops \\| Dev | Lead |\n', 'title="Release" view=parties party="ops"');
  assert.equal(node.type, 'mdxJsxFlowElement');
  assert.equal(node.name, 'raci-matrix');
  assert.deepEqual(attrs(node), { view: 'parties', party: 'ops' });
  const [table] = node.children;
  assert.equal(table.children[0].name, 'caption');
  assert.deepEqual(rows(table), [['Task', 'R', 'A'], ['Deploy', 'Ops | Dev', 'Lead']]);
});

test('several Markdown tables, each titled by its heading', () => {
  const node = transform('# One\n| Task | R |\n|--|--|\n| A | X |\n\n# Two\n| Task | R |\n|--|--|\n| B | Y |\n');
  assert.deepEqual(node.children.map((t) => t.children[0].children[0].value), ['One', 'Two']);
});

test('CSV with quoted fields and semicolons', () => {
  const node = transform('Task;Responsible\n"Price; change";"Finance, Sales"\n');
  assert.deepEqual(rows(node.children[0]), [['Task', 'Responsible'], ['Price; change', 'Finance, Sales']]);
});

test('JSON in the data format: one table per model, the model id kept', () => {
  const node = transform(JSON.stringify({ models: [{ id: 'm', title: 'M', tasks: [{ task: 'T', cells: { r: 'Ops', a: 'Lead' } }] }] }));
  const [table] = node.children;
  assert.deepEqual(attrs(table), { 'data-model': 'm' });
  assert.deepEqual(rows(table), [['Task', 'Description', 'Responsible', 'Accountable', 'Consulted', 'Informed'], ['T', '', 'Ops', 'Lead', '', '']]);
  assert.throws(() => transform('{ nope'), /raci fence: the JSON does not parse/);
});

test('src with an empty body, and unknown options refused', () => {
  const node = transform('', 'src="/docs/raci/teams.csv"');
  assert.deepEqual(attrs(node), { src: '/docs/raci/teams.csv' });
  assert.throws(() => transform('| Task | R |\n|--|--|\n| A | B |', 'colour="red"'), /unknown option colour/);
});
