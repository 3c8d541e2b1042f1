/** A 5xx is a server bug whatever the document says: even a documented `500` is not an answer a client can use. */
import { Category } from './categories';
import { Failure, type Check } from './check';
import { describeOperation } from './support/documented-response';
import { showBody } from './support/shorten';

/** Fails on any 5xx status. */
export const responseIsNotAServerError: Check = {
  name: 'response is not a server error',
  kind: 'response',
  category: Category.serverError,
  severity: 'critical',
  appliesTo: () => true,
  run(_context, response, testCase) {
    if (response.status < 500 || response.status > 599) return;
    throw new Failure(
      `server error ${response.status} for ${describeOperation(testCase.operation)}; body: ${showBody(response.text)}`,
      Category.serverError,
    );
  },
};
