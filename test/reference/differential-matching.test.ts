/** The differential test's comparison and its list of deliberate differences, shown to tell apart what they should. */
import { expect } from 'chai';
import type { WireResponse } from '../../targets/target';
import { explain, readDeliberateDifferences, type DeliberateDifference } from './differential/deliberate';
import { differences, jsonShape, observe } from './differential/observe';

function response(status: number, body: unknown, contentType = 'application/json'): WireResponse {
  const text = body === undefined ? '' : JSON.stringify(body);
  return { status, headers: contentType === '' ? {} : { 'content-type': contentType }, text, json: body, truncated: false, elapsedMs: 1 };
}

describe('reference: differential comparison', () => {
  it('compares keys and JSON types, not values', () => {
    expect(jsonShape({ b: 1, a: [{ x: 'y' }, { x: 'z' }] })).to.equal('{a:[{x:string}],b:integer}');
    expect(differences(observe(response(200, { pk: 1 })), observe(response(200, { pk: 2 })))).to.deep.equal([]);
    const found = differences(observe(response(200, { pk: 1 })), observe(response(200, { pk: '1' })));
    expect(found).to.deep.equal([{ aspect: 'shape', mock: '{pk:integer}', drf: '{pk:string}' }]);
  });

  it('compares error messages and media types', () => {
    const found = differences(observe(response(401, { detail: 'Invalid token.' })), observe(response(401, { detail: 'Invalid token header.' }, 'application/json; charset=utf-8')));
    expect(found.map((item) => item.aspect)).to.deep.equal(['messages']);
    expect(differences(observe(response(404, { detail: 'x' })), observe(response(404, undefined, 'text/html'))).map((item) => item.aspect)).to.include('mediaType');
  });

  it('explains a difference only with a matching entry, down to the DRF messages', () => {
    const list: DeliberateDifference[] = [{ id: 'x', aspects: ['status'], request: 'GET /a/.*', mock: '400', drfMessages: '.*Select.*', reason: 'r' }];
    const found = { aspect: 'status' as const, mock: '400', drf: '200' };
    expect(explain(list, 'GET /a/?q=1', found, '/q/0=Select a valid choice.')?.id).to.equal('x');
    expect(explain(list, 'GET /b/', found, '/q/0=Select a valid choice.')).to.equal(undefined);
    expect(explain(list, 'GET /a/', { ...found, mock: '404' }, '/q/0=Select')).to.equal(undefined);
    expect(explain(list, 'GET /a/', found, '')).to.equal(undefined);
    expect(explain(list, 'GET /a/', { ...found, aspect: 'shape' }, '/q/0=Select')).to.equal(undefined);
  });

  it('reads mock/deliberate-differences.json: unique ids, each with a reason', () => {
    const list = readDeliberateDifferences();
    expect(new Set(list.map((entry) => entry.id)).size).to.equal(list.length);
    for (const entry of list) expect(entry.reason.length, entry.id).to.be.greaterThan(20);
  });
});
