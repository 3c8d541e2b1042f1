/**
 * Array and object classes: minItems and maxItems and one past each, empty, duplicates where `uniqueItems`; only
 * the required properties, each optional one added, each required one missing, no properties, an unknown one.
 */
import { boundaryValues, representativeValue } from '../arbitraries/boundaries';
import { numberKeyword, requiredNames, schemaKeyword, schemaMapKeyword, type SchemaObject } from '../arbitraries/schema-shape';
import type { JsonSchema } from '../../model/operation';
import { escapeToken } from '../../json/pointer';
import type { ClassValue } from './value-class';

/** Longest array built literally. */
const LITERAL_ITEMS_CAP = 1000;
/** The property name no document defines. */
export const UNKNOWN_PROPERTY = 'conformance_unknown_property';

/** A class value placed somewhere inside the value: `pointer` is where it differs from the base. */
export interface PlacedClass extends ClassValue {
  pointer: string;
}

/** Array classes; items are the item schema's representative value (distinct where possible). */
export function arrayClasses(schema: SchemaObject, root: JsonSchema): ClassValue[] {
  const items = schemaKeyword(schema, 'items') ?? true;
  const item = representativeValue(items, root);
  const minItems = numberKeyword(schema, 'minItems') ?? 0;
  const maxItems = numberKeyword(schema, 'maxItems');
  // Distinct valid items where the item schema has enough of them, so uniqueItems does not decide the verdict.
  const distinct = boundaryValues(items, root, { limit: Math.min(Math.max(maxItems ?? minItems + 1, 1), LITERAL_ITEMS_CAP) });
  const pool = distinct.length > 0 ? distinct : [item];
  const fill = (length: number): unknown[] => Array.from({ length }, (_unused, i) => structuredClone(pool[i % pool.length]));
  const out: ClassValue[] = [{ value: [], class: 'array.empty', keyword: 'minItems' }];
  if (minItems > 0 && minItems <= LITERAL_ITEMS_CAP) {
    out.push({ value: fill(minItems), class: 'array.min-items', keyword: 'minItems' });
    out.push({ value: fill(minItems - 1), class: 'array.min-items-1', keyword: 'minItems' });
  }
  if (maxItems !== undefined && maxItems <= LITERAL_ITEMS_CAP) {
    out.push({ value: fill(maxItems), class: 'array.max-items', keyword: 'maxItems' });
    out.push({ value: fill(maxItems + 1), class: 'array.max-items+1', keyword: 'maxItems' });
  }
  if (schema.uniqueItems === true && item !== undefined) out.push({ value: [item, structuredClone(item)], class: 'array.duplicates', keyword: 'uniqueItems' });
  return out;
}

/** Object classes over a full valid object `full` (every documented property present). */
export function objectClasses(schema: SchemaObject, full: Record<string, unknown>): PlacedClass[] {
  const required = requiredNames(schema);
  const properties = Object.keys(schemaMapKeyword(schema, 'properties'));
  const requiredOnly = Object.fromEntries(Object.entries(full).filter(([name]) => required.includes(name)));
  const out: PlacedClass[] = [{ value: requiredOnly, class: 'object.required-only', keyword: 'required', pointer: '' }];
  for (const name of properties) {
    if (required.includes(name) || !(name in full)) continue;
    out.push({ value: { ...requiredOnly, [name]: full[name] }, class: 'object.optional-added', keyword: 'properties', pointer: `/${escapeToken(name)}` });
  }
  for (const name of required) {
    const { [name]: _missing, ...rest } = full;
    out.push({ value: rest, class: 'object.required-missing', keyword: 'required', pointer: `/${escapeToken(name)}` });
  }
  out.push({ value: {}, class: 'object.no-properties', keyword: 'required', pointer: '' });
  out.push({ value: { ...full, [UNKNOWN_PROPERTY]: 'x' }, class: 'object.unknown-property', keyword: 'additionalProperties', pointer: `/${UNKNOWN_PROPERTY}` });
  return out;
}

/** The object with every documented property present: the given values, the rest at representative values. */
export function fullObject(schema: SchemaObject, root: JsonSchema, given: unknown): Record<string, unknown> {
  const base: Record<string, unknown> = typeof given === 'object' && given !== null && !Array.isArray(given) ? { ...(given as Record<string, unknown>) } : {};
  for (const [name, property] of Object.entries(schemaMapKeyword(schema, 'properties'))) {
    if (name in base) continue;
    const value = representativeValue(property, root);
    if (value !== undefined) base[name] = value;
  }
  return base;
}
