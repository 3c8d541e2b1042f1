import { expect } from 'chai';
import { undocumentedMethodAnswers405 as check, parseAllow } from '../../checks/undocumented-method-answers-405';
import { expectFailure, expectPass, makeApi, makeCase, makeContext, makeOperation, makeResponse } from './fixtures';

describe('check: undocumented method answers 405 with Allow', () => {
  const detail = makeOperation();
  const api = makeApi([detail, makeOperation({ method: 'put' }), makeOperation({ method: 'delete' })]);
  const context = makeContext({ api });
  const probe = makeCase(detail, { probe: { kind: 'undocumented-method', method: 'POST' } });

  it('passes 405 with Allow set-equal to the documented methods, case and order aside', () => {
    expectPass(check, makeResponse(405, { detail: 'Method "POST" not allowed.' }, { allow: 'delete, Put, GET' }), probe, context);
  });

  it('tolerates HEAD beside a documented GET, and OPTIONS', () => {
    expectPass(check, makeResponse(405, undefined, { allow: 'GET, PUT, DELETE, HEAD, OPTIONS' }), probe, context);
  });

  it('fails a status other than 405', () => {
    const failure = expectFailure(check, makeResponse(201, { pk: 1 }), probe, context);
    expect(failure.category).to.equal('method not allowed');
    expect(failure.message).to.equal(
      'POST is not documented for /api/v1/channel/{channel_id}/failed_integrations/{id}/ but answered 201; expected 405 with Allow: GET, PUT, DELETE',
    );
  });

  it('fails a missing Allow header, and one listing too few or too many methods', () => {
    expect(expectFailure(check, makeResponse(405), probe, context).message).to.contain('has no Allow header');
    const failure = expectFailure(check, makeResponse(405, undefined, { allow: 'GET, PATCH' }), probe, context);
    expect(failure.message).to.contain('leaves out documented PUT, DELETE and lists undocumented PATCH');
  });

  it('does not tolerate HEAD where GET is not documented', () => {
    const postOnly = makeOperation({ method: 'post', path: '/api/v1/oms/x/' });
    const headProbe = makeCase(postOnly, { probe: { kind: 'undocumented-method', method: 'DELETE' } });
    const ctx = makeContext({ api: makeApi([postOnly]) });
    expect(expectFailure(check, makeResponse(405, undefined, { allow: 'POST, HEAD' }), headProbe, ctx).message).to.contain('lists undocumented HEAD');
  });

  it('does not apply to HEAD/OPTIONS probes or to ordinary cases', () => {
    const options = makeCase(detail, { probe: { kind: 'undocumented-method', method: 'options' } });
    expect(check.appliesTo(options, detail)).to.equal(false);
    expect(check.appliesTo(makeCase(detail), detail)).to.equal(false);
  });

  it('parses Allow headers leniently', () => {
    expect(parseAllow(' get,,POST ,')).to.deep.equal(['GET', 'POST']);
  });

  it('refuses to judge with another API\'s model rather than guess the methods', () => {
    const other = makeContext({ api: { ...api, name: 'oms' } });
    expect(expectFailure(check, makeResponse(405, undefined, { allow: 'GET' }), probe, other).category).to.equal('check error');
  });
});
