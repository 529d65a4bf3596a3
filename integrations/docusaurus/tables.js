// Fence bodies (a Markdown pipe table, CSV, or JSON in the data format) as rows of strings, and
// rows as mdast table nodes. Cells stay as written: the widget's own reader reads them.

/** 'json', 'markdown' or 'csv', from the body's look (as the widget decides). */
function kindOf(text) {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[')) return 'json';
  const lines = body.split(/\r?\n/).map((l) => l.trim());
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].includes('|') && /^[|:\-\s]+$/.test(lines[i + 1]) && lines[i + 1].includes('-')) return 'markdown';
  }
  return 'csv';
}

function splitPipeRow(line) {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells = [];
  let cell = '';
  let code = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '\\' && row[i + 1] === '|') { cell += '|'; i++; }
    else if (c === '`') { code = !code; cell += c; }
    else if (c === '|' && !code) { cells.push(cell.trim()); cell = ''; }
    else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/** [{ title, rows }] for each pipe table; a `#` heading before a table is its title. */
function markdownTables(text) {
  const lines = text.split(/\r?\n/);
  const tables = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(lines[i].trim());
    if (h) heading = h[1];
    const next = lines[i + 1]?.trim() ?? '';
    if (!(lines[i].includes('|') && /^[|:\-\s]+$/.test(next) && next.includes('-'))) continue;
    const rows = [splitPipeRow(lines[i])];
    i += 2;
    while (i < lines.length && lines[i].trim() && lines[i].includes('|')) rows.push(splitPipeRow(lines[i++]));
    i--; // the for loop's i++ moves past the table's last line
    tables.push({ title: heading, rows });
    heading = '';
  }
  return tables;
}

/** CSV (RFC 4180; `,`, `;` or tab, told from the header line) as rows. */
function csvRows(text) {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.split(/\r?\n/)[0] ?? '';
  const sep = [',', ';', '\t'].reduce((a, b) => (first.split(b).length > first.split(a).length ? b : a));
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && !field.trim()) { field = ''; quoted = true; }
    else if (c === sep) { row.push(field.trim()); field = ''; }
    else if (c === '\n') { row.push(field.trim()); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field.trim()); rows.push(row); }
  return rows.filter((r) => r.some((c) => c));
}

/** Tables for a JSON catalog: one per model, Task | Description | one column per role. */
function jsonTables(data) {
  const roles = Array.isArray(data?.roles) && data.roles.length
    ? data.roles
    : [['r', 'Responsible'], ['a', 'Accountable'], ['c', 'Consulted'], ['i', 'Informed']].map(([id, name]) => ({ id, name }));
  const header = ['Task', 'Description', ...roles.map((r) => String(r.name ?? r.id ?? ''))];
  return (Array.isArray(data?.models) ? data.models : []).map((model) => ({
    title: String(model?.title ?? ''),
    id: typeof model?.id === 'string' ? model.id : '',
    rows: [header, ...(Array.isArray(model?.tasks) ? model.tasks : []).map((t) => [
      String(t?.task ?? ''), String(t?.description ?? ''), ...roles.map((r) => String(t?.cells?.[r.id] ?? '')),
    ])],
  }));
}

const jsx = (name, attributes, children) => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
  children,
});
// Emphasis and code marks are dropped (the widget drops them too), so the no-JS table reads well.
const plain = (value) => value.replace(/\*\*|__|`/g, '');
const text = (value) => (value ? [{ type: 'text', value: plain(value) }] : []);

/** A plain HTML table of `rows` (the first is the header) with an optional caption, as MDX
 * JSX nodes: the no-JS fallback and the data the widget reads. */
function tableNode(rows, title = '', id = '') {
  const [header = [], ...body] = rows;
  const width = Math.max(header.length, ...body.map((r) => r.length));
  const cells = (row, head) => Array.from({ length: width }, (_, i) =>
    head ? jsx('th', { scope: 'col' }, text(row[i] ?? '')) : i === 0 ? jsx('th', { scope: 'row' }, text(row[i] ?? '')) : jsx('td', {}, text(row[i] ?? '')));
  return jsx('table', id ? { 'data-model': id } : {}, [
    ...(title ? [jsx('caption', {}, text(title))] : []),
    jsx('thead', {}, [jsx('tr', {}, cells(header, true))]),
    jsx('tbody', {}, body.map((r) => jsx('tr', {}, cells(r, false)))),
  ]);
}

module.exports = { kindOf, markdownTables, csvRows, jsonTables, tableNode, jsx };
