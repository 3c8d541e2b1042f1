/**
 * Schema keywords as the coverage map counts them: every validation keyword of a schema, by JSON pointer, and for
 * one value which of them it satisfied (valid hit) and which it broke (invalid hit). AJV (all errors) says which
 * broke; a walk of the schema alongside the value says which were reached, so keywords under an absent property
 * count as not hit at all.
 */
import type { ErrorObject } from 'ajv';
import { validationErrors } from '../../generators/arbitraries/validator';
import type { JsonSchema } from '../../model/operation';

/** Keywords that constrain a value (annotations and applicators are not counted). */
export const VALIDATION_KEYWORDS: readonly string[] = [
  'type', 'enum', 'const', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'pattern', 'format', 'minItems', 'maxItems', 'uniqueItems', 'required',
  'minProperties', 'maxProperties', 'additionalProperties',
];

type SchemaObject = Record<string, unknown>;

/** How deep the walk follows nested schemas and `$ref`s (recursive schemas stop here). */
const MAX_DEPTH = 8;
/** Array items walked per array: enough to reach every keyword of the item schema. */
const ITEMS_WALKED = 5;

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function counted(schema: SchemaObject, keyword: string): boolean {
  if (!(keyword in schema)) return false;
  // additionalProperties constrains only when it forbids; a schema there is walked as an applicator instead.
  return keyword !== 'additionalProperties' || schema.additionalProperties === false;
}

function resolve(root: JsonSchema, ref: string): { schema: SchemaObject; pointer: string } | undefined {
  if (!ref.startsWith('#')) return undefined;
  const pointer = ref.slice(1);
  let node: unknown = root;
  for (const token of pointer.split('/').slice(1)) {
    if (!isObject(node)) return undefined;
    node = node[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return isObject(node) ? { schema: node, pointer } : undefined;
}

function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Visits each schema node with its pointer; `data` follows along when given (undefined = not reached). */
function walk(root: JsonSchema, schema: unknown, pointer: string, depth: number, visit: (node: SchemaObject, pointer: string) => void, seenRefs: readonly string[] = []): void {
  if (!isObject(schema) || depth > MAX_DEPTH) return;
  visit(schema, pointer);
  if (typeof schema.$ref === 'string' && !seenRefs.includes(schema.$ref)) {
    const target = resolve(root, schema.$ref);
    if (target) walk(root, target.schema, target.pointer, depth + 1, visit, [...seenRefs, schema.$ref]);
  }
  if (isObject(schema.properties)) for (const [name, sub] of Object.entries(schema.properties)) walk(root, sub, `${pointer}/properties/${escape(name)}`, depth + 1, visit, seenRefs);
  if (isObject(schema.additionalProperties)) walk(root, schema.additionalProperties, `${pointer}/additionalProperties`, depth + 1, visit, seenRefs);
  if (isObject(schema.items)) walk(root, schema.items, `${pointer}/items`, depth + 1, visit, seenRefs);
  for (const keyword of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const) {
    const members = schema[keyword];
    if (Array.isArray(members)) members.forEach((member, i) => walk(root, member, `${pointer}/${keyword}/${i}`, depth + 1, visit, seenRefs));
  }
}

/** Every counted keyword of the schema as `pointer/keyword` (the pointer into the schema). */
export function keywordInstances(schema: JsonSchema): string[] {
  const out: string[] = [];
  walk(schema, schema, '', 0, (node, pointer) => {
    for (const keyword of VALIDATION_KEYWORDS) if (counted(node, keyword)) out.push(`${pointer}/${keyword}`);
  });
  return [...new Set(out)];
}

/** Keyword instances a value reached and satisfied, and those it broke. */
export interface KeywordHits {
  valid: Set<string>;
  invalid: Set<string>;
}

/** AJV's schemaPath (`#/properties/a/minimum`) as the map's instance key (`/properties/a/minimum`). */
function instanceOf(error: ErrorObject): string {
  return error.schemaPath.replace(/^#/, '');
}

/** The hits of one value against the schema. */
export function keywordHits(schema: JsonSchema, value: unknown): KeywordHits {
  const errors = validationErrors(schema, value, schema, 'all');
  const broken = new Set<string>();
  const invalid = new Set<string>();
  for (const error of errors) {
    const key = instanceOf(error);
    invalid.add(key);
    broken.add(`${error.instancePath}|${key}`);
  }
  const valid = new Set<string>();
  reached(schema, schema, value, '', '', 0, (node, pointer, at) => {
    for (const keyword of VALIDATION_KEYWORDS) {
      if (!counted(node, keyword)) continue;
      const key = `${pointer}/${keyword}`;
      if (!broken.has(`${at}|${key}`)) valid.add(key);
    }
  });
  return { valid, invalid };
}

/** Like walk, but only where the value has data, tracking the value's own pointer. */
function reached(root: JsonSchema, schema: unknown, data: unknown, pointer: string, at: string, depth: number, visit: (node: SchemaObject, pointer: string, at: string) => void, seenRefs: readonly string[] = []): void {
  if (!isObject(schema) || depth > MAX_DEPTH || data === undefined) return;
  visit(schema, pointer, at);
  if (typeof schema.$ref === 'string' && !seenRefs.includes(schema.$ref)) {
    const target = resolve(root, schema.$ref);
    if (target) reached(root, target.schema, data, target.pointer, at, depth + 1, visit, [...seenRefs, schema.$ref]);
  }
  if (isObject(data)) {
    const properties = isObject(schema.properties) ? schema.properties : {};
    for (const [name, item] of Object.entries(data)) {
      if (name in properties) reached(root, properties[name], item, `${pointer}/properties/${escape(name)}`, `${at}/${escape(name)}`, depth + 1, visit, seenRefs);
      else if (isObject(schema.additionalProperties)) reached(root, schema.additionalProperties, item, `${pointer}/additionalProperties`, `${at}/${escape(name)}`, depth + 1, visit, seenRefs);
    }
  }
  if (Array.isArray(data) && isObject(schema.items)) {
    data.slice(0, ITEMS_WALKED).forEach((item, i) => reached(root, schema.items, item, `${pointer}/items`, `${at}/${i}`, depth + 1, visit, seenRefs));
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const members = schema[keyword];
    if (Array.isArray(members)) members.forEach((member, i) => reached(root, member, data, `${pointer}/${keyword}/${i}`, at, depth + 1, visit, seenRefs));
  }
}
