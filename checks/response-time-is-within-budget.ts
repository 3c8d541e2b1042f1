/** Response time against the run's budget; without a budget (`maxResponseTimeMs` unset) the check is not run at all. */
import { Category } from './categories';
import { Failure, notApplicable, type Check } from './check';
import { describeOperation } from './support/documented-response';

/** Fails when a response took longer than `context.maxResponseTimeMs`. */
export const responseTimeIsWithinBudget: Check = {
  name: 'response time is within budget',
  kind: 'response',
  category: Category.responseTime,
  severity: 'minor',
  appliesTo: () => true,
  idleReason: (context) => (context.maxResponseTimeMs === undefined ? 'no --max-response-time budget was set' : undefined),
  run(context, response, testCase) {
    const budget = context.maxResponseTimeMs;
    if (budget === undefined) return notApplicable('no --max-response-time budget was set');
    if (response.elapsedMs <= budget) return;
    throw new Failure(
      `${describeOperation(testCase.operation)} took ${Math.round(response.elapsedMs)} ms, over the ${budget} ms budget`,
      Category.responseTime,
    );
  },
};
