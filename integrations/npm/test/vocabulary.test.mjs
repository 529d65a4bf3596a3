// One vocabulary: the element's attributes and the fence options are defined once, in the model
// (`model::attributes`), and reach JS through the Node module. The remark plugins take them from
// there; the copies that cannot (the element's observedAttributes, the TypeScript types) must
// equal them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const ROOT = new URL('../../../', import.meta.url).pathname;
const BUILD = `${ROOT}integrations/npm/package/build/index.cjs`;
assert.ok(existsSync(BUILD), 'the npm package is not built: run integrations/npm/pack');
const { attributes } = createRequire(import.meta.url)(BUILD);
const sorted = (list) => [...new Set(list)].sort();

test("the module's vocabulary is the model's: state keys, element-only attributes, fence options", () => {
  assert.ok(attributes.state.includes('party') && attributes.state.includes('roles'));
  assert.deepEqual(attributes.reading, ['layout']);
  assert.deepEqual(attributes.element, [...attributes.state, ...attributes.reading, ...attributes.elementOnly]);
  assert.deepEqual(attributes.fence, [...attributes.element, ...attributes.fenceOnly]);
  assert.deepEqual(attributes.fenceOnly, ['title']);
});

test("the element's observedAttributes are the vocabulary (but loading, read once when it connects)", () => {
  const js = readFileSync(`${ROOT}web/raci-widget.js`, 'utf8');
  const list = /static get observedAttributes\(\) \{\s*return \[([^\]]*)\]/.exec(js);
  assert.ok(list, 'observedAttributes not found in web/raci-widget.js');
  const observed = [...list[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
  assert.deepEqual(sorted([...observed, 'loading']), sorted(attributes.element));
});

test("the TypeScript attributes are the vocabulary (but role: JSX has HTML's own)", () => {
  const dts = readFileSync(`${ROOT}integrations/npm/raci-widget.d.ts`, 'utf8');
  const body = /interface RaciMatrixAttributes \{([\s\S]*?)\n\}/.exec(dts);
  assert.ok(body, 'RaciMatrixAttributes not found');
  const keys = [...body[1].matchAll(/^\s*'?([a-z-]+)'?\?:/gm)].map((m) => m[1]);
  assert.deepEqual(sorted([...keys, 'role']), sorted(attributes.element));
});

test('the remark plugins have no list of their own: they take the options from the module', () => {
  for (const [file, module] of [
    ['integrations/docusaurus/remark.js', /require\('\.\/build\/fence\.cjs'\)/],
    ['integrations/starlight/remark.mjs', /from '\.\.\/build\/fence\.cjs'/],
  ]) {
    const remark = readFileSync(`${ROOT}${file}`, 'utf8');
    assert.match(remark, module, file);
    assert.doesNotMatch(remark, /'model', 'view'|"model", "view"/, file);
  }
  const fence = readFileSync(`${ROOT}integrations/npm/build/fence.cjs`, 'utf8');
  assert.match(fence, /require\('\.\/index\.cjs'\)/);
  assert.match(fence, /attributes\.fenceOnly/);
});
