// Remark plugin for ```raci fences in Docusaurus (MDX): the fence becomes a <raci-matrix> with
// plain tables inside, built at compile time: what readers without JavaScript and search
// engines see, and the data the widget reads. Add it to the docs (or pages/blog) plugin:
//   docs: { remarkPlugins: [require('raci-widget-docusaurus/remark')] }
// Body: a Markdown table (several, each after a `#` heading: several models), CSV, or JSON in
// the widget's data format. Meta: title="…" view="parties" party="…" roles="r,a" src="…" ….
const { kindOf, markdownTables, csvRows, jsonTables, tableNode, jsx } = require('./tables.js');

const ATTRIBUTES = ['model', 'view', 'party', 'roles', 'q', 'checks', 'from', 'theme', 'loading', 'src'];

/** `title="Billing changes" view=parties` → { title: 'Billing changes', view: 'parties' }. */
function parseMeta(meta) {
  const options = {};
  for (const m of (meta ?? '').matchAll(/([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g)) {
    options[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return options;
}

function tablesFor(body, kind, title) {
  if (!body.trim()) return [];
  if (kind === 'json') {
    let data;
    try {
      data = JSON.parse(body);
    } catch (error) {
      throw new Error(`raci fence: the JSON does not parse: ${error.message}`);
    }
    return jsonTables(data).map((t) => tableNode(t.rows, t.title, t.id));
  }
  const tables = kind === 'markdown' ? markdownTables(body) : [{ title: '', rows: csvRows(body) }];
  return tables.map((t, i) => tableNode(t.rows, t.title || (i === 0 ? title : ''), ''));
}

function raciFence(node) {
  const options = parseMeta(node.meta);
  const unknown = Object.keys(options).filter((k) => k !== 'title' && !ATTRIBUTES.includes(k));
  if (unknown.length) throw new Error(`raci fence: unknown option ${unknown.join(', ')} (known: title, ${ATTRIBUTES.join(', ')})`);
  const attributes = Object.fromEntries(ATTRIBUTES.filter((k) => k in options).map((k) => [k, options[k]]));
  const children = tablesFor(node.value ?? '', kindOf(node.value ?? ''), options.title ?? '');
  if (!children.length && options.src) {
    children.push(jsx('p', {}, [{ type: 'text', value: `The RACI matrix in ${options.src}.` }]));
  }
  return jsx('raci-matrix', attributes, children);
}

function visit(node, parent, index) {
  if (node.type === 'code' && node.lang === 'raci' && parent) {
    parent.children[index] = raciFence(node);
    return;
  }
  (node.children ?? []).forEach((child, i) => visit(child, node, i));
}

module.exports = function remarkRaci() {
  return (tree) => visit(tree, null, 0);
};
module.exports.parseMeta = parseMeta;
