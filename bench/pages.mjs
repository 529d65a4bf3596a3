// Generates everything bench.mjs loads, into bench/out/:
//   scale.json        the deterministic SCALE_TASKS x SCALE_PARTIES matrix (data format of
//                     data/management-models.json), baked into the scale build of ours
//   {ours,ours-pre,static,gridjs,datatables,tabulator}.html + rows.js   the three source matrices
//                     (ours-pre: prerendered markup from the raci CLI; static: no script)
//   nomatrix.html     a docs-like page with the loader and no matrix
//   scale/{ours,gridjs,datatables,tabulator}.html + rows.js    the generated matrix
//   plan.json         what each page shows and the expected row counts of its filter
// Their libraries are served from bench/node_modules (/lib/), never copied.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { TASKS, PARTIES, SEED, holds, contains, toRow, generateScale } from './scale-data.mjs';
import { COLUMNS, esc, head, noMatrixPage, oursPage, oursPrerenderedPage, staticPage } from './docs-pages.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const OUT = join(BENCH, 'out');
// ---------------------------------------------------------------- pages
const sections = (tables) =>
  tables.map((t, i) => `<section>\n<h2>${esc(t.title)}</h2>\n<div id="t${i}"></div>\n</section>`).join('\n');

// Each page defines window.__benchAct(on) (the filter action on the first table) and bumps
// window.__benchApi (tables whose filter API is usable) and calls __bench.poke() if present.
const API_READY = `function ready(){window.__benchApi=(window.__benchApi||0)+1;window.__bench&&__bench.poke();}`;

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
function writeSet(dir, { tables, oursModels, raciPath, keyword, label, docs }) {
  mkdirSync(dir, { recursive: true });
  const rowsJs = `window.RACI_TABLES=${JSON.stringify(tables.map((t) => ({ title: t.title, rows: t.rows })))};\n`;
  writeFileSync(join(dir, 'rows.js'), rowsJs);
  writeFileSync(join(dir, 'ours.html'), oursPage(`raci-widget ${label}`, raciPath, oursModels));
  if (docs) {
    const rows = tables.reduce((n, t) => n + t.rows.length, 0);
    writeFileSync(join(dir, 'ours-pre.html'), oursPrerenderedPage(ROOT, `raci-widget prerendered ${label}`, raciPath, oursModels, rows));
    writeFileSync(join(dir, 'static.html'), staticPage(`Static HTML table ${label}`, tables));
    writeFileSync(join(dir, 'nomatrix.html'), noMatrixPage('Docs page without a matrix', raciPath));
  }
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
writeSet(OUT, { tables: normalTables, oursModels: normal.oursModels, raciPath: '/raci/', keyword: wso2.name, label: '(source matrices)', docs: true });

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
