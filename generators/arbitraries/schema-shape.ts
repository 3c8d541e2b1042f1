/**
 * Reading JSON Schema keywords with types: the compiler, boundaries and mutations all ask the same questions
 * ("which types may this be?", "is this keyword a schema?"), so they ask them here.
 */
import type { JsonSchema } from '../../model/operation';

/** A JSON Schema in object form (boolean schemas are handled before anything reads keywords). */
export type SchemaObject = { [keyword: string]: unknown };

/** The seven JSON Schema instance types. */
export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

/** Every JSON type, in the order the compiler prefers when a schema leaves the type open. */
export const ALL_TYPES: readonly JsonType[] = ['object', 'array', 'string', 'integer', 'number', 'boolean', 'null'];

const OBJECT_KEYWORDS = ['properties', 'required', 'additionalProperties', 'patternProperties', 'minProperties', 'maxProperties', 'propertyNames', 'dependentRequired', 'dependentSchemas'];
const ARRAY_KEYWORDS = ['items', 'prefixItems', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'];
const STRING_KEYWORDS = ['minLength', 'maxLength', 'pattern', 'format'];
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];

/** True when `value` is a plain (non-array) object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema in object form: `true` becomes `{}`, `false` becomes `{ not: {} }`. */
export function asSchemaObject(schema: JsonSchema): SchemaObject {
  if (schema === true) return {};
  if (schema === false) return { not: {} };
  return schema;
}

/** A numeric keyword's value, or undefined when absent or not a finite number. */
export function numberKeyword(schema: SchemaObject, keyword: string): number | undefined {
  const value = schema[keyword];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A keyword holding a subschema, or undefined. */
export function schemaKeyword(schema: SchemaObject, keyword: string): JsonSchema | undefined {
  const value = schema[keyword];
  return typeof value === 'boolean' || isPlainObject(value) ? (value as JsonSchema) : undefined;
}

/** A keyword holding a list of subschemas (allOf, anyOf, oneOf, prefixItems), or undefined. */
export function schemaListKeyword(schema: SchemaObject, keyword: string): JsonSchema[] | undefined {
  const value = schema[keyword];
  return Array.isArray(value) ? (value as JsonSchema[]) : undefined;
}

/** A keyword holding a map of subschemas (properties, patternProperties, $defs), or an empty map. */
export function schemaMapKeyword(schema: SchemaObject, keyword: string): Record<string, JsonSchema> {
  const value = schema[keyword];
  return isPlainObject(value) ? (value as Record<string, JsonSchema>) : {};
}

/** The `required` list (ignoring non-strings). */
export function requiredNames(schema: SchemaObject): string[] {
  const value = schema.required;
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];
}

/** The types the schema states with `type` (string or array form), or undefined when it states none. */
export function declaredTypes(schema: SchemaObject): JsonType[] | undefined {
  const type = schema.type;
  if (typeof type === 'string') return [type as JsonType];
  if (Array.isArray(type)) return type.filter((t): t is JsonType => typeof t === 'string') as JsonType[];
  return undefined;
}

/**
 * The types worth generating: the declared ones, or, when none are declared, the types whose keywords appear
 * (a schema with only `properties` is meant as an object even though JSON Schema would accept a string).
 */
export function generatedTypes(schema: SchemaObject): JsonType[] {
  const declared = declaredTypes(schema);
  if (declared) {
    // `integer` is a subset of `number`; generating both would only skew the mix.
    return declared.includes('number') ? declared.filter((t) => t !== 'integer') : declared;
  }
  const has = (keywords: string[]) => keywords.some((k) => k in schema);
  const inferred: JsonType[] = [];
  if (has(OBJECT_KEYWORDS)) inferred.push('object');
  if (has(ARRAY_KEYWORDS)) inferred.push('array');
  if (has(STRING_KEYWORDS)) inferred.push('string');
  if (has(NUMBER_KEYWORDS)) inferred.push('number');
  return inferred.length > 0 ? inferred : [...ALL_TYPES];
}

/** The JSON type of a value as JSON Schema sees it (`integer` for whole numbers). */
export function jsonTypeOf(value: unknown): JsonType | undefined {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'string':
      return 'string';
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'number';
    case 'object':
      return 'object';
    default:
      return undefined;
  }
}

/** True when the schema's declared types accept `type` (an integer is also a number). */
export function acceptsType(schema: SchemaObject, type: JsonType): boolean {
  const declared = declaredTypes(schema);
  if (!declared) return true;
  return declared.includes(type) || (type === 'integer' && declared.includes('number'));
}

/** Keywords that describe a value without constraining it. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  'title', 'description', 'default', 'example', 'examples', 'deprecated', '$comment', 'readOnly', 'writeOnly',
  'nullable', 'xml', 'externalDocs', 'discriminator', '$id', '$schema', '$anchor', 'contentMediaType', 'contentEncoding',
]);
