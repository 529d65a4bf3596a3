// The remark plugin hands ```raci fences to the widget's reader (the Node module in ./build,
// put there by build-package) and puts the element it renders into the MDX tree.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const remarkRaci = require('../remark.js');

const PAGE = path.join(process.cwd(), 'docs', 'raci.md');

async function transform(value, meta = '', settings = {}) {
  const code = { type: 'code', lang: 'raci', meta, value, position: { start: { line: 7, column: 1 } } };
  const tree = { type: 'root', children: [{ type: 'paragraph', children: [] }, code] };
  await remarkRaci(settings)(tree, { path: PAGE, cwd: process.cwd() });
  return tree;
}

const element = (tree) => tree.children.find((n) => n.name === 'raci-matrix');
const attrs = (node) => Object.fromEntries(node.attributes.filter((a) => typeof a.value === 'string').map((a) => [a.name, a.value]));
/** The HTML React will write inside the element (dangerouslySetInnerHTML, from its estree). */
const inner = (node) => node.attributes.find((a) => a.name === 'dangerouslySetInnerHTML').value.data.estree.body[0].expression.properties[0].value.value;
/** Rows of cell text of the light-DOM tables (outside the template). */
function fallbackRows(html) {
  const light = html.replace(/<template[\s\S]*?<\/template>/, '');
  return [...light.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) => [...tr[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1].replace(/<[^>]+>/g, '')));
}

const TABLE = '| Task | R | A |\n|---|---|---|\n| Deploy | Ops \\| Dev | Lead |\n';
// The table as the reader writes it back: the roles named, an escaped pipe kept in its cell.
const FALLBACK_ROWS = [['Task', 'Description', 'Responsible', 'Accountable'], ['Deploy', '', 'Ops | Dev', 'Lead']];

test('a Markdown table with options: the attributes, the fallback table, the first view and its stylesheet in the head', async () => {
  const tree = await transform(TABLE, 'title="Release" view=parties party="lead"', { stylesheet: '/docs/assets/raci/raci-widget.css' });
  const node = element(tree);
  assert.equal(node.type, 'mdxJsxFlowElement');
  assert.deepEqual(attrs(node), { view: 'parties', party: 'lead' });
  const html = inner(node);
  assert.match(html, /^<template shadowrootmode="open"><link rel="stylesheet" href="\/docs\/assets\/raci\/raci-widget.css">/);
  assert.match(html, /<caption>Release<\/caption>/);
  assert.deepEqual(fallbackRows(html), FALLBACK_ROWS);
  // The first view in the template: the party view's header names the parties.
  const template = html.match(/<template[\s\S]*?<\/template>/)[0];
  assert.match(template, /Ops/);
  assert.match(template, /Lead/);
  // The head link, once, through Docusaurus' Head (imported as ESM).
  assert.equal(tree.children[0].type, 'mdxjsEsm');
  assert.match(tree.children[0].value, /import RaciWidgetHead from '@docusaurus\/Head'/);
  const head = tree.children[1];
  assert.equal(head.name, 'RaciWidgetHead');
  assert.deepEqual(attrs(head.children[0]), { rel: 'stylesheet', href: '/docs/assets/raci/raci-widget.css' });
});

test('without the plugin told otherwise, the stylesheet is under /assets/raci/; prerender: false leaves the view out', async () => {
  const linked = inner(element(await transform(TABLE)));
  assert.match(linked, /href="\/assets\/raci\/raci-widget.css"/);
  const tree = await transform(TABLE, '', { prerender: false });
  assert.doesNotMatch(inner(element(tree)), /shadowrootmode/);
  assert.equal(tree.children.some((n) => n.type === 'mdxjsEsm'), false, 'no head link without a first view');
});

test('a CSV separator tie is read as the widget reads it (one reader)', async () => {
  const html = inner(element(await transform('Task,Responsible;Accountable\nDeploy,Ops;Lead\n')));
  // The widget splits this header on `;`: the task column is "Task,Responsible".
  assert.deepEqual(fallbackRows(html), [['Task', 'Description', 'Accountable'], ['Deploy,Ops', '', 'Lead']]);
});

test('a JSON fence keeps its intro and role meanings: they go in the build-time data', async () => {
  const data = { intro: 'Who does what.', roles: [{ id: 'r', letter: 'R', name: 'Responsible', meaning: 'Does it' }], models: [{ id: 'm', title: 'M', tasks: [{ task: 'T', cells: { r: 'Ops' } }] }] };
  const html = inner(element(await transform(JSON.stringify(data))));
  // README "Build-time data": one record a line, fields split by tabs.
  const records = html.match(/<template data-raci-catalog="([^"]*)"><\/template>/)[1].split('\n');
  assert.equal(records[0], 'raci-catalog 1');
  assert.ok(records.includes('I\tWho does what.'), records.join('\n'));
  assert.ok(records.includes('R\tr\tR\tResponsible\tDoes it'), records.join('\n'));
  assert.match(html, /<table data-model="m">/);
});

test("a problem fails the page with the reader's message, naming the page and the fence's line", async () => {
  await assert.rejects(transform(TABLE, 'party="Led"'), (error) => {
    assert.equal(error.name, 'RaciError');
    assert.equal(error.message, 'docs/raci.md:7: error: option "party": no party "Led" (did you mean "lead"?); known: ops-dev, lead');
    return true;
  });
  await assert.rejects(transform(TABLE, 'colour="red"'), /docs\/raci\.md:7: error: .*colour/);
  // A problem the reader places in the body: the page's own line and column (the fence opens
  // on line 7, so the body's third line is the page's tenth).
  await assert.rejects(transform('| Task | R |\n|---|---|\n| A | B | C |\n'), (error) => {
    assert.equal(error.message, 'docs/raci.md:10:3: error: table 1, row "A": 3 cells, the header has 2');
    return true;
  });
});

test('src with an empty body: a link to the file, no first view', async () => {
  const tree = await transform('', 'src="/docs/raci/teams.csv"');
  const node = element(tree);
  assert.deepEqual(attrs(node), { src: '/docs/raci/teams.csv' });
  assert.match(inner(node), /<a href="\/docs\/raci\/teams.csv">/);
  assert.doesNotMatch(inner(node), /template/, 'no first view, and no build-time data: the widget reads the file');
});

test('a page without fences is left alone', async () => {
  const tree = { type: 'root', children: [{ type: 'code', lang: 'js', value: 'x' }] };
  await remarkRaci()(tree, { path: PAGE });
  assert.deepEqual(tree.children, [{ type: 'code', lang: 'js', value: 'x' }]);
});
