/**
 * The top-level property names a schema documents, through local `$ref`s and allOf / anyOf / oneOf branches,
 * and whether it also documents a shape for other keys (DRF's field errors: `{"<field>": ["message"]}`).
 * An error body must carry at least one documented key: a permissive schema alone would let `{}` pass as an error.
 */
import type { JsonSchema } from '../../model/operation';
import { resolvePointer } from '../../json/pointer';

type SchemaObject = Record<string, unknown>;

/** What a schema documents about an object's top-level keys. */
export interface KeysInfo {
  /** Property names named in `properties`, in document order. */
  names: readonly string[];
  /** True when some branch describes further keys with a real schema (`additionalProperties: {...}`, `patternProperties`). */
  open: boolean;
}

const cache = new WeakMap<object, KeysInfo>();

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `additionalProperties: true` or `{}` allows anything and so describes nothing; a schema with keywords describes. */
function describesOtherKeys(schema: SchemaObject): boolean {
  const additional = schema.additionalProperties;
  const patterns = schema.patternProperties;
  return (isObject(additional) && Object.keys(additional).length > 0) || (isObject(patterns) && Object.keys(patterns).length > 0);
}

function collect(schema: unknown, root: SchemaObject, found: { names: Set<string>; open: boolean }, visited: Set<unknown>): void {
  if (!isObject(schema) || visited.has(schema)) return;
  visited.add(schema);
  if (isObject(schema.properties)) for (const key of Object.keys(schema.properties)) found.names.add(key);
  if (describesOtherKeys(schema)) found.open = true;
  const ref = schema.$ref;
  // Only document-local references exist after the loader dereferenced everything but recursion.
  if (typeof ref === 'string' && ref.startsWith('#')) collect(resolvePointer(root, decodeURIComponent(ref.slice(1))), root, found, visited);
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const branches = schema[keyword];
    if (Array.isArray(branches)) for (const branch of branches) collect(branch, root, found, visited);
  }
}

/** The schema's top-level keys, computed once per schema object. */
export function keysInfo(schema: JsonSchema): KeysInfo {
  if (typeof schema === 'boolean') return { names: [], open: false };
  let info = cache.get(schema);
  if (!info) {
    const found = { names: new Set<string>(), open: false };
    collect(schema, schema, found, new Set());
    info = { names: [...found.names], open: found.open };
    cache.set(schema, info);
  }
  return info;
}

/** Property names the schema (or any of its alternatives) documents at the top level, in document order. */
export function documentedKeys(schema: JsonSchema): readonly string[] {
  return keysInfo(schema).names;
}
