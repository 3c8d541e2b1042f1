/** A negative case (one targeted schema violation) must be refused with a documented 4xx. */
import type { Case } from '../model/case';
import { Category } from './categories';
import { Failure, type Check } from './check';
import { isOrdinaryCase } from './support/case-kind';
import { describeOperation, documentedResponse, documentedStatuses } from './support/documented-response';
import { showPointer } from '../json/pointer';
import { showBody } from './support/shorten';

/** The mutation in words: its own sentence, then keyword and place, so a reader can reproduce it by hand. */
export function describeMutation(testCase: Case): string {
  const mutation = testCase.mutation;
  if (!mutation) return 'a negative case with no recorded mutation';
  return `${mutation.description} (${mutation.keyword} broken at ${mutation.location} ${showPointer(mutation.pointer)})`;
}

/** Fails when invalid input is accepted (2xx/3xx), crashes the server (5xx), or meets an undocumented 4xx. */
export const invalidInputIsRejected: Check = {
  name: 'invalid input is rejected',
  kind: 'response',
  category: Category.invalidInputAccepted,
  severity: 'critical',
  appliesTo: (testCase) => testCase.mode === 'negative' && isOrdinaryCase(testCase),
  run(_context, response, testCase) {
    const { status } = response;
    const operation = testCase.operation;
    if (status < 400) {
      throw new Failure(
        `invalid input was not rejected: ${describeOperation(operation)} answered ${status} to ${describeMutation(testCase)}; expected a documented 4xx`,
        Category.invalidInputAccepted,
      );
    }
    if (status >= 500) {
      throw new Failure(
        `invalid input made ${describeOperation(operation)} fail with ${status} instead of a 4xx: ${describeMutation(testCase)}; body: ${showBody(response.text)}`,
        Category.serverError,
      );
    }
    if (!documentedResponse(operation, status)) {
      throw new Failure(
        `invalid input was rejected with ${status}, which ${describeOperation(operation)} does not document (documented: ${documentedStatuses(operation)}): ${describeMutation(testCase)}`,
        Category.undocumentedStatus,
      );
    }
  },
};
