import { expect } from 'chai';
import { join } from 'node:path';
import YAML from 'yaml';
import { SpecError } from '../../spec/errors';
import { applyAction, applyOverlay, readOverlay } from '../../spec/overlay';
import { tempSpecDir } from './temp-files';

const sample = (): Record<string, unknown> => ({
  paths: {
    '/a/{id}/': {
      get: { responses: { '401': { $ref: '#/components/responses/404' } }, parameters: [{ name: 'x' }] },
      put: { responses: { '200': { description: 'ok' } } },
    },
  },
});

const overlayFile = (actions: unknown[]): string => {
  const dir = tempSpecDir({ 'fix.yaml': YAML.stringify({ overlay: '1.0.0', info: { title: 't', version: '1' }, actions }) });
  return join(dir, 'fix.yaml');
};

describe('spec/overlay', () => {
  it('update deep-merges into every matched object and replaces arrays', () => {
    const document = sample();
    applyAction(document, { target: "$.paths['/a/{id}/'][get,put]", update: { security: [{ Token: [] }], responses: { '500': { description: 'e' } } } }, 't#0');
    const item = (document.paths as Record<string, Record<string, { security: unknown; responses: Record<string, unknown> }>>)['/a/{id}/'];
    expect(item.get.security).to.deep.equal([{ Token: [] }]);
    expect(Object.keys(item.get.responses)).to.deep.equal(['401', '500']);
    expect(Object.keys(item.put.responses)).to.deep.equal(['200', '500']);
    expect(item.get.responses['500'], 'each target gets its own copy').to.not.equal(item.put.responses['500']);
  });

  it('update appends to a matched array', () => {
    const document = sample();
    applyAction(document, { target: "$.paths['/a/{id}/'].get.parameters", update: { name: 'y' } }, 't#0');
    expect(JSON.stringify(document)).to.contain('"parameters":[{"name":"x"},{"name":"y"}]');
  });

  it('remove deletes matched nodes, array items included', () => {
    const document = sample();
    applyAction(document, { target: "$.paths['/a/{id}/'].put", remove: true }, 't#0');
    applyAction(document, { target: "$.paths['/a/{id}/'].get.parameters[0]", remove: true }, 't#1');
    expect(document).to.deep.equal({ paths: { '/a/{id}/': { get: { responses: { '401': { $ref: '#/components/responses/404' } }, parameters: [] } } } });
  });

  it('a target that matches nothing names the overlay file and the action index', () => {
    const file = overlayFile([
      { target: '$.paths', description: 'fine', update: { 'x-ok': true } },
      { target: '$.paths.nowhere', description: 'stale', remove: true },
    ]);
    expect(() => applyOverlay(sample(), readOverlay(file))).to.throw(SpecError, /fix\.yaml#1: target \$\.paths\.nowhere matches nothing/);
  });

  it('leaves its input untouched and reports each action', () => {
    const document = sample();
    const seen: number[] = [];
    const result = applyOverlay(document, readOverlay(overlayFile([{ target: '$', update: { 'x-a': 1 } }, { target: '$', update: { 'x-b': 2 } }])), {
      afterAction: (index) => seen.push(index),
    });
    expect(document).to.deep.equal(sample());
    expect(result).to.include({ 'x-a': 1, 'x-b': 2 });
    expect(seen).to.deep.equal([0, 1]);
  });

  it('refuses malformed overlays before applying anything', () => {
    expect(() => readOverlay(overlayFile([{ target: '$', update: {}, remove: true }]))).to.throw(SpecError, /#0: action needs exactly one of update or remove/);
    expect(() => readOverlay(overlayFile([{ update: {} }]))).to.throw(SpecError, /#0: action has no target/);
    const dir = tempSpecDir({ 'not.yaml': 'openapi: 3.0.3\n' });
    expect(() => readOverlay(join(dir, 'not.yaml'))).to.throw(SpecError, /not an Overlay 1\.x document/);
  });
});
