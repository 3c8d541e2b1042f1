/**
 * The two values a lenient server may have used instead of an invalid one, both harmless to a client:
 *
 * - clamped: a number beyond a declared `maximum`/`minimum` of an optional query parameter, cut to that bound
 *   (DRF's `max_page_size` cutoff: `limit=101` serves at most the documented 100 rows);
 * - coerced: a body value of the wrong type read as its canonical form in the schema's type (DRF's `BooleanField`
 *   stores `1` as `true`, `IntegerField` stores `"5"` as 5), when that form is itself valid.
 *
 * Anything else (a value kept as sent, a coercion that is not canonical, a result the schema refuses) is not one of
 * these and stays a failure.
 */
import { isDeepStrictEqual } from 'node:util';
import { flattenTopLevel } from '../generators/arbitraries/combinators';
import { generatedTypes, numberKeyword, schemaKeyword, schemaMapKeyword } from '../generators/arbitraries/schema-shape';
import { isValid } from '../generators/arbitraries/validator';
import { IntegerText } from '../json/integer-text';
import { pointerTokens } from '../json/pointer';
import type { JsonSchema } from '../model/operation';

/** The value as a number when it is one on the wire (a number, exact big digits, or numeric text). */
function numeric(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof IntegerText) return Number(value.big);
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** The declared bound a numeric value lies beyond (the nearest valid value), else undefined. */
export function clampedValue(schema: JsonSchema, value: unknown): number | undefined {
  const n = numeric(value);
  if (n === undefined || typeof schema !== 'object') return undefined;
  const flat = flattenTopLevel(schema, schema);
  const maximum = numberKeyword(flat, 'maximum');
  const minimum = numberKeyword(flat, 'minimum');
  if (maximum !== undefined && n > maximum) return maximum;
  if (minimum !== undefined && n < minimum) return minimum;
  return undefined;
}

/** The schema at a JSON pointer inside a value of `schema` (properties, items, additionalProperties), if any. */
export function schemaAt(schema: JsonSchema, root: JsonSchema, pointer: string): JsonSchema | undefined {
  let at: JsonSchema | undefined = schema;
  for (const token of pointerTokens(pointer)) {
    if (at === undefined) return undefined;
    const flat = flattenTopLevel(at, root);
    const properties = schemaMapKeyword(flat, 'properties');
    at = Object.hasOwn(properties, token) ? properties[token] : /^\d+$/.test(token) && schemaKeyword(flat, 'items') ? schemaKeyword(flat, 'items') : schemaKeyword(flat, 'additionalProperties');
  }
  return at;
}

/** The canonical readings of a wrong-type value in each type: 1/0 and "true"/"false" as booleans, numeric text as a number. */
function canonicalForms(value: unknown): Map<string, unknown> {
  const forms = new Map<string, unknown>();
  if (value === 1 || value === 0) forms.set('boolean', value === 1);
  if (value === 'true' || value === 'false') forms.set('boolean', value === 'true');
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) {
    const n = Number(value);
    if (Number.isSafeInteger(n) || !Number.isInteger(n)) {
      forms.set('number', n);
      if (Number.isInteger(n)) forms.set('integer', n);
    }
  }
  return forms;
}

/**
 * True when `stored` is the canonical coercion of the invalid `sent` into a type the schema at that place declares,
 * and the schema accepts it: the server read the value as the client meant it.
 */
export function isCanonicalCoercion(schema: JsonSchema | undefined, root: JsonSchema, sent: unknown, stored: unknown): boolean {
  if (schema === undefined || isDeepStrictEqual(sent, stored)) return false;
  const forms = canonicalForms(sent);
  const types = generatedTypes(flattenTopLevel(schema, root));
  return types.some((type) => forms.has(type) && isDeepStrictEqual(forms.get(type), stored)) && isValid(schema, stored, root);
}
