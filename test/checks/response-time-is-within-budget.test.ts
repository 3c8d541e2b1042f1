import { expect } from 'chai';
import { responseTimeIsWithinBudget as check } from '../../checks/response-time-is-within-budget';
import { expectFailure, expectPass, makeCase, makeContext, makeResponse, expectNotApplicable } from './fixtures';

describe('check: response time is within budget', () => {
  it('judges nothing without a budget (not run at all, and not applicable if asked), and passes a response within one', () => {
    expect(check.idleReason?.(makeContext())).to.equal('no --max-response-time budget was set');
    expect(check.idleReason?.(makeContext({ maxResponseTimeMs: 500 }))).to.equal(undefined);
    expectNotApplicable(check, makeResponse(200, {}, {}, 10_000));
    expectPass(check, makeResponse(200, {}, {}, 500), makeCase(), makeContext({ maxResponseTimeMs: 500 }));
  });

  it('fails a response over the budget, with both numbers', () => {
    const failure = expectFailure(check, makeResponse(200, {}, {}, 1234.6), makeCase(), makeContext({ maxResponseTimeMs: 500 }));
    expect(failure.category).to.equal('response time');
    expect(failure.message).to.contain('took 1235 ms, over the 500 ms budget');
  });
});
