/**
 * The record posted per exchange survives a structured clone with what the subscribers read: big integers as the
 * numbers the validators see, raw bodies left out (the map does not count them), the operation found by index, and
 * an operation outside the model still named in the HAR but not counted.
 */
import { expect } from 'chai';
import type { Exchange } from '../../../engine/exchange';
import { IntegerText } from '../../../json/integer-text';
import type { Case } from '../../../model/case';
import type { ApiModel, Operation } from '../../../model/operation';
import { fromRecord, operationIndex, operationList, toRecord } from '../../../reporters/worker/exchange-record';

function operation(id: string): Operation {
  return { id, api: 'test', method: 'get', path: `/${id}/`, tags: [], parameters: [], responses: [], security: [] } as unknown as Operation;
}

const listed = operation('listThings');
const other = operation('retrieveThing');
const APIS = [{ name: 'test', operations: [other, listed] }] as unknown as ApiModel[];

function exchange(testCase: Partial<Case>, parts: Partial<Exchange> = {}): Exchange {
  const full: Case = { operation: listed, phase: 'boundary', mode: 'edge', pathParams: {}, query: {}, headers: {}, cookies: {}, ...testCase };
  return {
    testCase: full,
    request: { method: 'post', path: '/listThings/?page=2', headers: { authorization: '${CONFORMANCE_TOKEN}' }, body: Buffer.from('{"a":1}') },
    response: { status: 200, headers: { 'content-type': 'application/json' }, text: '{"n":1}', json: { n: 1 }, truncated: false, elapsedMs: 12 },
    verdicts: [
      { name: 'status is documented', severity: 'error', status: 'failed' },
      { name: 'no server error', severity: 'error', status: 'passed' },
    ],
    curl: '',
    ...parts,
  } as Exchange;
}

/** What the reporter thread rebuilds after the post. */
function posted(value: Exchange): ReturnType<typeof fromRecord> {
  return fromRecord(structuredClone(toRecord(value, operationIndex(APIS), 1_000)), operationList(APIS));
}

describe('reporters/worker/exchange-record', () => {
  it('carries big integers as the numbers the validators see (a clone alone would leave an object of digits)', () => {
    const big = new IntegerText('18446744073709551617');
    const { coverage } = posted(exchange({ query: { page: big, name: 'x' }, body: { value: { count: big }, mediaType: 'application/json' } }));
    expect(coverage?.testCase.query).to.deep.equal({ page: big.approximate, name: 'x' });
    expect(coverage?.testCase.body).to.deep.equal({ value: { count: big.approximate }, mediaType: 'application/json' });
    expect(structuredClone({ page: big })).to.deep.equal({ page: { digits: '18446744073709551617' } });
  });

  it('finds the operation by index, parses the body again, and keeps what the HAR shows', () => {
    const { har, coverage } = posted(exchange({ probe: { kind: 'unknown-method', method: 'FOO' }, mutation: { keyword: 'minimum', location: 'query', pointer: '/page', original: 1, value: 0, description: 'd' }, coverage: { class: 'integer.min-1', keyword: 'minimum', location: 'query', pointer: '/page', description: 'd' } }));
    expect(coverage?.testCase.operation).to.equal(listed);
    expect(coverage?.testCase.probe).to.equal(true);
    expect(coverage?.testCase.mutation).to.deep.equal({ keyword: 'minimum', location: 'query', pointer: '/page' });
    expect(coverage?.testCase.coverage).to.deep.equal({ class: 'integer.min-1' });
    expect(coverage?.response?.json).to.deep.equal({ n: 1 });
    expect(har.request).to.deep.equal({ method: 'post', path: '/listThings/?page=2', headers: { authorization: '${CONFORMANCE_TOKEN}' }, body: '{"a":1}' });
    expect(har.verdicts).to.deep.equal([{ name: 'status is documented', status: 'failed' }]);
    expect(har.testCase).to.deep.equal({ phase: 'boundary', operation: { id: 'listThings' } });
  });

  it('leaves raw bodies out of the map, as the map leaves them uncounted', () => {
    expect(posted(exchange({ body: { value: Buffer.from('x'), mediaType: 'application/octet-stream' } })).coverage?.testCase.body).to.equal(undefined);
    expect(posted(exchange({ body: { value: 'text', mediaType: 'text/plain' } })).coverage?.testCase.body).to.equal(undefined);
  });

  it('names an operation outside the model in the HAR and does not count it', () => {
    const { har, coverage } = posted(exchange({ operation: operation('elsewhere') }));
    expect(har.testCase.operation.id).to.equal('elsewhere');
    expect(coverage).to.equal(undefined);
  });

  it('dates the entry by the event, less the response time, and keeps a missing response missing', () => {
    expect(toRecord(exchange({}), operationIndex(APIS), 5_000).startedAt).to.equal(4_988);
    const { har, coverage } = posted(exchange({}, { response: undefined, transportError: 'socket hang up' }));
    expect(har.response).to.equal(undefined);
    expect(har.transportError).to.equal('socket hang up');
    expect(coverage?.response).to.equal(undefined);
  });
});
