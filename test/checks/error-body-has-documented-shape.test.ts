import { expect } from 'chai';
import { errorBodyHasDocumentedShape as check } from '../../checks/error-body-has-documented-shape';
import { documented, expectFailure, expectPass, json, makeCase, makeOperation, makeResponse, expectNotApplicable } from './fixtures';

describe('check: error body has the documented error shape', () => {
  it('passes a body carrying a documented key', () => {
    expectPass(check, makeResponse(401, { detail: 'Invalid token.' }));
    expectPass(check, makeResponse(401, { code: 'token_invalid', extra: 1 }));
  });

  it('fails an empty object and an object with none of the documented keys', () => {
    const empty = expectFailure(check, makeResponse(401, {}));
    expect(empty.category).to.equal('error shape');
    expect(empty.message).to.equal('error body for 401 application/json carries none of the documented keys detail, code (got {})');
    const other = expectFailure(check, makeResponse(401, { error: 'x' }));
    expect(other.message).to.contain('detail, code (got {"error":"x"})');
  });

  it('fails a body that breaks the error schema, with the pointer', () => {
    const failure = expectFailure(check, makeResponse(404, { detail: ['Not found.'] }));
    expect(failure.pointer).to.equal('/detail');
    expect(failure.message).to.contain('error body does not match the documented shape for 404 application/json: at /detail: must be string (got ["Not found."])');
  });

  it('collects keys through anyOf branches and $defs references', () => {
    const operation = makeOperation({
      responses: [
        documented('400', [
          json({
            anyOf: [{ $ref: '#/$defs/Problem' }, { type: 'object', properties: { non_field_errors: { type: 'array' } } }],
            $defs: { Problem: { type: 'object', properties: { title: { type: 'string' } } } },
          }),
        ]),
      ],
    });
    expectPass(check, makeResponse(400, { title: 'Bad' }), makeCase(operation));
    expectPass(check, makeResponse(400, { non_field_errors: [] }), makeCase(operation));
    expect(expectFailure(check, makeResponse(400, { detail: 'x' }), makeCase(operation)).message).to.contain('title, non_field_errors');
  });

  it('fails a non-object body when the schema names keys, and ignores success statuses', () => {
    const loose = makeCase(makeOperation({ responses: [documented('404', [json({ properties: { detail: { type: 'string' } } })])] }));
    expect(expectFailure(check, makeResponse(404, '"Not found"', { 'content-type': 'application/json' }), loose).message).to.contain(
      'should be an object carrying at least one of the documented keys detail (got "Not found")',
    );
    expect(expectNotApplicable(check, makeResponse(200, {}))).to.equal('not an error answer');
  });

  it('accepts field errors where the schema documents them through additionalProperties (DRF 400)', () => {
    const drf = makeCase(
      makeOperation({
        method: 'post',
        responses: [
          documented('400', [
            json({
              anyOf: [
                { type: 'object', minProperties: 1, properties: { code: { type: 'string' } }, additionalProperties: { type: 'array', items: { type: 'string' } } },
                { type: 'object', required: ['detail'], properties: { detail: { type: 'string' } } },
              ],
            }),
          ]),
        ],
      }),
    );
    expectPass(check, makeResponse(400, { channel: ['This field is required.'] }), drf);
    expectPass(check, makeResponse(400, { detail: 'Bad.' }), drf);
    const failure = expectFailure(check, makeResponse(400, { channel: 'required' }), drf);
    expect(failure.message).to.contain('error body does not match the documented shape for 400 application/json: at /: matches none of the alternatives: at /channel: must be array (got "required"); or at /detail: required property is missing (the object has "channel")');
  });

  it('fails an empty object against an open schema that allows it, naming both expectations', () => {
    const open = makeCase(makeOperation({ responses: [documented('400', [json({ type: 'object', properties: { code: {} }, additionalProperties: { type: 'array' } })])] }));
    expect(expectFailure(check, makeResponse(400, {}), open).message).to.contain('carries none of the documented keys code nor any other key (got {})');
  });
});
