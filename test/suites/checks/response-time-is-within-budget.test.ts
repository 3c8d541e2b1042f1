import { expect } from 'chai';
import { responseTimeIsWithinBudget as check } from '../../../suites/checks/response-time-is-within-budget';
import { expectFailure, expectPass, makeCase, makeContext, makeResponse } from './fixtures';

describe('check: response time is within budget', () => {
  it('passes anything when no budget is set, and a response within the budget', () => {
    expectPass(check, makeResponse(200, {}, {}, 10_000));
    expectPass(check, makeResponse(200, {}, {}, 500), makeCase(), makeContext({ maxResponseTimeMs: 500 }));
  });

  it('fails a response over the budget, with both numbers', () => {
    const failure = expectFailure(check, makeResponse(200, {}, {}, 1234.6), makeCase(), makeContext({ maxResponseTimeMs: 500 }));
    expect(failure.category).to.equal('response time');
    expect(failure.message).to.contain('took 1235 ms, over the 500 ms budget');
  });
});
