import { expect } from 'chai';
import { bodyConformsToSchema as check } from '../../checks/body-conforms-to-schema';
import { documented, expectFailure, expectPass, json, makeCase, makeOperation, makeResponse, validItem, expectNotApplicable } from './fixtures';

describe('check: body conforms to the documented schema', () => {
  const list = makeCase(
    makeOperation({
      path: '/api/v1/channel/{channel_id}/failed_integrations/',
      responses: [
        documented('200', [
          json({
            type: 'object',
            properties: { count: { type: 'integer' }, results: { type: 'array', items: { $ref: '#/$defs/Item' } } },
            $defs: { Item: { type: 'object', properties: { created_date: { type: 'string', format: 'date-time' } } } },
          }),
        ]),
      ],
    }),
  );

  it('passes a conforming body', () => {
    expectPass(check, makeResponse(200, validItem()));
  });

  it('fails a format error deep in a list, with pointer, expectation and value', () => {
    const results = [0, 1, 2].map(() => ({ created_date: '2024-01-02T03:04:05Z' }));
    results.push({ created_date: 'yesterday' });
    const failure = expectFailure(check, makeResponse(200, { count: 4, results }), list);
    expect(failure.category).to.equal('schema mismatch');
    expect(failure.pointer).to.equal('/results/3/created_date');
    expect(failure.message).to.equal(
      'body does not conform to the schema for 200 application/json: at /results/3/created_date: must match format "date-time" (got "yesterday")',
    );
  });

  it('names a missing required property by its own pointer', () => {
    const { reason_type: _dropped, ...item } = validItem();
    const failure = expectFailure(check, makeResponse(200, item));
    expect(failure.pointer).to.equal('/reason_type');
    expect(failure.message).to.contain('at /reason_type: required property is missing');
  });

  it('folds a nullable alternative into one sentence and lists several problems', () => {
    const failure = expectFailure(check, makeResponse(200, { ...validItem(), expiration_date: 5, reason_type: 'x', channel: '1', log_id: 'a' }));
    expect(failure.message).to.contain('at /channel: must be integer (got "1")');
    expect(failure.message).to.contain('at /reason_type: must be one of "mapping", "remote", "channel_app" (got "x")');
    expect(failure.message).to.contain('at /expiration_date: must be string or null (got 5)');
    expect(failure.message).to.contain('(and 1 more problem)');
  });

  it('validates error bodies against their documented schema too', () => {
    expect(expectFailure(check, makeResponse(404, { detail: 5 })).message).to.contain('schema for 404 application/json: at /detail: must be string (got 5)');
  });

  it('leaves unparseable bodies and undocumented statuses to other checks', () => {
    expect(expectNotApplicable(check, makeResponse(200, 'not json', { 'content-type': 'application/json' }))).to.equal('the body is not JSON');
    expect(expectNotApplicable(check, makeResponse(418, { anything: true }))).to.contain('no schema is documented for a 418');
  });

  it('reports a schema that cannot compile as the document\'s fault', () => {
    const broken = makeCase(makeOperation({ responses: [documented('200', [json({ type: 'string', pattern: '(' })])] }));
    const failure = expectFailure(check, makeResponse(200, '"abc"', { 'content-type': 'application/json' }), broken);
    expect(failure.category).to.equal('invalid schema');
    expect(failure.message).to.contain('the documented schema for 200 application/json cannot be compiled');
  });
});
