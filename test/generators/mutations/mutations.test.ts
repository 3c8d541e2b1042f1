import { expect } from 'chai';
import fc from 'fast-check';
import { mutationsOf, negativeValueArbitrary, NotViolableError, pickMutation } from '../../../generators/mutations';
import { failedIntegrationRequest } from '../arbitraries/schema-corpus';
import { expectFailureAt } from '../arbitraries/schema-properties';

const validIntegration = { channel: 1, version_date: '2024-01-01T00:00:00Z', reason_type: 'remote', content_type: 2, object_id: 3, retry_count: 2, log_id: null };

describe('generators/mutations', () => {
  it('finds one targeted violation per documented constraint of FailedIntegration', () => {
    const found = mutationsOf(failedIntegrationRequest, validIntegration, 'body').map(({ mutation }) => `${mutation.keyword} ${mutation.pointer}`);
    expect(found).to.include.members(['required /channel', 'type /channel', 'format /version_date', 'enum /reason_type', 'maxLength /reason_type', 'minimum /retry_count']);
  });

  it('records original, new value and a sentence', () => {
    const minimum = mutationsOf(failedIntegrationRequest, validIntegration, 'body').find(({ mutation }) => mutation.keyword === 'minimum');
    expect(minimum?.mutation).to.deep.include({ location: 'body', pointer: '/retry_count', original: 2, value: -1 });
    expect(minimum?.mutation.description).to.equal('body /retry_count set to -1, below minimum 0');
    expect(minimum?.value).to.deep.equal({ ...validIntegration, retry_count: -1 });
  });

  it('does not touch the value it was given', () => {
    const before = structuredClone(validIntegration);
    mutationsOf(failedIntegrationRequest, validIntegration, 'body');
    expect(validIntegration).to.deep.equal(before);
  });

  it('proposes null only where the schema is not nullable', () => {
    const nulls = mutationsOf(failedIntegrationRequest, validIntegration, 'body').filter(({ mutation }) => mutation.value === null);
    expect(nulls.map(({ mutation }) => mutation.pointer)).to.include('/channel').and.not.include('/log_id');
  });

  it('every mutation AJV confirms at its keyword and pointer', () => {
    for (const { value, mutation } of mutationsOf(failedIntegrationRequest, validIntegration, 'body')) {
      expectFailureAt(failedIntegrationRequest, value, mutation.keyword, mutation.pointer);
    }
  });

  it('adds a property where additionalProperties is false', () => {
    const closed = { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false };
    const added = mutationsOf(closed, { a: 'x' }, 'body').find(({ mutation }) => mutation.keyword === 'additionalProperties');
    expect(added?.mutation.pointer).to.equal('/unexpected_property');
  });

  it('emits nothing for a schema nothing can break', () => {
    expect(mutationsOf({}, { any: 'thing' }, 'body')).to.deep.equal([]);
    expect(() => negativeValueArbitrary(true, 'body')).to.throw(NotViolableError);
  });

  it('judges parameters in their serialised form: a string cannot be given a wrong type, an integer can', () => {
    const asText = (value: unknown) => (value === null || typeof value === 'object' ? undefined : String(value));
    const stringKeywords = mutationsOf({ type: 'string' }, 'abc', 'query', { wireForm: asText }).map(({ mutation }) => mutation.keyword);
    expect(stringKeywords).to.not.include('type');
    const integerMutations = mutationsOf({ type: 'integer', minimum: 1 }, 5, 'query', { wireForm: asText, pointerPrefix: '/page' });
    expect(integerMutations.map(({ mutation }) => [mutation.keyword, mutation.value])).to.deep.include.members([['type', 'not-a-number'], ['type', 1.5], ['minimum', 0]]);
    expect(integerMutations.every(({ mutation }) => mutation.pointer === '/page')).to.equal(true);
  });

  it('picks deterministically by choice', () => {
    const a = pickMutation(failedIntegrationRequest, validIntegration, 4, 'body');
    const b = pickMutation(failedIntegrationRequest, validIntegration, 4, 'body');
    expect(a).to.deep.equal(b);
  });

  it('negative values replay from the same seed', () => {
    const arbitrary = negativeValueArbitrary(failedIntegrationRequest, 'body');
    expect(fc.sample(arbitrary, { seed: 9, numRuns: 30 })).to.deep.equal(fc.sample(arbitrary, { seed: 9, numRuns: 30 }));
  });
});
