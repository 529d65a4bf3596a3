// The Astro remark plugin as the package ships it (RACI_ASTRO: its astro/remark.mjs; by default
// the one integrations/npm/pack put in integrations/npm/package/): a fence in a Markdown page
// becomes the reader's HTML, in MDX a JSX element with set:html; the widget's files once,
// before the first matrix; prerender: false and another assets URL; the file's own line.
//   node --test integrations/starlight/remark.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = new URL('.', import.meta.url).pathname;
const module = resolve(process.env.RACI_ASTRO ?? join(here, '../npm/package/astro/remark.mjs'));
const { default: remarkRaci } = await import(pathToFileURL(module).href);

const TABLE = '| Task | R | A |\n|---|---|---|\n| Deploy | Ops | Lead |';
const dir = mkdtempSync(join(tmpdir(), 'raci-astro-'));

/** A page on disk with front matter; the tree and vfile as Astro hands them over (body only). */
async function transform(name, meta, settings) {
  const body = `Text.\n\n\`\`\`raci${meta}\n${TABLE}\n\`\`\`\n\n\`\`\`raci\n${TABLE}\n\`\`\``;
  const path = join(dir, name);
  writeFileSync(path, `---\ntitle: A page\n---\n\n${body}\n`);
  const mdx = name.endsWith('.mdx');
  // MDX parses the whole file, Markdown pages reach remark without their front matter.
  const lines = mdx ? 5 : 1;
  const code = (line, m) => ({ type: 'code', lang: 'raci', meta: m, value: TABLE, position: { start: { line } } });
  const tree = { type: 'root', children: [{ type: 'paragraph', children: [] }, code(lines + 2, meta.trim()), code(lines + 8, '')] };
  await remarkRaci(settings)(tree, { path, cwd: dir, value: mdx ? `---\ntitle: A page\n---\n\n${body}\n` : body });
  return tree.children;
}

test('Markdown: the reader\'s HTML, the stylesheet and loader once before the first matrix', async () => {
  const [, head, first, second] = await transform('a.md', ' title="Deploys" party="ops"', {});
  assert.equal(head.type, 'html');
  assert.equal(head.value, '<link rel="stylesheet" href="/raci/raci-widget.css"><script type="module" src="/raci/raci-widget.js"></script>');
  assert.equal(first.type, 'html');
  assert.match(first.value, /^<raci-matrix party="ops">\n<template shadowrootmode="open"><link rel="stylesheet" href="\/raci\/raci-widget.css">/);
  assert.match(first.value, /<caption>Deploys<\/caption>/);
  assert.match(second.value, /^<raci-matrix>/);
});

test('MDX: a raci-matrix JSX element with its attributes and set:html', async () => {
  const [, head, first] = await transform('b.mdx', ' title="Deploys" view="parties"', {});
  assert.equal(head.type, 'html');
  assert.equal(first.type, 'mdxJsxFlowElement');
  assert.equal(first.name, 'raci-matrix');
  const attrs = Object.fromEntries(first.attributes.map((a) => [a.name, a.value]));
  assert.equal(attrs.view, 'parties');
  assert.equal('title' in attrs, false, 'title is the caption, not an attribute');
  const html = attrs['set:html'].data.estree.body[0].expression.value;
  assert.match(html, /^<template shadowrootmode="open">/);
  assert.match(html, /<th scope="row">Deploy<\/th>/);
});

test('prerender: false and another assets URL: no first view, no stylesheet, the loader from there', async () => {
  const [, head, first] = await transform('c.md', '', { assetsUrl: '/docs/assets/raci/', prerender: false });
  assert.equal(head.value, '<script type="module" src="/docs/assets/raci/raci-widget.js"></script>');
  assert.doesNotMatch(first.value, /shadowrootmode/);
  assert.match(first.value, /<table/);
});

test("a bad fence: the reader's message at the file's own line (front matter counted)", async () => {
  for (const name of ['d.md', 'e.mdx']) {
    await assert.rejects(transform(name, ' party="Lead2"', {}), (error) => {
      assert.match(error.message, new RegExp(`^${name.replace('.', '\\.')}:7: error: option "party": no party "Lead2"`));
      return true;
    });
  }
});
