/**
 * String value classes: minLength and maxLength and one past each, empty, a pattern miss, each format's valid form
 * and a near miss, non-ASCII and emoji, a very long string, control characters, and in a query a NUL character.
 * Their verdicts come from AJV.
 */
import { numberKeyword, type SchemaObject } from '../arbitraries/schema-shape';
import type { ClassValue } from './value-class';

/** Longest string built for a length class; longer limits are left to the fuzzer. */
const LITERAL_LENGTH_CAP = 4096;
/** The "very long string": past what ordinary columns and form fields take. */
const VERY_LONG = 10_000;

/** A valid form and a near miss (right shape, wrong content) per format, both chosen so that DRF agrees. */
const FORMAT_FORMS: Record<string, { valid: string; nearMiss: string }> = {
  'date-time': { valid: '2024-01-31T12:30:00Z', nearMiss: '2024-02-30T12:30:00Z' },
  date: { valid: '2024-01-31', nearMiss: '2024-02-30' },
  time: { valid: '12:30:00Z', nearMiss: '25:30:00Z' },
  email: { valid: 'someone@example.com', nearMiss: 'someone@' },
  uri: { valid: 'https://example.com/a', nearMiss: 'https//example.com/a' },
  uuid: { valid: '123e4567-e89b-12d3-a456-426614174000', nearMiss: '123e4567-e89b-12d3-a456-42661417400g' },
  ipv4: { valid: '192.0.2.1', nearMiss: '256.0.2.1' },
  ipv6: { valid: '2001:db8::1', nearMiss: '2001:db8:::1' },
  hostname: { valid: 'example.com', nearMiss: '-example.com' },
};

/** Candidates a pattern is unlikely to accept; the first one AJV confirms as a miss is used. */
const PATTERN_MISSES = ['!', ' ', '', '\u00e9', 'a b', '0', 'a', '-', 'ZZZZZZZZ'];

/** Why a valid string holding NUL is still `edge`: a store that cannot hold it may refuse it, with a 4xx. */
const NUL_EDGE = 'a NUL character, which many stores cannot hold (PostgreSQL text): refusing it with a 4xx is fair, a 5xx is not';

/**
 * The string classes of the schema; `ascii` leaves out the ones a header or path cannot carry, `nul` adds a string
 * holding NUL (a query value, `%00` on the wire, where it reaches a database lookup).
 */
export function stringClasses(schema: SchemaObject, ascii: boolean, nul = false): ClassValue[] {
  const minLength = numberKeyword(schema, 'minLength') ?? 0;
  const maxLength = numberKeyword(schema, 'maxLength');
  const out: ClassValue[] = [{ value: '', class: 'string.empty', keyword: 'minLength' }];
  if (minLength > 0 && minLength <= LITERAL_LENGTH_CAP) {
    out.push({ value: 'a'.repeat(minLength), class: 'string.min-length', keyword: 'minLength' });
    out.push({ value: 'a'.repeat(minLength - 1), class: 'string.min-length-1', keyword: 'minLength' });
  }
  if (maxLength !== undefined && maxLength <= LITERAL_LENGTH_CAP) {
    out.push({ value: 'a'.repeat(maxLength), class: 'string.max-length', keyword: 'maxLength' });
    out.push({ value: 'a'.repeat(maxLength + 1), class: 'string.max-length+1', keyword: 'maxLength' });
  }
  if (typeof schema.pattern === 'string') {
    const pattern = safeRegExp(schema.pattern);
    const miss = PATTERN_MISSES.find((candidate) => pattern !== undefined && !pattern.test(candidate) && (!ascii || /^[\x20-\x7e]*$/.test(candidate)));
    if (miss !== undefined) out.push({ value: miss, class: 'string.pattern-miss', keyword: 'pattern' });
  }
  if (typeof schema.format === 'string') {
    const forms = FORMAT_FORMS[schema.format];
    if (forms) {
      out.push({ value: forms.valid, class: `string.format.${schema.format}`, keyword: 'format' });
      out.push({ value: forms.nearMiss, class: `string.format.${schema.format}-near-miss`, keyword: 'format' });
    }
  }
  const width = Math.max(minLength, 1);
  if (!ascii) {
    out.push({ value: '\u00fc'.repeat(width), class: 'string.non-ascii', keyword: 'type' });
    // One code point, two UTF-16 units: where length counting goes wrong.
    out.push({ value: '\u{1F600}'.repeat(width), class: 'string.emoji', keyword: 'maxLength' });
    out.push({ value: `a\u0001b\u001f`, class: 'string.control-characters', keyword: 'type' });
    if (nul) out.push({ value: `a\u0000b`, class: 'string.nul', keyword: 'type', edgeWhenValid: NUL_EDGE });
  }
  const unbounded = maxLength === undefined ? 'no maxLength is documented' : undefined;
  out.push({ value: 'a'.repeat(VERY_LONG), class: 'string.very-long', keyword: 'maxLength', edgeWhenValid: unbounded });
  return out;
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
