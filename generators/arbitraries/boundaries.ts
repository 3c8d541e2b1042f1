/**
 * Boundary values: for a schema, a short, finite, deterministic list of VALID edge values (bounds and just inside
 * them, empty and longest strings and arrays, every enum member, null where nullable, the minimal and the full
 * object, each property at its own edges). Every candidate is checked with AJV before it is returned.
 */
import fc from 'fast-check';
import type { JsonSchema } from '../../model/operation';
import { arrayItemSchemas } from './arrays';
import { canonicalJson } from './canonical-json';
import { flattenTopLevel } from './combinators';
import { nextDown, nextUp } from './float-steps';
import { compileArbitrary } from './index';
import { integerRange } from './numbers';
import { asSchemaObject, generatedTypes, numberKeyword, requiredNames, schemaListKeyword, schemaMapKeyword, type SchemaObject } from './schema-shape';
import { UnsatisfiableSchemaError } from './unsatisfiable';
import { isValid } from './validator';

/** Tuning for how many values come back. */
export interface BoundaryOptions {
  /** Most values for one schema (default 64). */
  limit?: number;
  /** Most edge values tried per property when varying an object one property at a time (default 6). */
  perProperty?: number;
}

const SEED = 20240601;
/** Longest string or array built literally; longer maxima are left to the fuzzer. */
const LITERAL_LENGTH_CAP = 4096;
/** Nesting past which values come from seeded samples: keeps recursive schemas from multiplying the work. */
const MAX_NESTING = 4;

interface Walk {
  root: JsonSchema;
  depth: number;
  limit: number;
  perProperty: number;
}

/** Deterministic valid samples when no literal edge can be named (patterns, formats, deep shapes). */
function seededSamples(schema: JsonSchema, root: JsonSchema, count: number): unknown[] {
  try {
    return fc.sample(compileArbitrary(schema, { maxDepth: 1 }, root), { seed: SEED, numRuns: count });
  } catch (error) {
    if (error instanceof UnsatisfiableSchemaError) return [];
    throw error;
  }
}

/** Keep valid, distinct candidates, in order, up to the limit. */
function keepValid(schema: JsonSchema, root: JsonSchema, candidates: unknown[], limit: number): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const key = canonicalJson(candidate);
    if (seen.has(key) || !isValid(schema, candidate, root)) continue;
    seen.add(key);
    out.push(candidate);
    if (out.length >= limit) break;
  }
  return out;
}


function integerEdges(schema: SchemaObject): number[] {
  const { min, max } = integerRange(schema);
  const step = numberKeyword(schema, 'multipleOf') ?? 1;
  const first = Number.isInteger(step) ? Math.ceil(min / step) * step : min;
  const last = Number.isInteger(step) ? Math.floor(max / step) * step : max;
  return [first, first + step, last - step, last, 0, 1, -1].filter((v) => Number.isSafeInteger(v));
}

function numberEdges(schema: SchemaObject): number[] {
  if (schema.format === 'int32' || schema.format === 'int64') return integerEdges(schema);
  const out: number[] = [];
  const minimum = numberKeyword(schema, 'minimum');
  const maximum = numberKeyword(schema, 'maximum');
  const exclusiveMinimum = numberKeyword(schema, 'exclusiveMinimum');
  const exclusiveMaximum = numberKeyword(schema, 'exclusiveMaximum');
  if (minimum !== undefined) out.push(minimum, nextUp(minimum));
  if (exclusiveMinimum !== undefined) out.push(nextUp(exclusiveMinimum));
  if (maximum !== undefined) out.push(maximum, nextDown(maximum));
  if (exclusiveMaximum !== undefined) out.push(nextDown(exclusiveMaximum));
  const multipleOf = numberKeyword(schema, 'multipleOf');
  if (multipleOf !== undefined) {
    const low = minimum ?? exclusiveMinimum;
    const high = maximum ?? exclusiveMaximum;
    if (low !== undefined) out.push(Math.ceil(low / multipleOf) * multipleOf, (Math.floor(low / multipleOf) + 1) * multipleOf);
    if (high !== undefined) out.push(Math.floor(high / multipleOf) * multipleOf, (Math.ceil(high / multipleOf) - 1) * multipleOf);
    out.push(multipleOf);
  }
  out.push(0, 1.5, -1.5);
  return out;
}

function stringEdges(schema: SchemaObject, walk: Walk): unknown[] {
  const minLength = numberKeyword(schema, 'minLength') ?? 0;
  const maxLength = numberKeyword(schema, 'maxLength');
  if (typeof schema.pattern === 'string' || typeof schema.format === 'string') {
    // Shape-bearing strings: the shortest and longest of a seeded sample, then the rest of it.
    const samples = seededSamples({ ...schema, type: 'string' }, walk.root, 20).filter((v): v is string => typeof v === 'string');
    const byLength = [...samples].sort((a, b) => a.length - b.length);
    const plain = typeof schema.format === 'string' && !(typeof schema.pattern === 'string') ? ['a'.repeat(Math.max(minLength, 1)), ''] : [];
    return [byLength[0], byLength[byLength.length - 1], ...plain, ...samples];
  }
  const out: unknown[] = ['a'.repeat(minLength)];
  if (maxLength !== undefined && maxLength <= LITERAL_LENGTH_CAP) {
    out.push('a'.repeat(maxLength));
    // Astral characters are one code point but two UTF-16 units: the edge where length counting goes wrong.
    out.push('\u{1F600}'.repeat(maxLength));
    if (maxLength > minLength) out.push('a'.repeat(maxLength - 1));
  }
  if (minLength > 0) out.push('a'.repeat(minLength + 1));
  out.push('ü'.repeat(Math.max(minLength, 1)));
  return out;
}

function arrayEdges(schema: SchemaObject, walk: Walk): unknown[] {
  const minItems = numberKeyword(schema, 'minItems') ?? 0;
  const maxItems = numberKeyword(schema, 'maxItems');
  const { prefix, rest } = arrayItemSchemas(schema);
  const out: unknown[] = [];
  const fill = (length: number): unknown[] | undefined => {
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const itemSchema = i < prefix.length ? prefix[i] : rest;
      const options = boundaryValuesWalk(itemSchema, { ...walk, depth: walk.depth + 1, limit: length + 1 });
      // Distinct items where possible, so uniqueItems does not rule the value out.
      const item = options[i % Math.max(options.length, 1)];
      if (item === undefined) return undefined;
      items.push(item);
    }
    return items;
  };
  out.push(fill(minItems));
  if (maxItems !== undefined && maxItems <= LITERAL_LENGTH_CAP) out.push(fill(maxItems));
  out.push(fill(minItems + 1));
  // Lengths the literal fill cannot make valid (uniqueItems over a small domain): ask the generator.
  out.push(...seededSamples({ ...schema, minItems, maxItems: maxItems ?? minItems + 1 }, walk.root, 3));
  return out;
}

function objectEdges(schema: SchemaObject, walk: Walk): unknown[] {
  const properties = schemaMapKeyword(schema, 'properties');
  const required = new Set(requiredNames(schema));
  const representative = (name: string) => representativeWalk(properties[name] ?? true, { ...walk, depth: walk.depth + 1 });
  const minimal: Record<string, unknown> = {};
  const full: Record<string, unknown> = {};
  for (const name of Object.keys(properties)) {
    const value = representative(name);
    if (value === undefined) continue;
    full[name] = value;
    if (required.has(name)) minimal[name] = value;
  }
  for (const name of required) if (!(name in minimal)) minimal[name] = full[name] ?? representativeWalk(true, walk);
  const out: unknown[] = [minimal, { ...minimal, ...full }];
  // One property at a time at each of its edges, the others at their representative values.
  for (const name of Object.keys(properties)) {
    const edges = boundaryValuesWalk(properties[name], { ...walk, depth: walk.depth + 1, limit: walk.perProperty });
    for (const edge of edges) out.push({ ...minimal, ...full, [name]: edge });
  }
  out.push(...seededSamples(schema, walk.root, 2));
  return out;
}

function boundaryValuesWalk(schema: JsonSchema, walk: Walk): unknown[] {
  if (walk.depth > MAX_NESTING) return keepValid(schema, walk.root, seededSamples(schema, walk.root, 2), walk.limit);
  const flat = flattenTopLevel(schema, walk.root);
  const candidates: unknown[] = [];
  if ('const' in flat) candidates.push(flat.const);
  if (Array.isArray(flat.enum)) candidates.push(...flat.enum);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schemaListKeyword(flat, keyword);
    if (!branches) continue;
    const { [keyword]: _branches, ...base } = flat;
    for (const branch of branches) candidates.push(...boundaryValuesWalk({ allOf: [base, branch] }, { ...walk, depth: walk.depth + 1 }));
  }
  if (candidates.length === 0) {
    const types = generatedTypes(flat);
    for (const type of [...types.filter((t) => t !== 'null'), ...types.filter((t) => t === 'null')]) {
      if (type === 'null') candidates.push(null);
      else if (type === 'boolean') candidates.push(true, false);
      else if (type === 'integer') candidates.push(...integerEdges(flat));
      else if (type === 'number') candidates.push(...numberEdges(flat));
      else if (type === 'string') candidates.push(...stringEdges(flat, walk));
      else if (type === 'array') candidates.push(...arrayEdges(flat, walk));
      else candidates.push(...objectEdges(flat, walk));
    }
  }
  const valid = keepValid(schema, walk.root, candidates, walk.limit);
  return valid.length > 0 ? valid : keepValid(schema, walk.root, seededSamples(schema, walk.root, 5), walk.limit);
}

function representativeWalk(schema: JsonSchema, walk: Walk): unknown {
  const object = asSchemaObject(schema);
  const declared = [object.default, ...(Array.isArray(object.examples) ? object.examples : []), object.example];
  const stated = keepValid(schema, walk.root, declared, 1);
  if (stated.length > 0) return stated[0];
  // An ordinary value reads better as "the rest of the case" than an extreme such as -2147483648.
  const ordinary = keepValid(schema, walk.root, [1, 0, 'a'.repeat(Math.max(numberKeyword(object, 'minLength') ?? 1, 1)), true], 1);
  if (ordinary.length > 0) return ordinary[0];
  return boundaryValuesWalk(schema, { ...walk, limit: 1 })[0];
}

/** Valid edge values of `schema`, `$ref`s resolved against `root`; empty only when the schema admits nothing found. */
export function boundaryValues(schema: JsonSchema, root: JsonSchema = schema, options: BoundaryOptions = {}): unknown[] {
  return boundaryValuesWalk(schema, { root, depth: 0, limit: options.limit ?? 64, perProperty: options.perProperty ?? 6 });
}

/** One plain valid value: the schema's default or example when valid, else its first boundary value. */
export function representativeValue(schema: JsonSchema, root: JsonSchema = schema): unknown {
  return representativeWalk(schema, { root, depth: 0, limit: 1, perProperty: 1 });
}
