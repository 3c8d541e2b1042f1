/** Integers and numbers: inclusive and exclusive bounds, `multipleOf`, and the OpenAPI numeric formats. */
import fc from 'fast-check';
import { numberKeyword, type SchemaObject } from './schema-shape';
import { UnsatisfiableSchemaError } from './unsatisfiable';
import { isValid } from './validator';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Inclusive integer range a schema allows, with open ends closed at int32 (or safe integers for int64). */
export function integerRange(schema: SchemaObject): { min: number; max: number } {
  const wide = schema.format === 'int64';
  const defaultMin = wide ? Number.MIN_SAFE_INTEGER : INT32_MIN;
  const defaultMax = wide ? Number.MAX_SAFE_INTEGER : INT32_MAX;
  const lower = [numberKeyword(schema, 'minimum'), numberKeyword(schema, 'exclusiveMinimum')];
  const upper = [numberKeyword(schema, 'maximum'), numberKeyword(schema, 'exclusiveMaximum')];
  let min = -Infinity;
  if (lower[0] !== undefined) min = Math.max(min, Math.ceil(lower[0]));
  if (lower[1] !== undefined) min = Math.max(min, Math.floor(lower[1]) + 1);
  let max = Infinity;
  if (upper[0] !== undefined) max = Math.min(max, Math.floor(upper[0]));
  if (upper[1] !== undefined) max = Math.min(max, Math.ceil(upper[1]) - 1);
  if (schema.format === 'int32') {
    min = Math.max(min, INT32_MIN);
    max = Math.min(max, INT32_MAX);
  }
  // Open ends: stay in the usual column width, but keep a declared bound reachable.
  // A bound inside the column keeps the other end at the column's edge (minimum 0 draws up to 2^31 - 1, which every
  // integer column holds); a bound past it keeps a window of 2^31 values beside it.
  if (min === -Infinity) min = max === Infinity || max >= defaultMin ? defaultMin : max - 2 ** 31;
  if (max === Infinity) max = min <= defaultMax ? defaultMax : min + 2 ** 31;
  min = Math.max(min, Number.MIN_SAFE_INTEGER);
  max = Math.min(max, Number.MAX_SAFE_INTEGER);
  if (min > max) throw new UnsatisfiableSchemaError(`no integer between the bounds of ${JSON.stringify(schema)}`);
  return { min, max };
}

/** AJV's own `multipleOf` verdict, so float rounding is judged exactly as the validator judges it. */
function multipleOfCheck(multipleOf: number): (value: number) => boolean {
  const schema = { multipleOf };
  return (value) => isValid(schema, value);
}

/** The arbitrary for an integer schema. */
export function integerArbitrary(schema: SchemaObject): fc.Arbitrary<number> {
  const { min, max } = integerRange(schema);
  const multipleOf = numberKeyword(schema, 'multipleOf');
  if (multipleOf === undefined) return fc.integer({ min, max });
  if (Number.isInteger(multipleOf)) {
    const kMin = Math.ceil(min / multipleOf);
    const kMax = Math.floor(max / multipleOf);
    if (kMin > kMax) throw new UnsatisfiableSchemaError(`no multiple of ${multipleOf} in [${min}, ${max}]`);
    // Map with an unmapper so a known multiple can be shrunk without its generation context.
    return fc.integer({ min: kMin, max: kMax }).map(
      (k) => k * multipleOf,
      (value) => {
        if (typeof value !== 'number' || value % multipleOf !== 0) throw new Error('not a multiple');
        return value / multipleOf;
      },
    );
  }
  // A fractional step (0.5) only lands on integers now and then: filter with AJV's rule.
  return fc.integer({ min, max }).filter(multipleOfCheck(multipleOf));
}

/** The arbitrary for a number schema (int32/int64 formats make it an integer, as ajv-formats checks them so). */
export function numberArbitrary(schema: SchemaObject): fc.Arbitrary<number> {
  if (schema.format === 'int32' || schema.format === 'int64') return integerArbitrary(schema);
  const minimum = numberKeyword(schema, 'minimum');
  const exclusiveMinimum = numberKeyword(schema, 'exclusiveMinimum');
  const maximum = numberKeyword(schema, 'maximum');
  const exclusiveMaximum = numberKeyword(schema, 'exclusiveMaximum');
  const minExcluded = exclusiveMinimum !== undefined && (minimum === undefined || exclusiveMinimum >= minimum);
  const maxExcluded = exclusiveMaximum !== undefined && (maximum === undefined || exclusiveMaximum <= maximum);
  const min = minExcluded ? exclusiveMinimum : minimum;
  const max = maxExcluded ? exclusiveMaximum : maximum;
  if (min !== undefined && max !== undefined && (min > max || (min === max && (minExcluded || maxExcluded)))) {
    throw new UnsatisfiableSchemaError(`no number between the bounds of ${JSON.stringify(schema)}`);
  }
  const multipleOf = numberKeyword(schema, 'multipleOf');
  if (multipleOf !== undefined) {
    const lo = min === undefined ? -1e6 : min;
    const hi = max === undefined ? 1e6 : max;
    const kMin = Math.ceil(lo / multipleOf);
    const kMax = Math.floor(hi / multipleOf);
    if (kMin > kMax) throw new UnsatisfiableSchemaError(`no multiple of ${multipleOf} in range`);
    const inRange = (v: number) => (min === undefined || (minExcluded ? v > min : v >= min)) && (max === undefined || (maxExcluded ? v < max : v <= max));
    return fc
      .integer({ min: Math.max(kMin, Number.MIN_SAFE_INTEGER), max: Math.min(kMax, Number.MAX_SAFE_INTEGER) })
      .map((k) => k * multipleOf)
      .filter((v) => inRange(v) && multipleOfCheck(multipleOf)(v));
  }
  // fast-check reads absent bounds as open; an explicit `undefined` is not the same, so only set what exists.
  const constraints: fc.DoubleConstraints = { noNaN: true, noDefaultInfinity: true, minExcluded, maxExcluded };
  if (min !== undefined) constraints.min = min;
  if (max !== undefined) constraints.max = max;
  const doubles = fc.double(constraints);
  // Whole numbers are the values APIs most often see in a `number` field; give them a fair share.
  const lowInt = min === undefined ? INT32_MIN : minExcluded ? Math.floor(min) + 1 : Math.ceil(min);
  const highInt = max === undefined ? INT32_MAX : maxExcluded ? Math.ceil(max) - 1 : Math.floor(max);
  if (lowInt > highInt || !Number.isSafeInteger(lowInt) || !Number.isSafeInteger(highInt)) return doubles;
  return fc.oneof(doubles, fc.integer({ min: lowInt, max: highInt }));
}
