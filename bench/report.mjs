// Statistics and the printed tables of bench/bench.mjs.

// Source matrices: ours with prerendered markup (the baseline of "vs ours"), ours without, a
// plain static HTML table (no script, no filter), the others. Scale: ours without prerender.
export const NORMAL_LIBS = ['ours-pre', 'ours', 'static', 'gridjs', 'datatables', 'tabulator'];
export const SCALE_LIBS = ['ours', 'gridjs', 'datatables', 'tabulator'];
export const NAMES = {
  'ours-pre': 'raci-widget, prerendered', ours: 'raci-widget', static: 'static HTML table',
  gridjs: 'Grid.js', datatables: 'DataTables', tabulator: 'Tabulator',
};
// ------------------------------------------------------------------ statistics and output
const sorted = (xs) => [...xs].sort((a, b) => a - b);
export const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : NaN;
};
export const p95 = (xs) => {
  const s = sorted(xs);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN;
};
export const stats = (xs) => ({ n: xs.length, median: median(xs), p95: p95(xs), min: xs.length ? Math.min(...xs) : NaN, max: xs.length ? Math.max(...xs) : NaN });

export function summarize(samples, scale, libs) {
  const out = {};
  for (const lib of libs) {
    const mine = samples.filter((s) => s.lib === lib);
    if (!mine.length) continue;
    const filterMs = mine.flatMap((s) => s.filter.map((f) => f.ms));
    const s = {
      loads: mine.length,
      tti: stats(mine.map((x) => x.tti)),
      ttiRows: median(mine.map((x) => x.ttiRows)),
      firstRow: stats(mine.map((x) => x.firstRow ?? NaN)),
      fcp: stats(mine.map((x) => x.fcp ?? NaN)),
      cls: stats(mine.map((x) => x.cls)),
      filter: stats(filterMs),
      filterPaint: stats(mine.flatMap((x) => x.filter.map((f) => f.paint))),
      filterOn: stats(mine.flatMap((x) => x.filter.filter((f) => f.on).map((f) => f.ms))),
      filterOff: stats(mine.flatMap((x) => x.filter.filter((f) => !f.on).map((f) => f.ms))),
      bytes: Object.fromEntries(['total', 'transfer', 'js', 'wasm', 'css', 'html', 'other', 'requests', 'cached'].map((k) => [k, median(mine.map((x) => x.bytes[k]))])),
      errors: mine.flatMap((x) => x.errors ?? []),
    };
    if (scale) {
      s.memory = Object.fromEntries(Object.keys(mine[0].memory).map((k) => [k, median(mine.map((x) => x.memory[k]))]));
      const showAll = mine.map((x) => x.showAll).filter((x) => typeof x === 'number');
      if (showAll.length) s.showAll = stats(showAll);
    }
    out[lib] = s;
  }
  return out;
}

export const kb = (b) => (b / 1024).toFixed(1);
export const ms = (x) => (!Number.isFinite(x) ? '-' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const mb = (b) => (b / 1048576).toFixed(1);
export const ratio = (x, ours) => (ours > 0 && Number.isFinite(x) ? `${(x / ours).toFixed(x / ours < 10 ? 2 : 1)}x` : '-');
/** Prints a table: the first `left` columns aligned left, the others right. */
export function table(title, header, rows, left = 1) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i < left ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd();
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
}

export function printNormal(sum, plan) {
  const o = sum['ours-pre'];
  table(
    `Transferred bytes, gzip (encodedBodySize of the page and every resource; KB = 1024 B), ${plan.normal.rows} rows in ${plan.normal.tables} tables`,
    ['library', 'total KB', 'vs ours', 'js KB', 'wasm KB', 'css KB', 'html KB', 'requests', 'wire KB (+headers)'],
    NORMAL_LIBS.map((l) => {
      const b = sum[l].bytes;
      return [NAMES[l], kb(b.total), ratio(b.total, o.bytes.total), kb(b.js), kb(b.wasm), kb(b.css), kb(b.html), `${b.requests}${b.cached ? ` (+${b.cached} cached)` : ''}`, kb(b.transfer)];
    }),
  );
  table(
    `Time to interactive table and filter latency (ms, median of ${o.loads} loads; filter over ${o.filter.n} actions on the first table; static: all rows in the DOM, no filter)`,
    ['library', 'TTI', 'vs ours', 'filter median', 'filter p95', 'median vs ours', 'p95 vs ours', 'to paint median'],
    NORMAL_LIBS.map((l) => {
      const s = sum[l];
      return [NAMES[l], ms(s.tti.median), ratio(s.tti.median, o.tti.median), ms(s.filter.median), ms(s.filter.p95), ratio(s.filter.median, o.filter.median), ratio(s.filter.p95, o.filter.p95), ms(s.filterPaint.median)];
    }),
  );
}

export function printScale(sum, plan) {
  const o = sum.ours;
  const sc = plan.scale;
  table(
    `Scale: ${sc.tasks} tasks x ${sc.parties} parties (filter '${sc.keyword}': ${sc.firstFiltered} rows), median of ${o.loads} loads, ms / MB`,
    ['library', 'first render', 'rows then', 'vs ours', 'filter median', 'filter p95', 'median vs ours', 'to paint median', 'gzip KB', 'JS heap', 'after GC', 'wasm mem', 'DOM nodes'],
    SCALE_LIBS.map((l) => {
      const s = sum[l];
      const m = s.memory;
      return [
        NAMES[l], ms(s.tti.median), s.ttiRows, ratio(s.tti.median, o.tti.median), ms(s.filter.median), ms(s.filter.p95),
        ratio(s.filter.median, o.filter.median), ms(s.filterPaint.median), kb(s.bytes.total), mb(m.jsHeapUsed), mb(m.jsHeapUsedAfterGC),
        m.wasmMemory === undefined ? '-' : mb(m.wasmMemory), m.nodes,
      ];
    }),
  );
  if (o.showAll) {
    console.log(
      `\nOurs renders the first ${o.ttiRows} rows, then "Show all" to ${sc.rows} rows: median ${ms(o.showAll.median)} ms ` +
        `(p95 ${ms(o.showAll.p95)}); first render + show all = ${ms(o.tti.median + o.showAll.median)} ms. ` +
        `Ours' filter rebuilds at most ${o.ttiRows} rows; the others rebuild every matching row.`,
    );
  }
  const under = o.filter.median <= 16 && o.filter.p95 <= 16;
  console.log(
    `Ours' filter latency at scale: median ${ms(o.filter.median)} ms, p95 ${ms(o.filter.p95)} ms (target both ≤ 16 ms, one 60 Hz frame): ` +
      `median ${o.filter.median <= 16 ? 'MET' : 'NOT met'}, p95 ${o.filter.p95 <= 16 ? 'MET' : 'NOT met'}.`,
  );
  return under;
}
