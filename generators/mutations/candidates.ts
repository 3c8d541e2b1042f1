/**
 * Candidate violations: walking a schema and a valid value side by side, every place and keyword where one
 * targeted change should break the value. Candidates are cheap guesses; ./verify decides with AJV which are real.
 */
import type { JsonSchema } from '../../model/operation';
import { arrayItemSchemas } from '../arbitraries/arrays';
import { flattenTopLevel } from '../arbitraries/combinators';
import { nextDown, nextUp } from '../arbitraries/float-steps';
import { acceptsType, declaredTypes, isPlainObject, jsonTypeOf, numberKeyword, requiredNames, schemaListKeyword, schemaMapKeyword, type SchemaObject } from '../arbitraries/schema-shape';
import { codePointLength, patternRegExp } from '../arbitraries/strings';
import { isValid } from '../arbitraries/validator';
import { childPointer } from '../../json/pointer';

/** One proposed change: set (or remove) the value at `pointer`, meant to break `keyword`. */
export interface MutationCandidate {
  keyword: string;
  pointer: string;
  original: unknown;
  /** Undefined together with `remove` when a property is taken away. */
  value: unknown;
  remove?: boolean;
  /** Why the new value is wrong, completing "<where> set to <value>, ...". */
  reason: string;
  /** For type changes: when AJV reports another keyword at the same place (an anyOf of types), name that one. */
  keywordMayDiffer?: boolean;
}

/** Replacement values of each JSON type, for "wrong type" candidates. */
const WRONG_TYPE_VALUES: readonly unknown[] = ['not-a-number', 12345, 1.5, true, { unexpected: 'object' }, ['unexpected', 'array']];
/** Strings that most formats reject. */
const BAD_FORMAT_STRINGS: readonly string[] = ['not a valid value', '2021-13-45T99:99:99Z', '(', '::::', '***', ''];
/** Strings that most patterns reject. */
const PATTERN_BREAKERS: readonly string[] = ['', ' ', '!@#$%^&*', '0', 'a', 'ZZZ', '\u00e9\u00e9'];
const EXTRA_PROPERTY = 'unexpected_property';
/** Arrays and objects can be long; breaking the first few items says all there is to say. */
const ITEMS_WALKED = 3;
const MAX_WALK_DEPTH = 12;

const show = (value: unknown) => JSON.stringify(value);


function typeCandidates(schema: SchemaObject, value: unknown, pointer: string): MutationCandidate[] {
  const declared = declaredTypes(schema);
  if (!declared) return [];
  const out: MutationCandidate[] = [];
  const wrong = WRONG_TYPE_VALUES.filter((candidate) => !acceptsType(schema, jsonTypeOf(candidate)!)).slice(0, 2);
  for (const candidate of wrong) {
    out.push({ keyword: 'type', pointer, original: value, value: candidate, reason: `not of type ${declared.join('|')}`, keywordMayDiffer: true });
  }
  if (!acceptsType(schema, 'null')) {
    out.push({ keyword: 'type', pointer, original: value, value: null, reason: `null where ${declared.join('|')} is not nullable`, keywordMayDiffer: true });
  }
  return out;
}

function enumCandidates(schema: SchemaObject, value: unknown, pointer: string): MutationCandidate[] {
  const out: MutationCandidate[] = [];
  if (Array.isArray(schema.enum)) {
    const members = schema.enum;
    const numbers = members.filter((m): m is number => typeof m === 'number');
    const outsider = typeof value === 'number' && numbers.length > 0 ? Math.max(...numbers) + 1 : typeof value === 'boolean' ? !value : `${String(value)}_not_in_enum`;
    out.push({ keyword: 'enum', pointer, original: value, value: outsider, reason: `not one of ${members.map(String).join('|')}` });
  }
  if ('const' in schema) {
    const other = typeof schema.const === 'number' ? schema.const + 1 : typeof schema.const === 'boolean' ? !schema.const : `${String(schema.const)}_changed`;
    out.push({ keyword: 'const', pointer, original: value, value: other, reason: `not the constant ${show(schema.const)}` });
  }
  return out;
}

function numberCandidates(schema: SchemaObject, value: number, pointer: string): MutationCandidate[] {
  const integral = declaredTypes(schema)?.includes('integer') && !declaredTypes(schema)?.includes('number');
  const below = (bound: number, inclusive: boolean) => (integral ? (inclusive ? Math.ceil(bound) - 1 : Math.floor(bound)) : inclusive ? nextDown(bound) : bound);
  const above = (bound: number, inclusive: boolean) => (integral ? (inclusive ? Math.floor(bound) + 1 : Math.ceil(bound)) : inclusive ? nextUp(bound) : bound);
  const out: MutationCandidate[] = [];
  const bound = (keyword: string, make: (b: number) => number, reason: (b: number) => string) => {
    const limit = numberKeyword(schema, keyword);
    if (limit !== undefined) out.push({ keyword, pointer, original: value, value: make(limit), reason: reason(limit) });
  };
  bound('minimum', (b) => below(b, true), (b) => `below minimum ${b}`);
  bound('exclusiveMinimum', (b) => below(b, false), (b) => `not above exclusiveMinimum ${b}`);
  bound('maximum', (b) => above(b, true), (b) => `above maximum ${b}`);
  bound('exclusiveMaximum', (b) => above(b, false), (b) => `not below exclusiveMaximum ${b}`);
  const multipleOf = numberKeyword(schema, 'multipleOf');
  if (multipleOf !== undefined) {
    const off = integral && multipleOf > 1 ? value + 1 : value + multipleOf / 2;
    out.push({ keyword: 'multipleOf', pointer, original: value, value: off, reason: `not a multiple of ${multipleOf}` });
  }
  if (schema.format === 'int32') out.push({ keyword: 'format', pointer, original: value, value: 2 ** 31, reason: 'outside int32' });
  if (schema.format === 'int64') out.push({ keyword: 'format', pointer, original: value, value: 1.5, reason: 'not an int64' });
  return out;
}

function stringCandidates(schema: SchemaObject, value: string, pointer: string): MutationCandidate[] {
  const out: MutationCandidate[] = [];
  const minLength = numberKeyword(schema, 'minLength');
  const maxLength = numberKeyword(schema, 'maxLength');
  const codePoints = [...value];
  if (minLength !== undefined && minLength > 0) {
    out.push({ keyword: 'minLength', pointer, original: value, value: codePoints.slice(0, minLength - 1).join(''), reason: `shorter than minLength ${minLength}` });
  }
  if (maxLength !== undefined) {
    const longer = value + 'x'.repeat(Math.max(1, maxLength + 1 - codePointLength(value)));
    out.push({ keyword: 'maxLength', pointer, original: value, value: longer, reason: `longer than maxLength ${maxLength}` });
  }
  if (typeof schema.pattern === 'string') {
    const regex = patternRegExp(schema.pattern);
    const breaker = PATTERN_BREAKERS.find((candidate) => !regex.test(candidate));
    if (breaker !== undefined) out.push({ keyword: 'pattern', pointer, original: value, value: breaker, reason: `not matching ${schema.pattern}` });
  }
  if (typeof schema.format === 'string') {
    for (const bad of BAD_FORMAT_STRINGS) {
      if (isValid({ format: schema.format }, bad)) continue;
      out.push({ keyword: 'format', pointer, original: value, value: bad, reason: `not a valid ${schema.format}` });
      break;
    }
  }
  return out;
}

function arrayCandidates(schema: SchemaObject, value: unknown[], pointer: string, filler: unknown): MutationCandidate[] {
  const out: MutationCandidate[] = [];
  const minItems = numberKeyword(schema, 'minItems');
  const maxItems = numberKeyword(schema, 'maxItems');
  if (minItems !== undefined && minItems > 0) {
    out.push({ keyword: 'minItems', pointer, original: value, value: value.slice(0, minItems - 1), reason: `fewer than minItems ${minItems}` });
  }
  const spare = value.length > 0 ? value[value.length - 1] : filler;
  if (maxItems !== undefined && spare !== undefined) {
    const longer = [...value];
    while (longer.length <= maxItems) longer.push(structuredClone(spare));
    out.push({ keyword: 'maxItems', pointer, original: value, value: longer, reason: `more than maxItems ${maxItems}` });
  }
  if (schema.uniqueItems === true && value.length > 0) {
    out.push({ keyword: 'uniqueItems', pointer, original: value, value: [...value, structuredClone(value[0])], reason: 'with a duplicate item' });
  }
  return out;
}

function objectCandidates(schema: SchemaObject, value: Record<string, unknown>, pointer: string): MutationCandidate[] {
  const out: MutationCandidate[] = [];
  for (const name of requiredNames(schema)) {
    if (name in value) out.push({ keyword: 'required', pointer: childPointer(pointer, name), original: value[name], value: undefined, remove: true, reason: 'removed though required' });
  }
  const extraAllowed = schema.additionalProperties !== false;
  if (!extraAllowed && !(EXTRA_PROPERTY in value)) {
    out.push({ keyword: 'additionalProperties', pointer: childPointer(pointer, EXTRA_PROPERTY), original: undefined, value: 'x', reason: 'added where additionalProperties is false' });
  }
  const maxProperties = numberKeyword(schema, 'maxProperties');
  if (maxProperties !== undefined && extraAllowed) {
    const bigger = { ...value };
    for (let i = 0; Object.keys(bigger).length <= maxProperties; i++) bigger[`${EXTRA_PROPERTY}_${i}`] = 'x';
    out.push({ keyword: 'maxProperties', pointer, original: value, value: bigger, reason: `with more than maxProperties ${maxProperties}` });
  }
  const minProperties = numberKeyword(schema, 'minProperties');
  if (minProperties !== undefined && minProperties > 0) {
    const keys = Object.keys(value).slice(0, minProperties - 1);
    out.push({ keyword: 'minProperties', pointer, original: value, value: Object.fromEntries(keys.map((k) => [k, value[k]])), reason: `with fewer than minProperties ${minProperties}` });
  }
  return out;
}

/** The schema a property's value answers to inside `schema`. */
function propertySchema(schema: SchemaObject, name: string): JsonSchema | undefined {
  const properties = schemaMapKeyword(schema, 'properties');
  if (name in properties) return properties[name];
  for (const [pattern, sub] of Object.entries(schemaMapKeyword(schema, 'patternProperties'))) if (patternRegExp(pattern).test(name)) return sub;
  const additional = schema.additionalProperties;
  return typeof additional === 'boolean' || isPlainObject(additional) ? (additional as JsonSchema) : undefined;
}

/**
 * Every candidate violation of `schema` by a change somewhere inside `value` (which should be valid), `$ref`s
 * resolved against `root`. `filler` supplies an item for arrays that are empty but must grow.
 */
export function mutationCandidates(schema: JsonSchema, value: unknown, root: JsonSchema, pointer = '', depth = 0, filler?: (schema: JsonSchema) => unknown): MutationCandidate[] {
  if (depth > MAX_WALK_DEPTH) return [];
  const flat = flattenTopLevel(schema, root);
  const out: MutationCandidate[] = [...typeCandidates(flat, value, pointer), ...enumCandidates(flat, value, pointer)];
  // Inside anyOf/oneOf only the branches the value already satisfies tell what a change would break.
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = schemaListKeyword(flat, keyword) ?? [];
    for (const branch of branches) {
      if (isValid(branch, value, root)) out.push(...mutationCandidates(branch, value, root, pointer, depth + 1, filler));
    }
  }
  if (typeof value === 'number') out.push(...numberCandidates(flat, value, pointer));
  else if (typeof value === 'string') out.push(...stringCandidates(flat, value, pointer));
  else if (Array.isArray(value)) {
    const { prefix, rest } = arrayItemSchemas(flat);
    out.push(...arrayCandidates(flat, value, pointer, filler?.(rest)));
    value.slice(0, ITEMS_WALKED).forEach((item, index) => {
      const itemSchema = index < prefix.length ? prefix[index] : rest;
      out.push(...mutationCandidates(itemSchema, item, root, childPointer(pointer, index), depth + 1, filler));
    });
  } else if (isPlainObject(value)) {
    out.push(...objectCandidates(flat, value, pointer));
    for (const [name, item] of Object.entries(value)) {
      const sub = propertySchema(flat, name);
      if (sub !== undefined) out.push(...mutationCandidates(sub, item, root, childPointer(pointer, name), depth + 1, filler));
    }
  }
  return out;
}
