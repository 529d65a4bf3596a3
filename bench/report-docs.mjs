// The docs-reader tables of bench/bench.mjs (issue 12): a page without a matrix, first row and
// layout shift, bundle size gzip and brotli, and every target beside the issue's anchors.
import { NAMES, NORMAL_LIBS, kb, median, ms, ratio, table } from './report.mjs';

/** Loads of the page without a matrix; `loader` is raci-widget.js' raw / gzip / brotli bytes. */
export function summarizeNoMatrix(samples, loader) {
  const files = [...new Set(samples.flatMap((s) => s.files))].sort();
  return {
    loads: samples.length,
    files,
    onlyLoader: samples.every((s) => s.files.length === 1 && s.files[0].endsWith('/raci-widget.js')),
    widget: median(samples.map((s) => s.widget)),
    widgetTransfer: median(samples.map((s) => s.widgetTransfer)),
    page: median(samples.map((s) => s.page)),
    defined: samples.every((s) => s.defined),
    loader,
    errors: samples.flatMap((s) => s.errors ?? []),
  };
}

const cls = (x) => (Number.isFinite(x) ? x.toFixed(4) : '-');
const base = (p) => p.split('/').pop();

export function printDocs(summary, plan) {
  const nm = summary.nomatrix;
  console.log(
    `\nPage without a matrix (docs page that includes the loader; ${nm.loads} loads, after load + scroll + 2 s): ` +
      `fetched ${nm.files.map(base).join(', ') || 'nothing'} from the widget: ${kb(nm.widget)} KB gzip ` +
      `(encodedBodySize; ${kb(nm.widgetTransfer)} KB with headers), whole page ${kb(nm.page)} KB. ` +
      `raci-widget.js: gzip -9 ${kb(nm.loader.gzip)} KB, brotli ${kb(nm.loader.brotli)} KB; element ${nm.defined ? '' : 'NOT '}defined.`,
  );
  const n = summary.normal;
  const st = n.static;
  table(
    `First row and layout shift (${plan.normal.rows} rows in ${plan.normal.tables} tables; ms from navigation start, median of ${st.loads} loads; ` +
      'first row: end of the first frame showing a body row of the first table; CLS: layout shifts until interactive + 500 ms)',
    ['library', 'first row', 'p95', 'vs static', 'FCP', 'interactive', 'CLS median', 'CLS max'],
    NORMAL_LIBS.map((l) => {
      const s = n[l];
      return [NAMES[l], ms(s.firstRow.median), ms(s.firstRow.p95), ratio(s.firstRow.median, st.firstRow.median), ms(s.fcp.median), ms(s.tti.median), cls(s.cls.median), cls(s.cls.max)];
    }),
  );
  const size = summary.size;
  const o = size['ours-pre'];
  const rows = [
    [NAMES['ours-pre'], o],
    ['  loader only (no matrix)', { files: [{}], ...nm.loader }],
    ...['gridjs', 'datatables', 'tabulator'].map((l) => [NAMES[l], size[l]]),
  ];
  table(
    'Size of what a page with a matrix loads (js + wasm + css as fetched, not the page nor rows.js; from disk; KB = 1024 B)',
    ['library', 'files', 'raw KB', 'gzip -9 KB', 'brotli -11 KB', 'gzip vs ours', 'brotli vs ours'],
    rows.map(([name, s]) => [name, s.files.length, kb(s.raw), kb(s.gzip), kb(s.brotli), ratio(s.gzip, o.gzip), ratio(s.brotli, o.brotli)]),
  );
  console.log(`Ours by file (gzip / brotli KB): ${o.files.map((f) => `${base(f.path)} ${kb(f.gzip)} / ${kb(f.brotli)}`).join(', ')}`);
}

/** Issue 12's targets with this run's figures and the issue's anchors (measured before). */
export function printTargets(summary, flavor) {
  const { nomatrix: nm, normal: n, scale: sc, size } = summary;
  const pre = n['ours-pre'];
  const firstRatio = pre.firstRow.median / n.static.firstRow.median;
  const nightly = flavor.startsWith('nightly');
  const ceiling = (nightly ? 100 : 118) * 1024;
  const o = size['ours-pre'];
  const others = ['datatables', 'tabulator', 'gridjs'].map((l) => `${NAMES[l]} ${ms(n[l].tti.median)}`).join(', ');
  const rows = [
    ['page without a matrix: widget bytes', '≤ 2 KB gzip, only raci-widget.js', `${kb(nm.widget)} KB, ${nm.files.map(base).join(' + ')}`, '~105 KB (whole wasm on every page)', nm.widget <= 2048 && nm.onlyLoader],
    ['first row, prerendered / static table', '≤ 1.2x', `${firstRatio.toFixed(2)}x (${ms(pre.firstRow.median)} / ${ms(n.static.firstRow.median)} ms)`, '~3x', firstRatio <= 1.2],
    ['CLS, prerendered (max over loads)', '≤ 0.01', `${cls(pre.cls.max)} (median ${cls(pre.cls.median)})`, 'static fallback jumped at takeover', pre.cls.max <= 0.01],
    [`size js+wasm+css, gzip -9 (${nightly ? 'nightly' : 'stable'})`, `≤ ${ceiling / 1024} KB`, `${kb(o.gzip)} KB`, '104.7 KB (scripts/size: 106.3)', o.gzip <= ceiling],
    ['size js+wasm+css, brotli -11', 'report', `${kb(o.brotli)} KB`, '88.6 KB', null],
    ['interactive table, prerendered (ms)', 'report', `${ms(pre.tti.median)} (no prerender ${ms(n.ours.tti.median)}); ${others}`, '133; DataTables 177, Tabulator 190, Grid.js 236', null],
    ['filter at 2,000 tasks, median (ms)', '≤ 16', ms(sc.ours.filter.median), '12.0', sc.ours.filter.median <= 16],
    ['filter at 2,000 tasks, p95 (ms)', '≤ 16', ms(sc.ours.filter.p95), '26.5', sc.ours.filter.p95 <= 16],
  ];
  table(
    'Issue 12 targets: this run beside the anchors the issue measured before',
    ['measure', 'target', 'this run', 'anchor (before)', 'met'],
    rows.map(([a, b, c, d, met]) => [a, b, c, d, met === null ? '-' : met ? 'yes' : 'NO']),
    5,
  );
  return Object.fromEntries(rows.map(([name, target, value, anchor, met]) => [name, { target, value, anchor, met }]));
}
