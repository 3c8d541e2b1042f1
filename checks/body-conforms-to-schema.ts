/** A parsed body must validate against the schema documented for its status and media type. */
import { Category } from './categories';
import { notApplicable, type Check } from './check';
import { answersAsDocumented } from './support/case-kind';
import { assertConforms, describeBody, documentedBody, hasParsedJson } from './support/documented-body';

/** Fails with the first problems (JSON pointer, expectation, value found) when the body breaks its schema. */
export const bodyConformsToSchema: Check = {
  name: 'body conforms to the documented schema',
  kind: 'response',
  category: Category.schemaMismatch,
  severity: 'critical',
  // An operation that documents no schema at all (or whose schemas are not judged: a spec defect) has nothing to judge.
  appliesTo: (testCase, operation) => answersAsDocumented(testCase) && operation.responses.some((response) => response.content.some((media) => media.schema !== undefined)),
  run(_context, response, testCase) {
    const body = documentedBody(testCase.operation, response);
    // No documented schema for this exchange, or no JSON to judge: the status and content-type checks own those.
    if (!body) return notApplicable(`no schema is documented for a ${response.status} ${response.headers['content-type'] ?? 'body without Content-Type'}`);
    if (!hasParsedJson(response)) return notApplicable('the body is not JSON');
    assertConforms(body, response.json, Category.schemaMismatch, `body does not conform to the schema for ${describeBody(body)}`);
  },
};
