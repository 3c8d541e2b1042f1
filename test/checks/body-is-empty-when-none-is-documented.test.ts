import { expect } from 'chai';
import { bodyIsEmptyWhenNoneIsDocumented as check } from '../../checks/body-is-empty-when-none-is-documented';
import { documented, expectFailure, expectPass, makeCase, makeOperation, makeResponse, expectNotApplicable } from './fixtures';

describe('check: body is empty when none is documented', () => {
  const deletion = makeCase(makeOperation({ method: 'delete', responses: [documented('204'), documented('401')] }));

  it('passes an empty or blank body where none is documented', () => {
    expectPass(check, makeResponse(204), deletion);
    expectPass(check, makeResponse(204, '\n', {}), deletion);
  });

  it('fails a body where none is documented, showing it', () => {
    const failure = expectFailure(check, makeResponse(401, { detail: 'Invalid token.' }), deletion);
    expect(failure.category).to.equal('undocumented body');
    expect(failure.message).to.contain('401 of DELETE /api/v1/channel/{channel_id}/failed_integrations/{id}/ is documented without a body');
    expect(failure.message).to.contain('(Content-Type application/json): {"detail":"Invalid token."}');
  });

  it('ignores statuses documented with content', () => {
    expect(expectNotApplicable(check, makeResponse(404, { detail: 'x' }))).to.equal('404 is documented with a body');
  });

  it('leaves a 5xx to "response is not a server error", even one documented without a body', () => {
    const crashing = makeCase(makeOperation({ method: 'delete', responses: [documented('204'), documented('500')] }));
    expect(expectNotApplicable(check, makeResponse(500, { error: 'Server Error (500)' }), crashing)).to.match(/^a 500 server error/);
  });
});
