import { expect } from 'chai';
import { contentTypeIsDocumented as check } from '../../checks/content-type-is-documented';
import { documented, expectFailure, expectPass, json, makeCase, makeOperation, makeResponse, validItem, expectNotApplicable } from './fixtures';

describe('check: content type is documented and the body parses', () => {
  it('passes documented JSON with a charset parameter', () => {
    expectPass(check, makeResponse(200, validItem(), { 'content-type': 'application/json; charset=utf-8' }));
  });

  it('fails an undocumented Content-Type, naming what was documented', () => {
    const failure = expectFailure(check, makeResponse(200, '<html></html>', { 'content-type': 'text/html; charset=utf-8' }));
    expect(failure.category).to.equal('content type');
    expect(failure.message).to.contain('Content-Type text/html; charset=utf-8 is not documented for 200 of GET');
    expect(failure.message).to.contain('(documented: application/json)');
  });

  it('fails JSON that does not parse, with the parser error and the body', () => {
    const failure = expectFailure(check, makeResponse(200, '{"pk": 1,', { 'content-type': 'application/json' }));
    expect(failure.message).to.match(/body is declared as application\/json but does not parse as JSON: .+ \(got \{"pk": 1,\)/);
  });

  it('does not hold a truncated body to parsing', () => {
    const response = { ...makeResponse(200, '{"pk": 1,', { 'content-type': 'application/json' }), truncated: true };
    expectPass(check, response);
  });

  it('fails an empty body where one is documented, and a body without Content-Type', () => {
    expect(expectFailure(check, makeResponse(200)).message).to.contain('expected a application/json body for 200 of GET');
    const bare = { ...makeResponse(200, validItem()), headers: {} };
    expect(expectFailure(check, bare).message).to.contain('no Content-Type header');
  });

  it('matches documented ranges: */*, application/*+json', () => {
    const any = makeCase(makeOperation({ responses: [documented('200', [json(undefined, '*/*')])] }));
    expectPass(check, makeResponse(200, 'plain', { 'content-type': 'text/plain' }), any);
    const suffix = makeCase(makeOperation({ responses: [documented('400', [json(undefined, 'application/*+json')])] }));
    expectPass(check, makeResponse(400, { title: 'x' }, { 'content-type': 'application/problem+json' }), suffix);
    expectFailure(check, makeResponse(400, { title: 'x' }, { 'content-type': 'application/json' }), suffix);
  });

  it('leaves undocumented statuses and statuses documented without content to other checks', () => {
    expect(expectNotApplicable(check, makeResponse(418, 'teapot', { 'content-type': 'text/plain' }))).to.equal('status 418 is not documented');
    expect(expectNotApplicable(check, makeResponse(500, 'oops', { 'content-type': 'text/plain' }))).to.equal('500 is documented without a body');
  });
});
