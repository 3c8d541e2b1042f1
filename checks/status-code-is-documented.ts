/** The status must be one the operation documents: exactly, through a range such as `4XX`, or through `default`. */
import { Category } from './categories';
import { Failure, type Check } from './check';
import { answersAsDocumented } from './support/case-kind';
import { describeOperation, documentedResponse, documentedStatuses } from './support/documented-response';
import { showBody } from './support/shorten';

/** Fails when no documented response covers the status. */
export const statusCodeIsDocumented: Check = {
  name: 'status code is documented',
  kind: 'response',
  category: Category.undocumentedStatus,
  severity: 'normal',
  // A method probe is answered for a method the operation does not describe, so its responses say nothing about it.
  appliesTo: (testCase) => answersAsDocumented(testCase),
  run(_context, response, testCase) {
    const operation = testCase.operation;
    if (documentedResponse(operation, response.status)) return;
    throw new Failure(
      `status ${response.status} is not documented for ${describeOperation(operation)} (documented: ${documentedStatuses(operation)}); body: ${showBody(response.text)}`,
      Category.undocumentedStatus,
    );
  },
};
