/**
 * Which JSON Schema / OpenAPI keywords hold subschemas. The converter and the cycle finder both walk exactly these,
 * so a keyword added here is followed everywhere at once.
 */

/** Keywords whose value is a map of name -> subschema. */
export const SCHEMA_MAP_KEYWORDS: ReadonlySet<string> = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
]);

/** Keywords whose value is an array of subschemas (`items` too when written in the tuple form). */
export const SCHEMA_ARRAY_KEYWORDS: ReadonlySet<string> = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/** Keywords whose value is a single subschema (or a boolean schema). */
export const SCHEMA_VALUE_KEYWORDS: ReadonlySet<string> = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'contentSchema',
]);

/** A schema node as an object (booleans and malformed values are not). */
export function isSchemaObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every direct subschema of a node, in keyword order; used by the cycle finder. */
export function childSchemas(node: Record<string, unknown>): unknown[] {
  const children: unknown[] = [];
  for (const [keyword, value] of Object.entries(node)) {
    if (SCHEMA_MAP_KEYWORDS.has(keyword) && isSchemaObject(value)) children.push(...Object.values(value));
    else if ((SCHEMA_ARRAY_KEYWORDS.has(keyword) || keyword === 'items') && Array.isArray(value)) children.push(...value);
    else if (SCHEMA_VALUE_KEYWORDS.has(keyword)) children.push(value);
  }
  return children;
}
