// Build-time cost of ```raci fences with the npm package's Node module (raci-widget/build), and
// what it weighs. Prints a table (no pass/fail):
//   node bench/build-time-node.mjs [PACKAGE_DIR]    (default integrations/npm/package, made by
//                                                    integrations/npm/pack)
// - a Docusaurus-like run: 200 fences of a docs site (10 to 40 tasks each, every 4th with
//   options), rendered with the first view as the remark plugin does, in one process: module
//   load, first fence, per fence (median and p95), the whole run; and without the first view;
// - the same fences through the native `raci render`, one process each (RACI_CLI, default
//   target/debug/raci; a release build is faster: set RACI_CLI=target/release/raci);
// - the package's size: tarball, installed (unpacked), the Node module's wasm raw and gzip -9.
// Env: FENCES (200), NATIVE_FENCES (40: spawning is slow; per fence is what counts).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, p95, ms, kb, table } from './report.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const PKG = process.argv[2] ?? `${ROOT}integrations/npm/package`;
const FENCES = Number(process.env.FENCES ?? 200);
const NATIVE_FENCES = Number(process.env.NATIVE_FENCES ?? 40);
const NATIVE = process.env.RACI_CLI ?? `${ROOT}target/debug/raci`;
const CSS = '/assets/raci/raci-widget.css';
if (!existsSync(join(PKG, 'build/index.cjs'))) throw new Error(`${PKG}/build: run integrations/npm/pack first`);

/** Fence i of the site: a roles-as-columns table of 10..40 tasks over 3..6 parties. */
function fence(i) {
  const parties = ['Product', 'Engineering', 'QA', 'Legal', 'Support desk', 'Finance'].slice(0, 3 + (i % 4));
  const tasks = 10 + ((i * 7) % 31);
  const at = (k) => parties[k % parties.length];
  const rows = Array.from({ length: tasks }, (_, t) =>
    `| Task ${i}.${t} **step** | ${at(t)} / ${at(t + 1)} | ${at(t + 2)} | ${t % 3 ? at(t + 1) : ''} | ${at(t + 3)} (if required) | Notes on ${t} |`);
  const body = ['| Activity | Responsible | Accountable | Consulted | Informed | Notes |', '|---|---|---|---|---|---|', ...rows].join('\n');
  const options = i % 4 === 0 ? { title: `Matrix ${i}`, view: 'parties', party: parties[1].toLowerCase() } : {};
  return { body: `${body}\n`, options };
}
const fences = Array.from({ length: FENCES }, (_, i) => fence(i));

const t0 = performance.now();
const { render } = createRequire(import.meta.url)(join(PKG, 'build/index.cjs'));
const load = performance.now() - t0;

async function run(stylesheet) {
  const times = [];
  const start = performance.now();
  for (const [i, f] of fences.entries()) {
    const t = performance.now();
    await render(f.body, { name: `docs/page-${i}.md:3`, options: f.options, stylesheet });
    times.push(performance.now() - t);
  }
  return { times, total: performance.now() - start };
}
const first = await run(CSS); // includes the first fence's warm-up
const prerendered = await run(CSS);
const fallbackOnly = await run(undefined);

let native = null;
if (existsSync(NATIVE)) {
  const times = [];
  for (const [i, f] of fences.slice(0, NATIVE_FENCES).entries()) {
    const args = ['render', '-', '--name', `docs/page-${i}.md:3`, '--prerender', CSS, ...Object.entries(f.options).flatMap(([k, v]) => ['--option', `${k}=${v}`])];
    const t = performance.now();
    const r = spawnSync(NATIVE, args, { input: f.body, encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(r.stderr);
  }
  native = times;
}

const du = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? du(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
const wasm = join(PKG, 'build/raci_node_bg.wasm');
const gzip = execFileSync('gzip', ['-9', '-c', wasm], { maxBuffer: 1 << 28 }).length;
const version = /^version *= *"([^"]+)"/m.exec(readFileSync(`${ROOT}Cargo.toml`, 'utf8'))[1];
const tgz = `${ROOT}target/npm/raci-widget-${version}.tgz`;
const tasks = fences.reduce((n, f) => n + f.body.split('\n').length - 3, 0);

table(`Build time per fence, Node module (${FENCES} fences, ${tasks} tasks; node ${process.version})`, ['', 'ms'], [
  ['module load (require + wasm instantiate)', ms(load)],
  ['first fence (cold)', ms(first.times[0])],
  ['per fence, prerendered: median', ms(median(prerendered.times))],
  ['per fence, prerendered: p95', ms(p95(prerendered.times))],
  [`all ${FENCES} fences, prerendered`, ms(prerendered.total)],
  ['per fence, fallback only: median', ms(median(fallbackOnly.times))],
  [`all ${FENCES} fences, fallback only`, ms(fallbackOnly.total)],
  ...(native
    ? [[`per fence, native raci render, one process each (${NATIVE_FENCES}; ${NATIVE.replace(ROOT, '')}): median`, ms(median(native))]]
    : [['native raci render', `- (no ${NATIVE})`]]),
]);
table('Size', ['', 'KB'], [
  ['npm package raci-widget, tarball', existsSync(tgz) ? kb(statSync(tgz).size) : '-'],
  ['npm package raci-widget, installed (unpacked)', kb(du(PKG))],
  ['  of which build/ (the Node module and its JS)', kb(du(join(PKG, 'build')))],
  ['Node module wasm, raw', kb(statSync(wasm).size)],
  ['Node module wasm, gzip -9', kb(gzip)],
]);
