import { expect } from 'chai';
import {
  requiresCredentials,
  securedOperationRejectsMalformedCredentials,
  securedOperationRejectsMissingCredentials as missing,
  securedOperationRejectsWrongCredentials as wrong,
} from '../../checks/secured-operation-rejects-bad-credentials';
import { documented, expectFailure, expectPass, json, makeCase, makeOperation, makeResponse, unauthorizedSchema } from './fixtures';

describe('checks: secured operation rejects missing / wrong / malformed credentials', () => {
  const probe = (kind: 'missing' | 'wrong' | 'malformed') => makeCase(makeOperation(), { auth: kind });

  it('passes a 401 with the documented shape', () => {
    expectPass(missing, makeResponse(401, { detail: 'Authentication credentials were not provided.' }), probe('missing'));
    expectPass(securedOperationRejectsMalformedCredentials, makeResponse(401, { detail: 'Invalid token header.' }), probe('malformed'));
  });

  it('fails a 2xx, naming the kind of credentials and the expectation', () => {
    const failure = expectFailure(wrong, makeResponse(200, { pk: 1 }), probe('wrong'));
    expect(failure.category).to.equal('auth');
    expect(failure.message).to.contain('GET /api/v1/channel/{channel_id}/failed_integrations/{id}/ with wrong credentials answered 200; expected 401');
  });

  it('accepts 403 only where the operation documents it', () => {
    expectFailure(missing, makeResponse(403, { detail: 'x' }), probe('missing'));
    const with403 = makeCase(makeOperation({ responses: [documented('200'), documented('401', [json(unauthorizedSchema())]), documented('403')] }), { auth: 'missing' });
    expectPass(missing, makeResponse(403, { detail: 'x' }), with403);
    expect(expectFailure(missing, makeResponse(404), with403).message).to.contain('expected 401 or the documented 403');
  });

  it('fails a 401 whose body lacks the documented shape', () => {
    const failure = expectFailure(missing, makeResponse(401, { message: 'no' }), probe('missing'));
    expect(failure.category).to.equal('error shape');
    expect(failure.message).to.contain('carries none of the documented keys detail, code');
  });

  it('applies to its own kind of probe on secured operations only', () => {
    expect(wrong.appliesTo(probe('missing'), probe('missing').operation)).to.equal(false);
    const optional = makeCase(makeOperation({ security: [[{ key: 'Token', type: 'apiKey' }], []] }), { auth: 'missing' });
    expect(requiresCredentials(optional.operation)).to.equal(false);
    expect(missing.appliesTo(optional, optional.operation)).to.equal(false);
    const open = makeCase(makeOperation({ security: [] }), { auth: 'missing' });
    expect(missing.appliesTo(open, open.operation)).to.equal(false);
  });
});
