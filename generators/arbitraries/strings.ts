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

/** One code point: mostly printable ASCII (readable cases), sometimes any Unicode scalar value. */
function codePointArbitrary(charset: 'unicode' | 'ascii'): fc.Arbitrary<string> {
  const ascii = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 });
  if (charset === 'ascii') return ascii;
  return fc.oneof({ arbitrary: ascii, weight: 5 }, { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 });
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
    return fc.stringMatching(pattern).filter((value) => lengthOk(value) && charsetOk(value));
  }
  return plainStringArbitrary(minLength, maxLength, context.charset);
}
