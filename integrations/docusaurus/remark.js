// Remark plugin for ```raci fences in Docusaurus (MDX and Markdown pages). Each fence's body is
// handed to the widget's own reader and prerenderer (./build: raci-widget/build, WebAssembly for
// Node, the package's own copy, put there by build-package):
// no table is read here. A problem fails the build with the reader's message, naming the page
// and the fence's line; a good fence becomes the <raci-matrix> the reader wrote: the fallback
// tables (what readers without JavaScript and search engines see, and the widget's data) and
// the first view, prerendered, so rows are painted before the wasm and nothing moves.
//   import raciRemark from 'raci-widget-docusaurus/remark';
//   docs: { remarkPlugins: [raciRemark] }        (or [[raciRemark, { prerender: false }]])
// Meta: title="…" view="parties" party="…" roles="r,a" src="…" … (README "Embed in your docs").
const { parseMeta, renderFences, elementParts } = require('./build/fence.cjs');
const shared = require('./shared.js');

/** An estree Program of one statement, as MDX wants beside JSX expressions and ESM. */
const program = (statement) => ({ type: 'Program', sourceType: 'module', body: [statement] });
const literal = (value) => ({ type: 'Literal', value });

/**
 * The element as an MDX JSX node: the fence's attributes as strings, and the reader's HTML as
 * its inner HTML. React then writes that HTML verbatim (a declarative shadow root and tables
 * are not JSX), and does not touch it on hydration, when the browser has already turned the
 * template into the element's shadow root.
 */
function elementNode(options, html) {
  const { attributes, inner } = elementParts(options, html);
  const attrs = attributes.map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
  const object = {
    type: 'ObjectExpression',
    properties: [
      { type: 'Property', kind: 'init', method: false, shorthand: false, computed: false, key: { type: 'Identifier', name: '__html' }, value: literal(inner) },
    ],
  };
  attrs.push({
    type: 'mdxJsxAttribute',
    name: 'dangerouslySetInnerHTML',
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: `{__html: ${JSON.stringify(inner)}}`,
      data: { estree: program({ type: 'ExpressionStatement', expression: object }) },
    },
  });
  return { type: 'mdxJsxFlowElement', name: 'raci-matrix', attributes: attrs, children: [] };
}

const HEAD = 'RaciWidgetHead';

/**
 * The stylesheet in the page's <head> (Docusaurus' Head), render-blocking, so the prerendered
 * view is styled from its first paint; only on pages that show a matrix.
 */
function headNodes(stylesheet) {
  const source = '@docusaurus/Head';
  const esm = {
    type: 'mdxjsEsm',
    value: `import ${HEAD} from '${source}';`,
    data: {
      estree: program({
        type: 'ImportDeclaration',
        specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: HEAD } }],
        source: literal(source),
      }),
    },
  };
  const link = {
    type: 'mdxJsxFlowElement',
    name: 'link',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'rel', value: 'stylesheet' },
      { type: 'mdxJsxAttribute', name: 'href', value: stylesheet },
    ],
    children: [],
  };
  return [esm, { type: 'mdxJsxFlowElement', name: HEAD, attributes: [], children: [link] }];
}

module.exports = function remarkRaci(settings = {}) {
  return async (tree, file) => {
    const prerender = settings.prerender !== false;
    const stylesheet = settings.stylesheet ?? `${shared.assetsUrl}raci-widget.css`;
    const rendered = await renderFences(tree, file, {
      stylesheet: prerender ? stylesheet : undefined,
      replace: elementNode,
    });
    if (rendered.some((r) => r.prerendered)) tree.children.unshift(...headNodes(stylesheet));
  };
};
module.exports.parseMeta = parseMeta;
