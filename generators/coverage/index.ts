/**
 * The coverage phase's values for one schema: every value class its keywords call for, each placed at a JSON
 * pointer inside a valid base value, with the verdict a server should reach (AJV's, or an exact one for big
 * integers). Deterministic: no randomness anywhere, so a coverage run needs no seed to reproduce.
 */
import { flattenTopLevel } from '../arbitraries/combinators';
import { generatedTypes, schemaKeyword, schemaMapKeyword, type SchemaObject } from '../arbitraries/schema-shape';
import { validationErrors, type ValidatorFlavour } from '../arbitraries/validator';
import { SUMMARY_KEYWORDS } from '../mutations/ajv-error-pointer';
import { escapeToken } from '../../json/pointer';
import { approximateIntegers } from '../../json/integer-text';
import type { JsonSchema } from '../../model/operation';
import { integerClasses } from './integers';
import { booleanClasses, enumClasses, nullClass, numberClasses, wrongTypeClasses } from './scalars';
import { stringClasses } from './strings';
import { arrayClasses, fullObject, objectClasses, type PlacedClass } from './structures';
import type { ClassValue, Verdict } from './value-class';

export type { ClassValue, Expectation, Verdict } from './value-class';
export { showValue } from './value-class';
export { integerVerdict, exactInteger } from './integers';
export { UNKNOWN_PROPERTY } from './structures';

/** A class value placed in the whole value, with the subschema and sub-value its verdict is judged on. */
export interface CoverageValue extends PlacedClass {
  /** The schema at `pointer` and the value there (the rest of `value` is the valid base). */
  at: { schema: JsonSchema; value: unknown };
}

/** How deep into nested objects classes are made (the body itself is depth 0). */
const MAX_DEPTH = 2;

/** Options of coverageValues. */
export interface CoverageValueOptions {
  /** Leave out classes a URL path or header line cannot carry (non-ASCII, control characters). */
  ascii?: boolean;
  /** Add a string holding NUL to the string classes (query values; see strings.ts). */
  nul?: boolean;
}

/** The key a free-form object's values are placed under when its base value names none. */
export const FREE_FORM_KEY = 'conformance_key';

/** Classes that break a stated keyword or the type come first, then the int32/int64/2^64 edges, then the rest. */
const FIRST = /^(integer\.(minimum|maximum|exclusive|multiple)|number\.(minimum|maximum|exclusive|multiple)|string\.(min-length|max-length|pattern|format)|enum\.|array\.|boolean\.(true|false))/;
const SECOND = /^(integer\.decimal|type\.|null\.|boolean\.as-)/;
const THIRD = /^(integer\.(int32-max\+1|int64-max\+1|2\^64|far-beyond-2\^64|2\^53\+1|int32-min-1|int64-min-1)|string\.(very-long|empty))$/;

/** Where a class goes in its target's list: the cap cuts from the end, so the telling classes survive it. */
function priority(className: string): number {
  if (FIRST.test(className)) return 0;
  if (SECOND.test(className)) return 1;
  if (THIRD.test(className)) return 2;
  return 3;
}

/** The classes of one schema at its own level (no nesting), most telling first. */
function ownClasses(schema: SchemaObject, root: JsonSchema, ascii: boolean, nul: boolean): ClassValue[] {
  const out: ClassValue[] = [];
  if (Array.isArray(schema.enum)) out.push(...enumClasses(schema));
  else {
    for (const type of generatedTypes(schema)) {
      if (type === 'integer') out.push(...integerClasses(schema));
      else if (type === 'number') out.push(...numberClasses(schema));
      else if (type === 'string') out.push(...stringClasses(schema, ascii, nul));
      else if (type === 'boolean') out.push(...booleanClasses());
      else if (type === 'array') out.push(...arrayClasses(schema, root));
    }
  }
  out.push(nullClass(schema), ...wrongTypeClasses(schema));
  // Array.prototype.sort is stable: classes of equal priority keep their order.
  return out.sort((a, b) => priority(a.class) - priority(b.class));
}

/** Every class value of `schema` placed in `base` (a valid value of it), nested objects included. */
export function coverageValues(schema: JsonSchema, root: JsonSchema, base: unknown, options: CoverageValueOptions = {}, depth = 0): CoverageValue[] {
  const flat = flattenTopLevel(schema, root);
  const ascii = options.ascii === true;
  const out: CoverageValue[] = ownClasses(flat, root, ascii, options.nul === true).map((c) => ({ ...c, pointer: '', at: { schema, value: c.value } }));
  const isObject = generatedTypes(flat).includes('object') && !Array.isArray(flat.enum);
  if (!isObject || depth >= MAX_DEPTH) return out;
  const full = fullObject(flat, root, base);
  for (const placed of objectClasses(flat, full)) out.push({ ...placed, at: { schema, value: placed.value } });
  for (const [name, property] of Object.entries(schemaMapKeyword(flat, 'properties'))) {
    for (const inner of coverageValues(property, root, full[name], options, depth + 1)) {
      out.push({ ...inner, value: { ...full, [name]: inner.value }, pointer: `/${escapeToken(name)}${inner.pointer}` });
    }
  }
  // A free-form object (`additionalProperties: {schema}`, an `attributes[key]=value` filter): its values are
  // inputs like any property's, so they get the value classes too, under a key of the base value or a made-up one.
  const extra = schemaKeyword(flat, 'additionalProperties');
  if (extra !== undefined && typeof extra === 'object') {
    const declared = schemaMapKeyword(flat, 'properties');
    const key = Object.keys(full).find((name) => !Object.hasOwn(declared, name)) ?? FREE_FORM_KEY;
    for (const inner of coverageValues(extra, root, full[key], options, depth + 1)) {
      out.push({ ...inner, value: { ...full, [key]: inner.value }, pointer: `/${escapeToken(key)}${inner.pointer}` });
    }
  }
  return out;
}

/**
 * The verdict of a placed value: its own exact verdict when it has one, else AJV's on the value at its pointer
 * (`wire` turns it into what the server sees, or undefined when it cannot travel there).
 */
export function judgeValue(placed: CoverageValue, root: JsonSchema, wire?: (value: unknown) => unknown): Verdict | undefined {
  if (placed.verdict) return placed.verdict;
  const seen = wire ? wire(placed.at.value) : approximateIntegers(placed.at.value);
  if (seen === undefined) return undefined;
  const flavour: ValidatorFlavour = wire ? 'coercing' : 'all';
  const errors = validationErrors(placed.at.schema, seen, root, flavour).filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
  if (errors.length === 0) {
    if (placed.edgeWhenValid) return { expect: 'edge', keyword: placed.keyword, reason: placed.edgeWhenValid };
    return { expect: 'positive', keyword: placed.keyword, reason: 'valid' };
  }
  const keyword = errors.find((error) => error.keyword === placed.keyword)?.keyword ?? errors[0].keyword;
  const message = errors.find((error) => error.keyword === keyword)?.message ?? 'invalid';
  return { expect: 'negative', keyword, reason: `${keyword}: ${message}` };
}
