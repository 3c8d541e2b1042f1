/**
 * An integer too large for a JavaScript number, kept as its decimal digits so that it reaches the wire exactly.
 * `2 ** 64 + 1` as a number is 18446744073709552000 (rounded to a double); sent through JSON.stringify it would
 * arrive as a different value than the case claims to test. Cases carry an IntegerText instead, and the
 * serialisers write its digits verbatim: as text in paths, queries and headers, as a bare JSON number in bodies.
 */

/** An exact integer given by its decimal digits. */
export class IntegerText {
  /** The canonical decimal form, e.g. `-9223372036854775809`. */
  readonly digits: string;

  constructor(value: bigint | string) {
    const big = typeof value === 'bigint' ? value : BigInt(value);
    this.digits = big.toString();
  }

  /** The exact value. */
  get big(): bigint {
    return BigInt(this.digits);
  }

  /** The nearest double: what a float-based parser would read (only for judging sign and magnitude). */
  get approximate(): number {
    return Number(this.digits);
  }

  /** The digits, so that string interpolation and `String(x)` show the exact value. */
  toString(): string {
    return this.digits;
  }
}

/** True for an IntegerText. (`structuredClone` drops the prototype: cases set one only after copying.) */
export function isIntegerText(value: unknown): value is IntegerText {
  return value instanceof IntegerText;
}

/** The value with every IntegerText turned into the nearest number: a JSON-ish view for validators. */
export function approximateIntegers(value: unknown): unknown {
  if (value instanceof IntegerText) return value.approximate;
  if (Array.isArray(value)) return value.map(approximateIntegers);
  if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, approximateIntegers(item)]));
  }
  return value;
}

const MARK = '\u0000integer-text:';
const MARKED = /"\\u0000integer-text:(-?\d+)"/g;

/**
 * JSON.stringify that writes every IntegerText as a bare JSON number with all its digits. Node 20 has no
 * `JSON.rawJSON`, so each one travels as a marked string and the mark (which JSON escapes as `\u0000`, a sequence
 * no other string value can produce unescaped) is replaced by the digits afterwards.
 */
export function stringifyExact(value: unknown): string | undefined {
  let marked = false;
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (!(item instanceof IntegerText)) return item;
    marked = true;
    return `${MARK}${item.digits}`;
  });
  if (!marked || text === undefined) return text;
  return text.replace(MARKED, (_match, digits: string) => digits);
}
