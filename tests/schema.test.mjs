// The JSON Schema of the data format (schema/raci-data.schema.json) accepts the built-in data and
// the example files, and refuses what the reader refuses for the same structural reasons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(read('schema/raci-data.schema.json'));
const errors = (data) => (validate(data) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));

test('the built-in data file is valid', () => {
  assert.deepEqual(errors(read('data/management-models.json')), []);
});

test('a minimal file (roles and parties left out) is valid', () => {
  const data = { models: [{ title: 'M', tasks: [{ task: 'T', cells: { r: 'Ops', a: 'Lead' } }] }] };
  assert.deepEqual(errors(data), []);
});

test('structural mistakes are refused where the reader refuses them', () => {
  const good = read('data/management-models.json');
  const bad = (mutate) => {
    const copy = structuredClone(good);
    mutate(copy);
    return errors(copy);
  };
  assert.deepEqual(bad((d) => { d.modles = d.models; delete d.models; }), [
    " must have required property 'models'",
    ' must NOT have additional properties',
  ]);
  assert.deepEqual(bad((d) => { d.models[0].title = 3; }), ['/models/0/title must be string']);
  assert.deepEqual(bad((d) => { d.models = []; }), ['/models must NOT have fewer than 1 items']);
  assert.deepEqual(bad((d) => { d.parties[0].id = 'WSO 2'; }), ['/parties/0/id must match pattern "^[a-z0-9-]{0,64}$"']);
  assert.deepEqual(bad((d) => { d.models[0].tasks[0].cells.r = 1; }), ['/models/0/tasks/0/cells/r must be string,null']);
});

test('task groups and a model description header are valid, and must be text', () => {
  const data = {
    models: [{
      title: 'M',
      descriptionHeader: 'SLA',
      tasks: [{ task: 'T', group: 'Operations', cells: { r: '"UX/UI Designer"', a: 'Lead' } }],
    }],
  };
  assert.deepEqual(errors(data), []);
  data.models[0].tasks[0].group = 3;
  data.models[0].descriptionHeader = ['SLA'];
  assert.deepEqual(errors(data), [
    '/models/0/descriptionHeader must be string',
    '/models/0/tasks/0/group must be string',
  ]);
});
