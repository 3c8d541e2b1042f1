import { expect } from 'chai';
import type { OpenAPIV3 } from 'openapi-types';
import { repeatedPrefix } from '../../../spec/lint/rules/repeated-url-prefix';
import { belongsToSubject } from '../../../spec/lint/rules/parameter-names-other-entity';
import { ambiguousOneOf } from '../../../spec/lint/rules/ambiguous-one-of';
import { responseStatusMismatch } from '../../../spec/lint/rules/response-status-mismatch';

const documentWith = (extra: Partial<OpenAPIV3.Document>): OpenAPIV3.Document => ({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, ...extra });

describe('spec/lint/rules', () => {
  it('repeated-url-prefix: finds a repeated run of segments, not ids or distinct paths', () => {
    expect(repeatedPrefix('https://{domain_url}/api/v1/oms/api/v1/oms/cancellation-reasons/1/')).to.equal('/api/v1/oms');
    expect(repeatedPrefix('/api/api/things/')).to.equal('/api');
    expect(repeatedPrefix('https://h/api/v1/oms/cancellation-reasons/1/')).to.equal(undefined);
    expect(repeatedPrefix('/api/v1/things/7/7/')).to.equal(undefined);
  });

  it('parameter-names-other-entity: reads the entity named before "belongs to"', () => {
    expect(belongsToSubject('ID of the channel the customer belongs to')).to.deep.equal(['customer']);
    expect(belongsToSubject('ID of the channel the failed integration belongs to')).to.deep.equal(['failed', 'integration']);
    expect(belongsToSubject('Filter by cancellation request ID')).to.equal(undefined);
  });

  it('ambiguous-one-of: accepts branches told apart by required keys or types', () => {
    const distinct = documentWith({
      components: {
        schemas: {
          A: { oneOf: [{ type: 'object', required: ['a'], properties: { a: { type: 'string' } } }, { type: 'object', required: ['b'] }] },
          B: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
        },
      },
    });
    expect(ambiguousOneOf.check({ document: distinct })).to.deep.equal([]);
    const same = documentWith({ components: { schemas: { C: { oneOf: [{ type: 'string', description: 'x' }, { type: 'string', description: 'y' }] } } } });
    expect(ambiguousOneOf.check({ document: same })[0].message).to.contain('same schema');
  });

  it('response-status-mismatch: reads status-like component names, and class wildcards agree', () => {
    const op = (status: string, ref: string): OpenAPIV3.Document =>
      documentWith({ paths: { '/x': { get: { responses: { [status]: { $ref: `#/components/responses/${ref}` } } } } } });
    expect(responseStatusMismatch.check({ document: op('401', 'NotFound') })).to.have.length(1);
    expect(responseStatusMismatch.check({ document: op('404', 'NotFound') })).to.have.length(0);
    expect(responseStatusMismatch.check({ document: op('4XX', '404') })).to.have.length(0);
    expect(responseStatusMismatch.check({ document: op('400', 'ValidationError') })).to.have.length(0);
  });
});
