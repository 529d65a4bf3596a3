// One reader, by test: for every fence body of the corpus (tests/fixtures/fences), the native
// command line and the npm package's Node module print the same: `raci render` (the element,
// its fallback tables and first view, or the problems), and `raci check` (stdout, stderr and
// exit code), through the module's API and through its `raci` bin.
//   RACI_CLI=target/debug/raci node --test integrations/npm/test/   (after integrations/npm/pack)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const ROOT = new URL('../../../', import.meta.url).pathname;
const CORPUS = `${ROOT}tests/fixtures/fences/`;
const PACKAGE = `${ROOT}integrations/npm/package/`;
const NATIVE = resolve(process.env.RACI_CLI ?? `${ROOT}target/debug/raci`);
const BIN = `${PACKAGE}build/raci.cjs`;
const CSS = '/docs/assets/raci/raci-widget.css';

assert.ok(existsSync(NATIVE), `the native raci (${NATIVE}) is missing: cargo build, or set RACI_CLI`);
assert.ok(existsSync(BIN), `the npm package is not built (${PACKAGE}): run integrations/npm/pack`);
const { render, check } = createRequire(import.meta.url)(`${PACKAGE}build/index.cjs`);
const corpus = JSON.parse(readFileSync(`${CORPUS}corpus.json`, 'utf8'));
const bodies = readdirSync(CORPUS).filter((f) => f !== 'corpus.json').sort();

const run = (command, args) => {
  const r = spawnSync(command, args, { cwd: CORPUS, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('the corpus has the cases the issue names, and the test sees every body', () => {
  assert.ok(bodies.length >= 12, bodies.join(' '));
  for (const { file } of corpus.render) assert.ok(bodies.includes(file), file);
  assert.match(readFileSync(`${CORPUS}csv-tie.txt`, 'utf8'), /^Task,Owner;Notes/);
});

for (const { file, options } of corpus.render) {
  test(`raci render ${file} ${options.join(' ')}: native and Node print the same`, async () => {
    const args = ['render', file, '--name', `docs/${file}:3`, '--prerender', CSS, ...options.flatMap((o) => ['--option', o])];
    const native = run(NATIVE, args);
    assert.ok(native.status === 0 || native.status === 1, native.stderr);
    assert.deepEqual(run(process.execPath, [BIN, ...args]), native);
    // The module's API: the same element, or the same problems.
    const pairs = options.map((o) => [o.slice(0, o.indexOf('=')), o.slice(o.indexOf('=') + 1)]);
    const text = readFileSync(`${CORPUS}${file}`, 'utf8');
    const rendered = render(text, { name: `docs/${file}:3`, options: pairs, stylesheet: CSS });
    if (native.status === 0) {
      const { html, warnings } = await rendered;
      assert.equal(html, native.stdout);
      assert.deepEqual(warnings.map((w) => `docs/${file}:3: warning: ${w.text}\n`).join(''), native.stderr);
      assert.match(html, /<template shadowrootmode="open">/);
    } else {
      await assert.rejects(rendered, (error) => {
        assert.equal(`${error.message}\n`, native.stderr);
        return true;
      });
    }
  });
}

test('raci check over the whole corpus: native and the npm bin print the same, exit the same', () => {
  const args = ['check', ...bodies, 'missing.md', '--builtin'];
  const native = run(NATIVE, args);
  assert.equal(native.status, 1, 'the corpus holds bad bodies');
  assert.match(native.stderr, /did you mean/);
  assert.match(native.stdout, /csv-tie-roles\.txt: ok: /);
  // A problem the reader places in the text is named FILE:LINE:COL (the table's header here).
  assert.match(native.stderr, /^csv-tie\.txt:1:1: error: the CSV table: has no role columns/m);
  assert.deepEqual(run(process.execPath, [BIN, ...args]), native);
  // Only good files: exit 0 from both.
  const good = ['two-tables.txt', 'json-intro.txt', 'tabs.tsv'];
  const ok = run(NATIVE, ['check', ...good]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.deepEqual(run(process.execPath, [BIN, 'check', ...good]), ok);
  // No file: the same usage error.
  assert.equal(run(process.execPath, [BIN, 'check']).status, run(NATIVE, ['check']).status);
});

test("check(): the module's report is the bin's lines, with the problems and a summary", () => {
  const bad = check(readFileSync(`${CORPUS}bad-party.json`, 'utf8'), 'bad-party.json');
  assert.equal(bad.ok, false);
  assert.equal(bad.summary, null);
  assert.equal(bad.problems[0].severity, 'error');
  assert.match(bad.problems[0].text, /Osp.*did you mean "Ops"/);
  assert.deepEqual(bad.stderr, bad.problems.map((p) => `bad-party.json: error: ${p.text}`));
  const good = check(readFileSync(`${CORPUS}two-tables.txt`, 'utf8'), 'two-tables.txt');
  assert.deepEqual(good.summary, { models: 2, tasks: 4, parties: 2, roles: 4 });
  assert.deepEqual(good.stdout, ['two-tables.txt: ok: 2 models, 4 tasks, 2 parties, 4 roles']);
});

test('render(): a problem placed in the body is named by the page\'s line and column with `at`', async () => {
  const body = '| Task | R |\n|---|---|\n|  x | Ops//Dev |\n';
  // The fence opens on line 12 of docs/a.md, indented by two: the body starts at 13:3.
  const error = await render(body, { name: 'docs/a.md:12', at: { path: 'docs/a.md', line: 13, column: 3 } }).then(
    () => assert.fail('a bad cell rendered'),
    (e) => e,
  );
  assert.equal(error.problems[0].line, 3);
  assert.equal(error.problems[0].column, 8);
  assert.equal(
    error.message,
    'docs/a.md:15:10: error: table 1, row "x", column "R": cell "Ops//Dev" has an empty name between separators',
  );
  // Without `at`, the name given; an unplaced problem (an option) keeps it either way.
  const plain = await render(body, { name: 'docs/a.md:12' }).catch((e) => e);
  assert.match(plain.message, /^docs\/a\.md:12: error: table 1/);
  const option = await render(body, { name: 'docs/a.md:12', options: { vew: 'x' }, at: { path: 'docs/a.md', line: 13 } }).catch((e) => e);
  assert.match(option.message, /^docs\/a\.md:12: error: option "vew"/);
});
