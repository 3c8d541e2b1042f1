/**
 * A status documented without content must come without a body. Strict on purpose: a body the document does not
 * describe is a body clients cannot rely on, and the fix (document it in an overlay, or stop sending it) is cheap.
 * Kept apart from the content-type check so a run against a known under-documented API can skip just this.
 * A 5xx is left out: it is already a failure of `response is not a server error`, and what a crash answers with
 * (DRF's `{"error": "Server Error (500)"}`, an HTML page) is no contract a client reads.
 */
import { Category } from './categories';
import { Failure, notApplicable, type Check } from './check';
import { answersAsDocumented } from './support/case-kind';
import { describeOperation, documentedResponse } from './support/documented-response';
import { showBody } from './support/shorten';

/** Fails when a status documented with no content answers with a non-blank body. */
export const bodyIsEmptyWhenNoneIsDocumented: Check = {
  name: 'body is empty when none is documented',
  kind: 'response',
  category: Category.undocumentedBody,
  severity: 'minor',
  appliesTo: (testCase) => answersAsDocumented(testCase),
  run(_context, response, testCase) {
    if (response.status >= 500) return notApplicable(`a ${response.status} server error (reported by "response is not a server error")`);
    const documented = documentedResponse(testCase.operation, response.status);
    if (!documented) return notApplicable(`status ${response.status} is not documented`);
    if (documented.content.length > 0) return notApplicable(`${documented.status} is documented with a body`);
    if (response.text.trim() === '') return;
    const contentType = response.headers['content-type'] ?? 'none';
    throw new Failure(
      `${documented.status} of ${describeOperation(testCase.operation)} is documented without a body, but one came (Content-Type ${contentType}): ${showBody(response.text)}`,
      Category.undocumentedBody,
    );
  },
};
