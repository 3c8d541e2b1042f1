/** The error-shape assertion shared by the error-body check and the auth checks. */
import { Category } from '../categories';
import { Failure } from '../check';
import { assertConforms, describeBody, type DocumentedBody } from './documented-body';
import { keysInfo } from './documented-keys';
import { showValue } from './shorten';

/**
 * Throws unless `data` conforms to the documented error schema AND carries at least one key the schema names,
 * or, where the schema describes other keys too (field errors), at least one key at all: `{}` passes a schema
 * of optional properties, yet tells a client nothing about what went wrong.
 */
export function assertErrorShape(body: DocumentedBody, data: unknown): void {
  const where = describeBody(body);
  assertConforms(body, data, Category.errorShape, `error body does not match the documented shape for ${where}`);
  const { names, open } = keysInfo(body.schema);
  if (names.length === 0 && !open) return;
  const listed = names.length > 0 ? `the documented keys ${names.join(', ')}` : 'a key';
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Failure(`error body for ${where} should be an object carrying at least one of ${listed} (got ${showValue(data)})`, Category.errorShape, '');
  }
  const keys = Object.keys(data);
  if (names.some((name) => keys.includes(name)) || (open && keys.length > 0)) return;
  const others = open ? ' nor any other key' : '';
  throw new Failure(`error body for ${where} carries none of ${listed}${others} (got ${showValue(data)})`, Category.errorShape, '');
}
