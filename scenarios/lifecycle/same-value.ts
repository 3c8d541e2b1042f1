/**
 * Whether a value the server answers is the value the model expects, read through the field's schema: date-times
 * compare as instants, nested objects may carry extra (server-filled) keys, everything else compares as JSON.
 */
import type { JsonSchema } from '../../model/operation';
import { objectProperties, resolveLocal } from '../../model/schema-shape';
import { canonicalJson } from '../../generators/arbitraries/canonical-json';
import { sameInstant } from './instants';

/** True when the schema (or one of its anyOf/oneOf/allOf members) is a `date-time` string. */
export function admitsDateTime(schema: JsonSchema | undefined, root: JsonSchema | undefined): boolean {
  const resolved = resolveLocal(schema, root);
  if (!resolved) return false;
  if (resolved.format === 'date-time') return true;
  return ['anyOf', 'oneOf', 'allOf'].some((keyword) => Array.isArray(resolved[keyword]) && (resolved[keyword] as JsonSchema[]).some((member) => admitsDateTime(member, root)));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `actual` stands for `expected` under `schema` (`root` resolves its local `$ref`s). */
export function sameValue(schema: JsonSchema | undefined, root: JsonSchema | undefined, expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'string' && typeof actual === 'string') {
    return expected === actual || (admitsDateTime(schema, root) && sameInstant(expected, actual));
  }
  const resolved = resolveLocal(schema, root);
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const items = resolved?.items as JsonSchema | undefined;
    return expected.length === actual.length && expected.every((item, index) => sameValue(items, root, item, actual[index]));
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    // Keys the server adds inside a nested object (read-only parts of it) are not the client's to compare.
    const properties = objectProperties(schema, root);
    return Object.keys(expected).every((key) => Object.hasOwn(actual, key) && sameValue(properties[key], root, expected[key], actual[key]));
  }
  return canonicalJson(expected) === canonicalJson(actual);
}
