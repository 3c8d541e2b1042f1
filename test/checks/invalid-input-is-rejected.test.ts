import { expect } from 'chai';
import { invalidInputIsRejected as check } from '../../checks/invalid-input-is-rejected';
import { documented, expectFailure, expectPass, makeCase, makeNegativeCase, makeOperation, makeResponse } from './fixtures';

describe('check: invalid input is rejected', () => {
  const withBadRequest = makeOperation({ method: 'post', responses: [documented('201'), documented('400'), documented('401')] });

  it('passes a documented 4xx rejection', () => {
    expectPass(check, makeResponse(400, { reason_type: ['"x" is not a valid choice.'] }), makeNegativeCase(withBadRequest));
  });

  it('fails a 2xx, saying which mutation was accepted', () => {
    const failure = expectFailure(check, makeResponse(201, { pk: 1 }), makeNegativeCase(withBadRequest));
    expect(failure.category).to.equal('invalid input accepted');
    expect(failure.message).to.contain('answered 201 to reason_type set to \'x\', not one of mapping|remote|channel_app (enum broken at body /reason_type)');
  });

  it('fails a 5xx as a server error, and an undocumented 4xx', () => {
    expect(expectFailure(check, makeResponse(500, 'boom'), makeNegativeCase(withBadRequest)).category).to.equal('server error');
    const undocumented = expectFailure(check, makeResponse(422, { detail: 'x' }), makeNegativeCase(withBadRequest));
    expect(undocumented.category).to.equal('undocumented status');
    expect(undocumented.message).to.contain('rejected with 422, which POST');
    expect(undocumented.message).to.contain('(documented: 201, 400, 401)');
  });

  it('applies to negative cases only, and not to probes', () => {
    const positive = makeCase(withBadRequest);
    expect(check.appliesTo(positive, positive.operation)).to.equal(false);
    const probe = { ...makeNegativeCase(withBadRequest), auth: 'missing' as const };
    expect(check.appliesTo(probe, probe.operation)).to.equal(false);
  });
});
