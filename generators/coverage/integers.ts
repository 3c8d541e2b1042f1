/**
 * Integer value classes, judged exactly with BigInt: declared bounds and one past them, exclusive bounds,
 * `multipleOf` hits and misses, zero and negative, the int32 and int64 edges and one past them, 2^53 + 1, 2^64 and
 * beyond, and a decimal where an integer is due. Values outside the safe-integer range are IntegerText, so their
 * digits reach the wire unchanged.
 */
import { IntegerText } from '../../json/integer-text';
import { numberKeyword, type SchemaObject } from '../arbitraries/schema-shape';
import type { ClassValue, Verdict } from './value-class';

const INT32 = { min: -(2n ** 31n), max: 2n ** 31n - 1n };
const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };
/** The huge value of issue 14: 27 digits, far past 2^64, that a float-based JSON parser turns into 8.58e+26. */
const FAR_BEYOND_2_64 = 857754583492260207635459871n;

/** A bigint as the value a case carries: a number while exact, else its digits. */
export function exactInteger(value: bigint): number | IntegerText {
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : new IntegerText(value);
}

/** The value as a bigint when it is a whole number (or IntegerText), else undefined. */
export function asBigInt(value: unknown): bigint | undefined {
  if (value instanceof IntegerText) return value.big;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  return undefined;
}

function bigBound(value: number | undefined): bigint | undefined {
  return value !== undefined && Number.isInteger(value) && Number.isSafeInteger(value) ? BigInt(value) : undefined;
}

/**
 * The exact verdict for a whole number against the schema's numeric keywords and integer formats. A value the
 * schema allows but that lies past int32 on a side where nothing is documented is `edge`: every implementation has
 * a limit there (a database column), and both accepting and refusing it with a 4xx are fair; a 5xx is not.
 */
export function integerVerdict(schema: SchemaObject, value: bigint): Verdict {
  const minimum = numberKeyword(schema, 'minimum');
  const maximum = numberKeyword(schema, 'maximum');
  const exclusiveMinimum = numberKeyword(schema, 'exclusiveMinimum');
  const exclusiveMaximum = numberKeyword(schema, 'exclusiveMaximum');
  const multipleOf = numberKeyword(schema, 'multipleOf');
  const n = Number(value);
  const below = (bound: number, strict: boolean): boolean => {
    const exact = bigBound(bound);
    if (exact !== undefined) return strict ? value <= exact : value < exact;
    return strict ? n <= bound : n < bound;
  };
  const above = (bound: number, strict: boolean): boolean => {
    const exact = bigBound(bound);
    if (exact !== undefined) return strict ? value >= exact : value > exact;
    return strict ? n >= bound : n > bound;
  };
  if (minimum !== undefined && below(minimum, false)) return { expect: 'negative', keyword: 'minimum', reason: `below minimum ${minimum}` };
  if (exclusiveMinimum !== undefined && below(exclusiveMinimum, true)) return { expect: 'negative', keyword: 'exclusiveMinimum', reason: `not above exclusiveMinimum ${exclusiveMinimum}` };
  if (maximum !== undefined && above(maximum, false)) return { expect: 'negative', keyword: 'maximum', reason: `above maximum ${maximum}` };
  if (exclusiveMaximum !== undefined && above(exclusiveMaximum, true)) return { expect: 'negative', keyword: 'exclusiveMaximum', reason: `not below exclusiveMaximum ${exclusiveMaximum}` };
  if (multipleOf !== undefined) {
    const step = bigBound(multipleOf);
    const miss = step !== undefined ? value % step !== 0n : !Number.isInteger(n / multipleOf);
    if (miss) return { expect: 'negative', keyword: 'multipleOf', reason: `not a multiple of ${multipleOf}` };
  }
  for (const [format, range] of [['int32', INT32], ['int64', INT64]] as const) {
    if (schema.format === format && (value < range.min || value > range.max)) return { expect: 'negative', keyword: 'format', reason: `outside format ${format}` };
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((member) => asBigInt(member) === value)) return { expect: 'negative', keyword: 'enum', reason: 'not one of the enum' };
  const boundedAbove = maximum !== undefined || exclusiveMaximum !== undefined || schema.format === 'int32' || schema.format === 'int64';
  const boundedBelow = minimum !== undefined || exclusiveMinimum !== undefined || schema.format === 'int32' || schema.format === 'int64';
  if ((value > INT32.max && !boundedAbove) || (value < INT32.min && !boundedBelow)) {
    return { expect: 'edge', keyword: value > 0n ? 'maximum' : 'minimum', reason: 'past int32 where the document states no bound' };
  }
  if ((value > 2n ** 53n || value < -(2n ** 53n)) && schema.format !== 'int64' && !(maximum !== undefined && value > 0n) && !(minimum !== undefined && value < 0n)) {
    return { expect: 'edge', keyword: value > 0n ? 'maximum' : 'minimum', reason: 'past 2^53 where the document states no bound' };
  }
  return { expect: 'positive', keyword: 'type', reason: 'within every documented bound' };
}

function whole(schema: SchemaObject, name: string, value: bigint): ClassValue {
  return { value: exactInteger(value), class: `integer.${name}`, keyword: 'type', verdict: integerVerdict(schema, value) };
}

/** The integer classes of the schema, each with its exact verdict. */
export function integerClasses(schema: SchemaObject): ClassValue[] {
  const out: ClassValue[] = [];
  const bound = (keyword: string): bigint | undefined => bigBound(numberKeyword(schema, keyword));
  const minimum = bound('minimum');
  const maximum = bound('maximum');
  const exclusiveMinimum = bound('exclusiveMinimum');
  const exclusiveMaximum = bound('exclusiveMaximum');
  const withKeyword = (c: ClassValue, keyword: string): ClassValue => ({ ...c, keyword });
  if (minimum !== undefined) out.push(withKeyword(whole(schema, 'minimum', minimum), 'minimum'), withKeyword(whole(schema, 'minimum+1', minimum + 1n), 'minimum'), withKeyword(whole(schema, 'minimum-1', minimum - 1n), 'minimum'));
  if (maximum !== undefined) out.push(withKeyword(whole(schema, 'maximum', maximum), 'maximum'), withKeyword(whole(schema, 'maximum-1', maximum - 1n), 'maximum'), withKeyword(whole(schema, 'maximum+1', maximum + 1n), 'maximum'));
  if (exclusiveMinimum !== undefined) out.push(withKeyword(whole(schema, 'exclusive-minimum', exclusiveMinimum), 'exclusiveMinimum'), withKeyword(whole(schema, 'exclusive-minimum+1', exclusiveMinimum + 1n), 'exclusiveMinimum'));
  if (exclusiveMaximum !== undefined) out.push(withKeyword(whole(schema, 'exclusive-maximum', exclusiveMaximum), 'exclusiveMaximum'), withKeyword(whole(schema, 'exclusive-maximum-1', exclusiveMaximum - 1n), 'exclusiveMaximum'));
  const step = bound('multipleOf');
  if (step !== undefined && step > 0n) {
    const low = minimum ?? (exclusiveMinimum !== undefined ? exclusiveMinimum + 1n : 0n);
    const hit = ((low + step - 1n) / step) * step;
    const start = hit < low ? hit + step : hit;
    out.push(withKeyword(whole(schema, 'multiple-of', start), 'multipleOf'));
    if (step > 1n) out.push(withKeyword(whole(schema, 'multiple-of-miss', start + 1n), 'multipleOf'));
  }
  out.push(whole(schema, 'zero', 0n), whole(schema, 'negative', -1n));
  const edges: [string, bigint][] = [
    ['int32-max', INT32.max],
    ['int32-max+1', INT32.max + 1n],
    ['int32-min', INT32.min],
    ['int32-min-1', INT32.min - 1n],
    ['2^53+1', 2n ** 53n + 1n],
    ['int64-max', INT64.max],
    ['int64-max+1', INT64.max + 1n],
    ['int64-min', INT64.min],
    ['int64-min-1', INT64.min - 1n],
    ['2^64', 2n ** 64n],
    ['far-beyond-2^64', FAR_BEYOND_2_64],
  ];
  for (const [name, value] of edges) out.push({ ...whole(schema, name, value), keyword: edgeKeyword(schema, value) });
  out.push({ value: 1.5, class: 'integer.decimal', keyword: 'type', verdict: { expect: 'negative', keyword: 'type', reason: 'a decimal where an integer is due' } });
  return out;
}

/** The keyword an edge value tests: the format when one is declared, else the bound on its side. */
function edgeKeyword(schema: SchemaObject, value: bigint): string {
  if (schema.format === 'int32' || schema.format === 'int64') return 'format';
  return value > 0n ? 'maximum' : 'minimum';
}
