import { expect } from 'chai';
import { responseIsNotAServerError as check } from '../../checks/response-is-not-a-server-error';
import { expectFailure, expectPass, makeResponse, validItem } from './fixtures';

describe('check: response is not a server error', () => {
  it('passes 2xx and 4xx', () => {
    expectPass(check, makeResponse(200, validItem()));
    expectPass(check, makeResponse(404, { detail: 'Not found.' }));
  });

  it('fails a 5xx even when it is documented, showing status and body', () => {
    const failure = expectFailure(check, makeResponse(500, '<h1>Server Error (500)</h1>', { 'content-type': 'text/html' }));
    expect(failure.category).to.equal('server error');
    expect(failure.message).to.contain('server error 500 for GET /api/v1/channel/{channel_id}/failed_integrations/{id}/');
    expect(failure.message).to.contain('<h1>Server Error (500)</h1>');
  });

  it('fails 599 but not 600', () => {
    expectFailure(check, makeResponse(599));
    expectPass(check, makeResponse(600));
  });
});
