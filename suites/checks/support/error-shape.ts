/** The error-shape assertion shared by the error-body check and the auth checks. */
import { Category } from '../categories';
import { Failure } from '../check';
import { assertConforms, describeBody, type DocumentedBody } from './documented-body';
import { documentedKeys } from './documented-keys';
import { showValue } from './shorten';

/**
 * Throws unless `data` conforms to the documented error schema AND carries at least one key the schema names:
 * `{}` passes a schema of optional properties, yet tells a client nothing about what went wrong.
 */
export function assertErrorShape(body: DocumentedBody, data: unknown): void {
  assertConforms(body, data, Category.errorShape, `error body does not match the documented shape for ${describeBody(body)}`);
  const keys = documentedKeys(body.schema);
  if (keys.length === 0) return;
  const listed = keys.join(', ');
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Failure(`error body for ${describeBody(body)} should be an object carrying at least one of the documented keys ${listed} (got ${showValue(data)})`, Category.errorShape, '');
  }
  if (keys.some((key) => Object.prototype.hasOwnProperty.call(data, key))) return;
  throw new Failure(`error body for ${describeBody(body)} carries none of the documented keys ${listed} (got ${showValue(data)})`, Category.errorShape, '');
}
