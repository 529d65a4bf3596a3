'use strict';
// raci-widget/build/fence.cjs: what every remark-based docs plugin (Docusaurus, Astro/Starlight)
// shares around render(): a fence's meta as options, the ```raci fences of a Markdown tree
// (mdast), each rendered by the widget's reader under the name of its page and line, and the
// rendered element split into its attributes and inner HTML for hosts that build the element
// themselves (MDX). Nothing here reads a table: render() does.
const path = require('node:path');
const { render, attributes } = require('./index.cjs');
// title="…" view=parties → { title, view }: the one parser of fence options the JS plugins share.
const { parseMeta } = require('./meta.cjs');

/** The ```raci code nodes of an mdast tree, with their parent and index. */
function fences(node, found = []) {
  (node.children ?? []).forEach((child, index) => {
    if (child.type === 'code' && child.lang === 'raci') found.push({ node: child, parent: node, index });
    else fences(child, found);
  });
  return found;
}

/**
 * The page as the author knows it: relative to the site, with the fence's first line; `offset`:
 * the lines of the file before the text the host parsed (front matter some hosts take off).
 */
function where(file, node, offset = 0) {
  const page = file?.path ? path.relative(file.cwd ?? process.cwd(), String(file.path)) : 'a page';
  return `${page.split(path.sep).join('/')}:${(node.position?.start?.line ?? 1) + offset}`;
}

/**
 * Renders every ```raci fence of `tree` (a vfile's mdast) with the widget's reader and puts
 * `replace(options, html)` in its place (lineOffset: see where()). A problem rejects with the reader's RaciError
 * (`docs/a.md:12: error: …`), which fails the host's build; warnings go to the console.
 * Resolves to what was rendered: [{ options, html, prerendered, parent, node }] (node: the
 * replacement, a child of parent).
 */
async function renderFences(tree, file, { stylesheet, replace, lineOffset = 0 }) {
  const done = [];
  for (const { node, parent, index } of fences(tree)) {
    const options = parseMeta(node.meta);
    const name = where(file, node, lineOffset);
    // The body starts on the line below the opening fence, at its indentation: a problem the
    // reader places in it is named by the page's own line and column.
    const start = node.position?.start;
    const at = start && { path: name.replace(/:\d+$/, ''), line: start.line + lineOffset + 1, column: start.column ?? 1 };
    const { html, warnings } = await render(node.value ?? '', { name, options, stylesheet, at });
    for (const w of warnings) console.warn(`[raci] ${name}: warning: ${w.text}`);
    const replacement = replace(options, html);
    parent.children[index] = replacement;
    done.push({ options, html, prerendered: html.includes('shadowrootmode'), parent, node: replacement });
  }
  return done;
}

/** The rendered element's attributes (the fence's options that are attributes) and its inner HTML. */
function elementParts(options, html) {
  const fenceOnly = new Set(attributes.fenceOnly);
  return {
    attributes: Object.entries(options).filter(([key]) => !fenceOnly.has(key)),
    inner: html.slice(html.indexOf('>\n') + 2, html.lastIndexOf('</raci-matrix>')),
  };
}

module.exports = { parseMeta, fences, where, renderFences, elementParts };
