/**
 * A documented body must come with one of the documented media types and, when that type is JSON, must parse.
 * An undocumented status is left to `status code is documented`, and a status documented without content to
 * `body is empty when none is documented`, so that one fault is reported once.
 */
import { Category } from './categories';
import { Failure, notApplicable, type Check } from './check';
import { answersAsDocumented } from './support/case-kind';
import { describeOperation, documentedResponse } from './support/documented-response';
import { essence, isJsonMediaType, matchingMediaType } from './support/media-type';
import { showBody } from './support/shorten';

/** Fails on a missing or undocumented Content-Type, an empty documented body, or JSON that does not parse. */
export const contentTypeIsDocumented: Check = {
  name: 'content type is documented and the body parses',
  kind: 'response',
  category: Category.contentType,
  severity: 'normal',
  // HEAD answers never carry a body, so there is nothing to match against the documented content.
  appliesTo: (testCase, operation) => answersAsDocumented(testCase) && operation.method !== 'head',
  run(_context, response, testCase) {
    const documented = documentedResponse(testCase.operation, response.status);
    if (!documented) return notApplicable(`status ${response.status} is not documented`);
    if (documented.content.length === 0) return notApplicable(`${documented.status} is documented without a body`);
    // Only a failure's message reads these; worked out then, not for every passing response.
    const where = (): string => `${documented.status} of ${describeOperation(testCase.operation)}`;
    const listed = (): string => documented.content.map((media) => media.mediaType).join(', ');
    if (response.text.trim() === '' && !response.truncated) {
      throw new Failure(`expected a ${listed()} body for ${where()}, got an empty body`, Category.contentType);
    }
    const contentType = response.headers['content-type'];
    if (!contentType) {
      throw new Failure(`the response carries a body but no Content-Type header; documented for ${where()}: ${listed()}`, Category.contentType);
    }
    if (!matchingMediaType(documented.content, contentType)) {
      throw new Failure(`Content-Type ${contentType} is not documented for ${where()} (documented: ${listed()})`, Category.contentType);
    }
    // A truncated body cannot parse whatever the server sent, so only a complete one is held to it.
    if (isJsonMediaType(contentType) && response.json === undefined && !response.truncated) {
      throw new Failure(
        `body is declared as ${essence(contentType)} but does not parse as JSON: ${response.parseError ?? 'unparseable'} (got ${showBody(response.text, 120)})`,
        Category.contentType,
      );
    }
  },
};
