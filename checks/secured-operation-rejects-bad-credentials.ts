/**
 * A secured operation must refuse a request whose credentials are missing, wrong or malformed with 401
 * (or 403 where the operation documents it), and the refusal must have the documented error shape.
 */
import type { AuthProbeKind } from '../model/case';
import type { Operation } from '../model/operation';
import { Category } from './categories';
import { Failure, type Check } from './check';
import { documentedBody, hasParsedJson } from './support/documented-body';
import { describeOperation, documentsExactly } from './support/documented-response';
import { assertErrorShape } from './support/error-shape';
import { showBody } from './support/shorten';

/** True when every documented security alternative asks for something: `security: [{}]` makes auth optional. */
export function requiresCredentials(operation: Operation): boolean {
  return operation.security.length > 0 && operation.security.every((alternative) => alternative.length > 0);
}

/** The check for one kind of bad credentials. */
export function securedOperationRejects(kind: AuthProbeKind): Check {
  return {
    name: `secured operation rejects ${kind} credentials`,
    kind: 'response',
    category: Category.auth,
    severity: 'blocker',
    appliesTo: (testCase, operation) => testCase.auth === kind && requiresCredentials(operation),
    run(_context, response, testCase) {
      const operation = testCase.operation;
      const { status } = response;
      const accepted = status === 401 || (status === 403 && documentsExactly(operation, 403));
      if (!accepted) {
        const expected = documentsExactly(operation, 403) ? '401 or the documented 403' : '401';
        throw new Failure(
          `${describeOperation(operation)} with ${kind} credentials answered ${status}; expected ${expected}; body: ${showBody(response.text)}`,
          Category.auth,
        );
      }
      const body = documentedBody(operation, response);
      if (body && hasParsedJson(response)) assertErrorShape(body, response.json);
    },
  };
}

/** Fails unless a request without credentials is refused. */
export const securedOperationRejectsMissingCredentials = securedOperationRejects('missing');
/** Fails unless a request with a well-formed but unknown key is refused. */
export const securedOperationRejectsWrongCredentials = securedOperationRejects('wrong');
/** Fails unless a request with credentials of the wrong form is refused. */
export const securedOperationRejectsMalformedCredentials = securedOperationRejects('malformed');
