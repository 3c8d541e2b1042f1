/**
 * A positive case (values drawn from the documented schemas) must not be refused. 5xx is left to
 * `response is not a server error`; a documented 404 is tolerated where random path ids may simply not exist
 * or a random page may lie past the last one.
 */
import type { Case } from '../model/case';
import type { Operation } from '../model/operation';
import { Category } from './categories';
import { Failure, notApplicable, type Check } from './check';
import { isOrdinaryCase } from './support/case-kind';
import { describeOperation, documentedResponse, documentsExactly } from './support/documented-response';
import { showBody } from './support/shorten';

function hasPathParameters(operation: Operation): boolean {
  return operation.parameters.some((parameter) => parameter.in === 'path');
}

/** True when the case asks for a page number, which may lie past the last page (Django REST Framework answers 404). */
function asksForAPage(testCase: Case): boolean {
  const pageParam = testCase.operation.inferred.pagination?.pageParam;
  return pageParam !== undefined && testCase.query[pageParam] !== undefined;
}

function refused(testCase: Case, status: number, why: string, text: string): string {
  return `valid input (${testCase.phase} case) to ${describeOperation(testCase.operation)} was refused with ${status}${why}; body: ${showBody(text)}`;
}

/** Fails on 400/422, on 401/403 (the suite sends credentials), and on 404s or other 4xx the document does not allow. */
export const validInputIsAccepted: Check = {
  name: 'valid input is accepted',
  kind: 'response',
  category: Category.validInputRejected,
  severity: 'normal',
  appliesTo: (testCase) => testCase.mode === 'positive' && isOrdinaryCase(testCase),
  run(_context, response, testCase) {
    const { status, text } = response;
    const operation = testCase.operation;
    if (status < 400) return;
    // A 5xx says nothing about whether the input was accepted; `response is not a server error` owns it.
    if (status >= 500) return notApplicable(`a ${status} server error (reported by "response is not a server error")`);
    if (status === 401 || status === 403) {
      throw new Failure(refused(testCase, status, ' although the suite sent its credentials', text), Category.auth);
    }
    if (status === 400 || status === 422) {
      throw new Failure(refused(testCase, status, ' as invalid', text), Category.validInputRejected);
    }
    if (status === 404) {
      if ((hasPathParameters(operation) || asksForAPage(testCase)) && documentedResponse(operation, 404)) return;
      const why = hasPathParameters(operation) || asksForAPage(testCase) ? ', which is not documented' : ' although it has no path parameters or page to miss';
      throw new Failure(refused(testCase, status, why, text), Category.validInputRejected);
    }
    // Any other 4xx (409 conflict, 429 throttled, ...) is fine only when the document names that exact status:
    // a `4XX` or `default` catch-all does not say valid input may meet it.
    if (documentsExactly(operation, status)) return;
    throw new Failure(refused(testCase, status, ', which is not documented', text), Category.validInputRejected);
  },
};
