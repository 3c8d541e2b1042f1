/**
 * The top-level property names a schema documents, through local `$ref`s and allOf / anyOf / oneOf branches.
 * An error body must carry at least one of them: a permissive schema alone would let `{}` pass as an error.
 */
import type { JsonSchema } from '../../../generators/model/operation';
import { resolvePointer } from './json-pointer';

type SchemaObject = Record<string, unknown>;

const cache = new WeakMap<object, readonly string[]>();

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(schema: unknown, root: SchemaObject, keys: Set<string>, visited: Set<unknown>): void {
  if (!isObject(schema) || visited.has(schema)) return;
  visited.add(schema);
  if (isObject(schema.properties)) for (const key of Object.keys(schema.properties)) keys.add(key);
  const ref = schema.$ref;
  // Only document-local references exist after the loader dereferenced everything but recursion.
  if (typeof ref === 'string' && ref.startsWith('#')) collect(resolvePointer(root, decodeURIComponent(ref.slice(1))), root, keys, visited);
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const branches = schema[keyword];
    if (Array.isArray(branches)) for (const branch of branches) collect(branch, root, keys, visited);
  }
}

/** Property names the schema (or any of its alternatives) documents at the top level, in document order. */
export function documentedKeys(schema: JsonSchema): readonly string[] {
  if (typeof schema === 'boolean') return [];
  let keys = cache.get(schema);
  if (!keys) {
    const found = new Set<string>();
    collect(schema, schema, found, new Set());
    keys = [...found];
    cache.set(schema, keys);
  }
  return keys;
}
