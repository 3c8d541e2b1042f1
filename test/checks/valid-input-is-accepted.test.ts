import { expect } from 'chai';
import { validInputIsAccepted as check } from '../../checks/valid-input-is-accepted';
import { documented, expectFailure, expectPass, makeCase, makeOperation, makeResponse, validItem, expectNotApplicable } from './fixtures';

describe('check: valid input is accepted', () => {
  it('passes 2xx, and leaves 5xx to the server-error check', () => {
    expectPass(check, makeResponse(200, validItem()));
    expectNotApplicable(check, makeResponse(500));
  });

  it('fails a validation rejection, showing the error body', () => {
    const failure = expectFailure(check, makeResponse(400, { channel: ['This field is required.'] }));
    expect(failure.category).to.equal('valid input rejected');
    expect(failure.message).to.contain('valid input (fuzz case) to GET /api/v1/channel/{channel_id}/failed_integrations/{id}/ was refused with 400 as invalid');
    expect(failure.message).to.contain('{"channel":["This field is required."]}');
    expectFailure(check, makeResponse(422, { detail: 'x' }));
  });

  it('fails 401/403 as an auth failure since the suite sends credentials', () => {
    expect(expectFailure(check, makeResponse(401, { detail: 'Invalid token.' })).category).to.equal('auth');
    expect(expectFailure(check, makeResponse(403, { detail: 'No.' })).category).to.equal('auth');
  });

  it('allows a documented 404 on an operation with path parameters only', () => {
    expectPass(check, makeResponse(404, { detail: 'Not found.' }));
    const list = makeCase(makeOperation({ parameters: [] }));
    expect(expectFailure(check, makeResponse(404, { detail: 'Not found.' }), list).message).to.contain('although it has no path parameters');
    const undocumented = makeCase(makeOperation({ responses: [documented('200')] }));
    expect(expectFailure(check, makeResponse(404), undocumented).message).to.contain('which is not documented');
  });

  it('allows another 4xx only when that exact status is documented', () => {
    const create = makeCase(makeOperation({ method: 'post', responses: [documented('201'), documented('409'), documented('4XX')] }));
    expectPass(check, makeResponse(409, { detail: 'exists' }), create);
    expectFailure(check, makeResponse(429, { detail: 'slow down' }), create);
  });

  it('does not apply to negative cases or auth probes', () => {
    const probe = makeCase(makeOperation(), { auth: 'wrong' });
    expect(check.appliesTo(probe, probe.operation)).to.equal(false);
    const negative = makeCase(makeOperation(), { mode: 'negative' });
    expect(check.appliesTo(negative, negative.operation)).to.equal(false);
  });
});
