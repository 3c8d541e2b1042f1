/** A 4xx/5xx whose body the document describes as JSON must match that schema and carry one of its keys. */
import { notApplicable, type Check } from './check';
import { isOrdinaryCase } from './support/case-kind';
import { documentedBody, hasParsedJson } from './support/documented-body';
import { assertErrorShape } from './support/error-shape';
import { Category } from './categories';

/** Fails when an error body breaks its documented schema or names none of the documented keys. */
export const errorBodyHasDocumentedShape: Check = {
  name: 'error body has the documented error shape',
  kind: 'response',
  category: Category.errorShape,
  severity: 'normal',
  // Auth probes have their own checks, which hold the 401 body to the same shape.
  appliesTo: (testCase) => isOrdinaryCase(testCase),
  run(_context, response, testCase) {
    if (response.status < 400) return notApplicable('not an error answer');
    const body = documentedBody(testCase.operation, response);
    // An empty or unparseable error body is the content-type check's to report.
    if (!body) return notApplicable(`no error schema is documented for a ${response.status} ${response.headers['content-type'] ?? 'body without Content-Type'}`);
    if (!hasParsedJson(response)) return notApplicable('the error body is not JSON');
    assertErrorShape(body, response.json);
  },
};
