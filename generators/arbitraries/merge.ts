/**
 * `allOf` as one schema: keywords of two schemas combined into one that admits their common values. Where a pair of
 * keywords has no single-keyword equivalent (two patterns, two formats), the first is kept and the merge is marked
 * inexact: the caller then filters generated values with the original schema.
 */
import type { JsonSchema } from '../../model/operation';
import { canonicalJson } from './canonical-json';
import { ANNOTATION_KEYWORDS, asSchemaObject, declaredTypes, type JsonType, type SchemaObject } from './schema-shape';
import { UnsatisfiableSchemaError } from './unsatisfiable';

/** The merged schema and whether it means exactly the conjunction. */
export interface MergeResult {
  schema: SchemaObject;
  exact: boolean;
}

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];
/** Words that describe but do not constrain: the first schema's are kept, no conflict possible. */
const ANNOTATIONS = ANNOTATION_KEYWORDS;

function intersectTypes(a: JsonType[], b: JsonType[]): JsonType[] {
  const out = new Set<JsonType>();
  for (const t of a) {
    if (b.includes(t)) out.add(t);
    else if (t === 'integer' && b.includes('number')) out.add('integer');
    else if (t === 'number' && b.includes('integer')) out.add('integer');
  }
  return [...out];
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Merge two schemas into one; `$ref`s must already be resolved by the caller. */
export function mergeTwo(left: JsonSchema, right: JsonSchema): MergeResult {
  const a = asSchemaObject(left);
  const b = asSchemaObject(right);
  const out: SchemaObject = { ...a };
  let exact = true;
  for (const [keyword, value] of Object.entries(b)) {
    if (!(keyword in out)) {
      out[keyword] = value;
      continue;
    }
    const current = out[keyword];
    if (ANNOTATIONS.has(keyword) || canonicalJson(current) === canonicalJson(value)) continue;
    if (keyword === 'type') {
      const types = intersectTypes(declaredTypes(a) ?? [], declaredTypes(b) ?? []);
      if (types.length === 0) throw new UnsatisfiableSchemaError(`allOf types ${JSON.stringify(current)} and ${JSON.stringify(value)} share nothing`);
      out.type = types.length === 1 ? types[0] : types;
    } else if (LOWER_BOUNDS.includes(keyword) && typeof current === 'number' && typeof value === 'number') {
      out[keyword] = Math.max(current, value);
    } else if (UPPER_BOUNDS.includes(keyword) && typeof current === 'number' && typeof value === 'number') {
      out[keyword] = Math.min(current, value);
    } else if (keyword === 'required' && Array.isArray(current) && Array.isArray(value)) {
      out.required = [...new Set([...current, ...value])];
    } else if (keyword === 'uniqueItems') {
      out.uniqueItems = current === true || value === true;
    } else if (keyword === 'enum' && Array.isArray(current) && Array.isArray(value)) {
      const keep = new Set(value.map(canonicalJson));
      out.enum = current.filter((item) => keep.has(canonicalJson(item)));
      if ((out.enum as unknown[]).length === 0) throw new UnsatisfiableSchemaError('allOf enums share no value');
    } else if (keyword === 'const') {
      throw new UnsatisfiableSchemaError(`allOf consts ${JSON.stringify(current)} and ${JSON.stringify(value)} differ`);
    } else if ((keyword === 'properties' || keyword === 'patternProperties' || keyword === '$defs') && typeof current === 'object' && typeof value === 'object') {
      out[keyword] = mergeSchemaMaps(current as Record<string, JsonSchema>, value as Record<string, JsonSchema>);
    } else if (keyword === 'items' && !Array.isArray(current) && !Array.isArray(value)) {
      out.items = { allOf: [current, value] };
    } else if (keyword === 'propertyNames' || keyword === 'contains' || keyword === 'additionalProperties') {
      // Inside one object these conjoin cleanly; additionalProperties only when both list the same properties.
      out[keyword] = { allOf: [current, value] };
      if (keyword === 'additionalProperties' && canonicalJson(Object.keys(a.properties ?? {}).sort()) !== canonicalJson(Object.keys(b.properties ?? {}).sort())) exact = false;
    } else if (keyword === 'not') {
      out.not = { anyOf: [current, value] };
    } else if (keyword === 'multipleOf' && typeof current === 'number' && typeof value === 'number' && Number.isInteger(current) && Number.isInteger(value)) {
      out.multipleOf = (current * value) / gcd(current, value);
    } else {
      // No one-keyword form (two patterns, formats, oneOfs...): keep the first, let the caller filter.
      exact = false;
    }
  }
  // additionalProperties of one member also judges the properties the other member declares.
  if (('additionalProperties' in a) !== ('additionalProperties' in b) && (out.additionalProperties !== undefined)) exact = false;
  return { schema: out, exact };
}

function mergeSchemaMaps(left: Record<string, JsonSchema>, right: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = { ...left };
  for (const [name, schema] of Object.entries(right)) {
    out[name] = name in out ? { allOf: [out[name], schema] } : schema;
  }
  return out;
}

/** Merge a list of (already `$ref`-resolved) schemas. */
export function mergeAll(schemas: JsonSchema[]): MergeResult {
  let result: MergeResult = { schema: {}, exact: true };
  for (const schema of schemas) {
    const next = mergeTwo(result.schema, schema);
    result = { schema: next.schema, exact: result.exact && next.exact };
  }
  return result;
}
