// Remark plugin for ```raci fences in Astro (Starlight or not; Markdown and MDX pages), added by
// the integration (./index.mjs). Each fence's body goes to the widget's own reader and
// prerenderer (raci-widget/build, WebAssembly for Node): no table is read here. A problem fails
// `astro build` with the reader's message, naming the page and the fence's line; a good fence
// becomes the <raci-matrix> the reader wrote: the light-DOM fallback tables and the prerendered
// first view. It runs before any rehype plugin, so Expressive Code (Starlight's code blocks,
// a rehype plugin) never sees these fences.
// Only a page with a matrix gets the widget: the stylesheet (render-blocking before the first
// view, so it is painted styled) and the 1.5 KB loader, once, before its first matrix.
import { readFileSync } from 'node:fs';
import fence from '../build/fence.cjs';

const { renderFences, elementParts } = fence;

/**
 * The fences that failed in this build process, by page: Astro's content layer logs a Markdown
 * page's render error and goes on (withastro/astro#18054), so the integration fails the build
 * with these (index.mjs, astro:build:start). Process-wide: Astro may load this module twice.
 */
export const FAILURES = Symbol.for('raci-widget.astro.failures');
const failures = (globalThis[FAILURES] ??= new Map());

/**
 * The lines of the page's file before the text the parser got: Astro's content layer renders a
 * Markdown page without its front matter (and trimmed), MDX whole. So the reader names the
 * file's own line.
 */
function lineOffset(file) {
  const value = String(file.value ?? '');
  let text;
  try {
    text = readFileSync(String(file.path), 'utf8');
  } catch {
    return 0;
  }
  const at = value ? text.lastIndexOf(value) : -1;
  if (at <= 0 || text.slice(at + value.length).trim()) return 0;
  return text.slice(0, at).split('\n').length - 1;
}

/** An estree Program of one statement, as MDX wants beside JSX expressions. */
const program = (expression) => ({
  type: 'Program',
  sourceType: 'module',
  body: [{ type: 'ExpressionStatement', expression }],
});

/**
 * In MDX the element is JSX: the fence's attributes as strings, and the reader's HTML through
 * Astro's `set:html`, written verbatim (a declarative shadow root is not JSX, and MDX's own
 * HTML parsing would drop a template's content).
 */
function mdxElement(options, html) {
  const { attributes, inner } = elementParts(options, html);
  const attrs = attributes.map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
  attrs.push({
    type: 'mdxJsxAttribute',
    name: 'set:html',
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(inner),
      data: { estree: program({ type: 'Literal', value: inner }) },
    },
  });
  return { type: 'mdxJsxFlowElement', name: 'raci-matrix', attributes: attrs, children: [] };
}

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * settings: { assetsUrl: where the widget's files are served ('/raci/'), prerender: false to
 * leave the first view (and its stylesheet) out }.
 */
export default function remarkRaci(settings = {}) {
  const assets = settings.assetsUrl ?? '/raci/';
  const prerender = settings.prerender !== false;
  const stylesheet = `${assets}raci-widget.css`;
  return async (tree, file) => {
    const mdx = /\.mdx$/i.test(String(file.path ?? ''));
    const head =
      (prerender ? `<link rel="stylesheet" href="${escapeAttribute(stylesheet)}">` : '') +
      `<script type="module" src="${escapeAttribute(`${assets}raci-widget.js`)}"></script>`;
    let rendered;
    try {
      rendered = await renderFences(tree, file, {
        stylesheet: prerender ? stylesheet : undefined,
        replace: (options, html) => (mdx ? mdxElement(options, html) : { type: 'html', value: html }),
        lineOffset: lineOffset(file),
      });
      failures.delete(String(file.path));
    } catch (error) {
      failures.set(String(file.path), error.message);
      throw error;
    }
    if (!rendered.length) return;
    // The widget's files before the page's first matrix (in MDX too, as HTML MDX parses).
    const { parent, node } = rendered[0];
    parent.children.splice(parent.children.indexOf(node), 0, { type: 'html', value: head });
  };
}
