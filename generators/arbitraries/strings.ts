/** Strings: length in code points (as JSON Schema counts), `pattern`, and `format` via ./formats. */
import fc from 'fast-check';
import type { CompileContext } from './context';
import { formatArbitrary } from './formats';
import { numberKeyword, type SchemaObject } from './schema-shape';
import { UnsatisfiableSchemaError } from './unsatisfiable';

/** Number of code points, the unit of `minLength`/`maxLength` (a surrogate pair counts once). */
export function codePointLength(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

const SURROGATES = 0x800;
const FIRST_SURROGATE = 0xd800;

/**
 * Any Unicode scalar value (a code point that is not a surrogate), as an integer mapped to its string with an
 * unmapper. Not fast-check's `unit: 'binary'`: shrinking without context there builds a reverse map of all 1.1 M
 * code points the first time a string arbitrary is made (~1.5 s at every start-up; bench: `--runs 1` profile).
 */
const scalarValue = fc.integer({ min: 0, max: 0x10ffff - SURROGATES }).map(
  (n) => String.fromCodePoint(n < FIRST_SURROGATE ? n : n + SURROGATES),
  (value) => {
    const code = typeof value === 'string' && codePointLength(value) === 1 ? (value.codePointAt(0) as number) : -1;
    if (code < 0 || (code >= FIRST_SURROGATE && code < FIRST_SURROGATE + SURROGATES)) throw new Error('not one Unicode scalar value');
    return code < FIRST_SURROGATE ? code : code - SURROGATES;
  },
);

const asciiCodePoint = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 });
const unicodeCodePoint = fc.oneof({ arbitrary: asciiCodePoint, weight: 5 }, { arbitrary: scalarValue, weight: 1 });

/**
 * One code point: mostly printable ASCII (readable cases), sometimes any Unicode scalar value. One shared instance
 * per charset: fast-check caches the costly "dangerous strings" slices of `fc.string` per unit instance, so a
 * fresh unit per schema cost ~1 ms per string schema (bench: 1,000-operation spec).
 */
function codePointArbitrary(charset: 'unicode' | 'ascii'): fc.Arbitrary<string> {
  return charset === 'ascii' ? asciiCodePoint : unicodeCodePoint;
}

/** A string of `minLength..maxLength` code points with no other constraint. */
export function plainStringArbitrary(minLength: number, maxLength: number | undefined, charset: 'unicode' | 'ascii'): fc.Arbitrary<string> {
  // One unit is one code point, so fast-check's unit count is exactly JSON Schema's length.
  return fc.string({ unit: codePointArbitrary(charset), minLength, maxLength });
}

/** The compiled `pattern` (JSON Schema patterns are unanchored ECMA-262 with the `u` flag, as AJV uses them). */
export function patternRegExp(pattern: string): RegExp {
  return new RegExp(pattern, 'u');
}

const matching = new Map<string, fc.Arbitrary<string>>();

/**
 * `fc.stringMatching(regex)`, built once per regex text and flags: building one costs ~5-10 ms (fast-check tokenises
 * its dangerous strings against every character class), and arbitraries are immutable, so sharing is safe.
 */
export function stringMatchingOnce(regex: RegExp): fc.Arbitrary<string> {
  const key = `${regex.flags}/${regex.source}`;
  let arbitrary = matching.get(key);
  if (!arbitrary) {
    arbitrary = fc.stringMatching(regex);
    matching.set(key, arbitrary);
  }
  return arbitrary;
}

/** The arbitrary for a string schema. */
export function stringArbitrary(schema: SchemaObject, context: CompileContext): fc.Arbitrary<string> {
  const minLength = numberKeyword(schema, 'minLength') ?? 0;
  const maxLength = numberKeyword(schema, 'maxLength');
  if (maxLength !== undefined && maxLength < minLength) {
    throw new UnsatisfiableSchemaError(`maxLength ${maxLength} < minLength ${minLength}`);
  }
  const lengthOk = (value: string) => {
    const length = codePointLength(value);
    return length >= minLength && (maxLength === undefined || length <= maxLength);
  };
  const pattern = typeof schema.pattern === 'string' ? patternRegExp(schema.pattern) : undefined;
  const format = typeof schema.format === 'string' ? formatArbitrary(schema.format, context) : undefined;

  if (format) {
    // Formats fix the shape; length and pattern can only be checked afterwards.
    return format.filter((value) => lengthOk(value) && (!pattern || pattern.test(value)));
  }
  if (pattern) {
    const charsetOk = context.charset === 'ascii' ? (value: string) => /^[\x20-\x7e]*$/.test(value) : () => true;
    return stringMatchingOnce(pattern).filter((value) => lengthOk(value) && charsetOk(value));
  }
  return plainStringArbitrary(minLength, maxLength, context.charset);
}
