// Generates everything bench.mjs loads, into bench/out/:
//   scale.json        the deterministic SCALE_TASKS x SCALE_PARTIES matrix (data format of
//                     data/management-models.json), baked into the scale build of ours
//   {ours,gridjs,datatables,tabulator}.html + rows.js          the three source matrices
//   scale/{ours,gridjs,datatables,tabulator}.html + rows.js    the generated matrix
//   plan.json         what each page shows and the expected row counts of its filter
// Their libraries are served from bench/node_modules (/lib/), never copied.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const OUT = join(BENCH, 'out');
const TASKS = int('SCALE_TASKS', 2000);
const PARTIES = int('SCALE_PARTIES', 12);
const SEED = int('SCALE_SEED', 20261123);
if (PARTIES < 2 || PARTIES > 255) throw new Error('SCALE_PARTIES must be 2..255');
if (TASKS < 1) throw new Error('SCALE_TASKS must be >= 1');

function int(name, fallback) {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  if (!/^\d+$/.test(v)) throw new Error(`${name} must be a whole number, got ${v}`);
  return Number(v);
}

// ---------------------------------------------------------------- cell notation
const IF_REQUIRED = '(if required)';
/** Party names of a cell in the source notation (same rules as src/model/notation.rs). */
function cellParties(text) {
  let t = text.trim();
  if (['', '—', '–', '-'].includes(t)) return [];
  const strip = (s) =>
    s.toLowerCase().endsWith(IF_REQUIRED) ? s.slice(0, -IF_REQUIRED.length).trim() : s.trim();
  return strip(t).split('/').map((p) => strip(p.trim()));
}
const ROLE_IDS = ['r', 'a', 'c', 'i'];
/** Does the task hold `party` (by name or id) in any role? (what our party filter keeps) */
const holds = (task, party) =>
  ROLE_IDS.some((r) => cellParties(task.cells[r] ?? '').some((n) => n === party.name || n === party.id));
/** What the other libraries' filters keep: R/A/C/I text contains the keyword (any case). */
const contains = (row, keyword) =>
  row.slice(2).some((cell) => cell.toLowerCase().includes(keyword.toLowerCase()));
const toRow = (t) => [t.task, t.description ?? '', ...ROLE_IDS.map((r) => t.cells[r] ?? '—')];

// ---------------------------------------------------------------- deterministic generator
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateScale() {
  const rand = mulberry32(SEED);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const parties = Array.from({ length: PARTIES }, (_, i) => ({ id: `p${i + 1}`, name: `Party ${i + 1}` }));
  // Mildly skewed: low-numbered parties hold more roles, so some party sits near one third.
  const weights = parties.map((_, i) => 1 / Math.sqrt(i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const weighted = () => {
    let x = rand() * total;
    for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
    return weights.length - 1;
  };
  const verbs = ['Rotate', 'Patch', 'Monitor', 'Provision', 'Back up', 'Restore', 'Audit', 'Scale',
    'Upgrade', 'Configure', 'Review', 'Decommission', 'Harden', 'Test', 'Document', 'Approve'];
  const things = ['certificates', 'node pools', 'ingress rules', 'secrets', 'log retention',
    'DNS zones', 'load balancers', 'backups', 'alerts', 'quotas', 'service accounts', 'firewall rules',
    'container images', 'databases', 'message queues', 'storage classes', 'API gateways', 'runbooks'];
  const words = ['the', 'cluster', 'runtime', 'weekly', 'on request', 'before each release', 'for',
    'all environments', 'production', 'staging', 'region', 'with', 'checks', 'and', 'report', 'results',
    'within', 'the agreed window', 'update', 'inventory', 'policy', 'limits', 'when', 'needed', 'track',
    'changes', 'in', 'the change log', 'verify', 'capacity', 'latency', 'targets', 'notify', 'owners'];
  const tasks = [];
  for (let n = 1; n <= TASKS; n++) {
    const target = 60 + Math.floor(rand() * 61); // 60..120 characters
    let description = `${pick(verbs)} ${pick(things)}`;
    while (description.length < target) description += ` ${pick(words)}`;
    description = description.slice(0, 120).trimEnd();
    const cells = {};
    for (const r of ROLE_IDS) {
      const x = rand();
      const count = x < 0.25 ? 0 : x < 0.8 ? 1 : 2;
      const chosen = [];
      while (chosen.length < count) {
        const p = weighted();
        if (!chosen.includes(p)) chosen.push(p);
      }
      chosen.sort((a, b) => a - b);
      const ifRequired = count > 0 && rand() < 0.15 ? ` ${IF_REQUIRED}` : '';
      cells[r] = count === 0 ? '—' : chosen.map((p) => parties[p].name).join('/') + ifRequired;
    }
    tasks.push({ task: `${pick(verbs)} ${pick(things)} #${n}`, description, cells });
  }
  const catalog = {
    title: `raci-bench generated scale matrix ${TASKS}x${PARTIES} seed ${SEED}`,
    intro: ['Generated by bench/pages.mjs for the benchmark.'],
    parties,
    roles: [
      { id: 'r', letter: 'R', name: 'Responsible', meaning: 'Does the work' },
      { id: 'a', letter: 'A', name: 'Accountable', meaning: 'Owns the outcome and signs it off' },
      { id: 'c', letter: 'C', name: 'Consulted', meaning: 'Gives input before or during the work' },
      { id: 'i', letter: 'I', name: 'Informed', meaning: 'Is kept up to date on progress' },
    ],
    models: [{ id: 'scale', title: `Generated matrix: ${TASKS} tasks, ${PARTIES} parties`, intro: 'Benchmark data.', tasks }],
  };
  // The filtered party: holds roles in about a third of the tasks, and its name is no
  // substring of another party's name, so a substring search finds exactly its rows.
  const rows = tasks.map(toRow);
  const candidates = parties
    .filter((p) => !parties.some((q) => q !== p && q.name.includes(p.name)))
    .map((p) => ({ party: p, count: tasks.filter((t) => holds(t, p)).length }))
    .sort((a, b) => Math.abs(a.count / TASKS - 1 / 3) - Math.abs(b.count / TASKS - 1 / 3));
  const { party, count } = candidates[0];
  const theirs = rows.filter((r) => contains(r, party.name)).length;
  if (theirs !== count) throw new Error(`scale: substring filter finds ${theirs} rows, party filter ${count}`);
  return { catalog, rows, party, count };
}

// ---------------------------------------------------------------- pages
const COLUMNS = ['Task', 'Description', 'Responsible', 'Accountable', 'Consulted', 'Informed'];
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const head = (title, extra = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
${extra}</head>
`;
const sections = (tables) =>
  tables.map((t, i) => `<section>\n<h2>${esc(t.title)}</h2>\n<div id="t${i}"></div>\n</section>`).join('\n');

// Each page defines window.__benchAct(on) (the filter action on the first table) and bumps
// window.__benchApi (tables whose filter API is usable) and calls __bench.poke() if present.
const API_READY = `function ready(){window.__benchApi=(window.__benchApi||0)+1;window.__bench&&__bench.poke();}`;

function oursPage(title, raciPath, modelIds) {
  return `${head(title, `<script type="module" src="${raciPath}raci-widget.js"></script>\n`)}<body>
<main>
${modelIds.map((id) => `<raci-matrix model="${id}"></raci-matrix>`).join('\n')}
</main>
</body>
</html>
`;
}

function gridjsPage(title, keyword, tables) {
  return `${head(title, '<link rel="stylesheet" href="/lib/gridjs/dist/theme/mermaid.min.css">\n')}<body>
<main>
${sections(tables)}
</main>
<script src="/lib/gridjs/dist/gridjs.umd.js"></script>
<script src="rows.js"></script>
<script>
${API_READY}
var COLUMNS=${JSON.stringify(COLUMNS)};
window.__grids=RACI_TABLES.map(function(t,i){
  var grid=new gridjs.Grid({columns:COLUMNS,data:t.rows,
    search:{selector:function(cell,row,col){return col>=2?String(cell):'';}}});
  grid.render(document.getElementById('t'+i));
  ready();
  return grid;
});
window.__benchAct=function(on){
  var input=document.querySelector('#t0 .gridjs-search-input');
  input.value=on?${JSON.stringify(keyword)}:'';
  input.dispatchEvent(new Event('input',{bubbles:true}));
};
</script>
</body>
</html>
`;
}

function datatablesPage(title, keyword, tables) {
  return `${head(title, '<link rel="stylesheet" href="/lib/datatables.net-dt/css/dataTables.dataTables.min.css">\n')}<body>
<main>
${sections(tables)}
</main>
<script src="/lib/datatables.net/js/dataTables.min.js"></script>
<script src="/lib/datatables.net-dt/js/dataTables.dataTables.min.js"></script>
<script src="rows.js"></script>
<script>
${API_READY}
var COLUMNS=${JSON.stringify(COLUMNS)};
window.__tables=RACI_TABLES.map(function(t,i){
  var el=document.createElement('table');
  el.className='display';
  document.getElementById('t'+i).appendChild(el);
  var dt=new DataTable(el,{data:t.rows,columns:COLUMNS.map(function(c){return{title:c};}),paging:false});
  ready();
  return dt;
});
window.__benchAct=function(on){
  window.__tables[0].search(on?${JSON.stringify(keyword)}:'',{smart:false}).draw();
};
</script>
</body>
</html>
`;
}

function tabulatorPage(title, keyword, tables) {
  return `${head(title, '<link rel="stylesheet" href="/lib/tabulator-tables/dist/css/tabulator.min.css">\n')}<body>
<main>
${sections(tables)}
</main>
<script src="/lib/tabulator-tables/dist/js/tabulator.min.js"></script>
<script src="rows.js"></script>
<script>
${API_READY}
var FIELDS=['task','description','r','a','c','i'];
var COLUMNS=${JSON.stringify(COLUMNS)};
window.__tables=RACI_TABLES.map(function(t,i){
  var data=t.rows.map(function(row,n){var o={id:n};FIELDS.forEach(function(f,k){o[f]=row[k];});return o;});
  var table=new Tabulator('#t'+i,{data:data,layout:'fitColumns',
    columns:COLUMNS.map(function(c,k){return{title:c,field:FIELDS[k]};})});
  table.on('tableBuilt',ready);
  return table;
});
var KEY=${JSON.stringify(keyword.toLowerCase())};
function holds(d){return [d.r,d.a,d.c,d.i].some(function(c){return c.toLowerCase().indexOf(KEY)>=0;});}
window.__benchAct=function(on){
  if(on)window.__tables[0].setFilter(holds);else window.__tables[0].clearFilter();
};
</script>
</body>
</html>
`;
}
function writeSet(dir, { tables, oursModels, raciPath, keyword, label }) {
  mkdirSync(dir, { recursive: true });
  const rowsJs = `window.RACI_TABLES=${JSON.stringify(tables.map((t) => ({ title: t.title, rows: t.rows })))};\n`;
  writeFileSync(join(dir, 'rows.js'), rowsJs);
  writeFileSync(join(dir, 'ours.html'), oursPage(`raci-widget ${label}`, raciPath, oursModels));
  writeFileSync(join(dir, 'gridjs.html'), gridjsPage(`Grid.js ${label}`, keyword, tables));
  writeFileSync(join(dir, 'datatables.html'), datatablesPage(`DataTables ${label}`, keyword, tables));
  writeFileSync(join(dir, 'tabulator.html'), tabulatorPage(`Tabulator ${label}`, keyword, tables));
}

// ---------------------------------------------------------------- main
mkdirSync(OUT, { recursive: true });
const source = JSON.parse(readFileSync(join(ROOT, 'data/management-models.json'), 'utf8'));
const wso2 = source.parties.find((p) => p.id === 'wso2');
const normalTables = source.models.map((m) => ({ id: m.id, title: m.title, rows: m.tasks.map(toRow) }));
const first = source.models[0];
const normal = {
  path: '/',
  oursModels: source.models.map((m) => m.id),
  raciPath: '/raci/',
  party: wso2.id,
  keyword: wso2.name,
  tables: normalTables.length,
  rows: normalTables.reduce((n, t) => n + t.rows.length, 0),
  firstRows: first.tasks.length,
  firstFiltered: first.tasks.filter((t) => holds(t, wso2)).length,
};
const theirsFiltered = normalTables[0].rows.filter((r) => contains(r, wso2.name)).length;
if (theirsFiltered !== normal.firstFiltered)
  throw new Error(`source: substring filter finds ${theirsFiltered} rows, party filter ${normal.firstFiltered}`);
writeSet(OUT, { tables: normalTables, oursModels: normal.oursModels, raciPath: '/raci/', keyword: wso2.name, label: '(source matrices)' });

const gen = generateScale();
const scaleJson = JSON.stringify(gen.catalog, null, 1) + '\n';
writeFileSync(join(OUT, 'scale.json'), scaleJson);
const scaleTables = [{ id: 'scale', title: gen.catalog.models[0].title, rows: gen.rows }];
writeSet(join(OUT, 'scale'), { tables: scaleTables, oursModels: ['scale'], raciPath: '/scale/raci/', keyword: gen.party.name, label: `(scale ${TASKS}x${PARTIES})` });
const scale = {
  path: '/scale/',
  oursModels: ['scale'],
  raciPath: '/scale/raci/',
  party: gen.party.id,
  keyword: gen.party.name,
  tables: 1,
  rows: TASKS,
  firstRows: TASKS,
  firstFiltered: gen.count,
  marker: gen.catalog.title,
  tasks: TASKS,
  parties: PARTIES,
  seed: SEED,
};
writeFileSync(join(OUT, 'plan.json'), JSON.stringify({ normal, scale }, null, 2) + '\n');
console.error(
  `[bench] pages: source 3x16 rows (filter '${wso2.name}': ${normal.firstFiltered} of ${normal.firstRows}); ` +
    `scale ${TASKS}x${PARTIES} seed ${SEED} (filter '${gen.party.name}': ${gen.count} of ${TASKS}, ${(100 * gen.count / TASKS).toFixed(0)}%)`,
);
