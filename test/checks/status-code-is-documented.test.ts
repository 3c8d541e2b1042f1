import { expect } from 'chai';
import { statusCodeIsDocumented as check } from '../../checks/status-code-is-documented';
import { documented, expectFailure, expectPass, makeCase, makeOperation, makeResponse } from './fixtures';

describe('check: status code is documented', () => {
  it('passes an exactly documented status', () => {
    expectPass(check, makeResponse(404, { detail: 'Not found.' }));
  });

  it('fails an undocumented status, listing the documented ones', () => {
    const failure = expectFailure(check, makeResponse(400, { channel: ['required'] }));
    expect(failure.category).to.equal('undocumented status');
    expect(failure.message).to.contain('status 400 is not documented for GET /api/v1/channel/{channel_id}/failed_integrations/{id}/');
    expect(failure.message).to.contain('(documented: 200, 401, 404, 500)');
    expect(failure.message).to.contain('{"channel":["required"]}');
  });

  it('accepts a status covered by a range, case-insensitively, or by default', () => {
    const ranged = makeCase(makeOperation({ responses: [documented('200'), documented('4xx')] }));
    expectPass(check, makeResponse(418), ranged);
    expectFailure(check, makeResponse(503), ranged);
    const defaulted = makeCase(makeOperation({ responses: [documented('200'), documented('default')] }));
    expectPass(check, makeResponse(503), defaulted);
  });

  it('stands aside for method probes, whose method the responses do not describe', () => {
    const probe = makeCase(makeOperation(), { probe: { kind: 'undocumented-method', method: 'PATCH' } });
    expect(check.appliesTo(probe, probe.operation)).to.equal(false);
  });
});
