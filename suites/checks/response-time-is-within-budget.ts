/** Response time against the run's budget; without a budget (`maxResponseTimeMs` unset) every response passes. */
import { Category } from './categories';
import { Failure, type Check } from './check';
import { describeOperation } from './support/documented-response';

/** Fails when a response took longer than `context.maxResponseTimeMs`. */
export const responseTimeIsWithinBudget: Check = {
  name: 'response time is within budget',
  severity: 'minor',
  appliesTo: () => true,
  run(context, response, testCase) {
    const budget = context.maxResponseTimeMs;
    if (budget === undefined || response.elapsedMs <= budget) return;
    throw new Failure(
      `${describeOperation(testCase.operation)} took ${Math.round(response.elapsedMs)} ms, over the ${budget} ms budget`,
      Category.responseTime,
    );
  },
};
