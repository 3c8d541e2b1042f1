/**
 * One arbitrary per string `format` that ajv-formats knows in full mode. Each is filtered through AJV's own format
 * check, so a value this file yields is a value AJV accepts, even where the builder is only nearly exact.
 */
import fc from 'fast-check';
import type { CompileContext } from './context';
import { formatChecker } from './validator';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Dates between 1970 and 2100: wide enough to find bugs, narrow enough that every backend can store them. */
const dateArbitrary = fc.date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('2100-12-31T23:59:59.999Z'), noInvalidDate: true });

const offsetArbitrary = fc.oneof(
  { arbitrary: fc.constant('Z'), weight: 3 },
  { arbitrary: fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45)).map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`), weight: 1 },
);

const fullDate = dateArbitrary.map((d) => d.toISOString().slice(0, 10));
const partialTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 999999 }), { nil: undefined }))
  .map(([h, m, s, frac]) => `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${frac === undefined ? '' : `.${pad(frac, 6)}`}`);
const time = fc.tuple(partialTime, offsetArbitrary).map(([t, offset]) => `${t}${offset}`);
const dateTime = fc.oneof(
  { arbitrary: dateArbitrary.map((d) => d.toISOString()), weight: 3 },
  { arbitrary: fc.tuple(fullDate, time).map(([d, t]) => `${d}T${t}`), weight: 1 },
);

const duration = fc.oneof(
  fc.integer({ min: 1, max: 52 }).map((weeks) => `P${weeks}W`),
  fc
    .record({ Y: fc.nat(99), M: fc.nat(11), D: fc.nat(30), H: fc.nat(23), Mi: fc.nat(59), S: fc.nat(59) }, { requiredKeys: [] })
    .filter((parts) => Object.keys(parts).length > 0)
    .map((p) => {
      const date = `${p.Y !== undefined ? `${p.Y}Y` : ''}${p.M !== undefined ? `${p.M}M` : ''}${p.D !== undefined ? `${p.D}D` : ''}`;
      const clock = `${p.H !== undefined ? `${p.H}H` : ''}${p.Mi !== undefined ? `${p.Mi}M` : ''}${p.S !== undefined ? `${p.S}S` : ''}`;
      return `P${date}${clock ? `T${clock}` : ''}`;
    }),
);

const hostname = fc.domain();
const pathSegment = fc.stringMatching(/^[a-z0-9_-]{1,12}$/);
const jsonPointer = fc.array(fc.stringMatching(/^[a-z0-9_]{0,8}$/), { maxLength: 4 }).map((tokens) => tokens.map((t) => `/${t}`).join(''));
let fullUri: fc.Arbitrary<string> | undefined;
/**
 * Built on first use, not at import: fast-check spends ~1.5 s building the query/fragment character tables, which
 * every process importing the generators paid at start-up even when no request schema has `format: uri`.
 */
const uri = (): fc.Arbitrary<string> => (fullUri ??= fc.webUrl({ withQueryParameters: true, withFragments: true }));
const relativeReference = fc.array(pathSegment, { minLength: 1, maxLength: 4 }).map((segments) => `/${segments.join('/')}`);

/** Builders by format name; ones that take no shape (password, binary) fall back to plain strings upstream. */
const BUILDERS: Record<string, () => fc.Arbitrary<string>> = {
  'date-time': () => dateTime,
  'iso-date-time': () => dateTime,
  date: () => fullDate,
  time: () => time,
  'iso-time': () => time,
  duration: () => duration,
  uri,
  url: () => fc.webUrl(),
  'uri-reference': () => fc.oneof(uri(), relativeReference),
  'uri-template': () => fc.tuple(fc.webUrl(), fc.stringMatching(/^[a-z]{1,8}$/)).map(([url, name]) => `${url}/{${name}}`),
  email: () => fc.emailAddress(),
  'idn-email': () => fc.emailAddress(),
  hostname: () => hostname,
  'idn-hostname': () => hostname,
  ipv4: () => fc.ipV4(),
  ipv6: () => fc.ipV6(),
  uuid: () => fc.uuid(),
  regex: () => fc.constantFrom('^[a-z]+$', '\\d{3}-\\d{4}', '.*', '^(foo|bar)?$', '[A-Z][a-z]*'),
  'json-pointer': () => jsonPointer,
  'json-pointer-uri-fragment': () => jsonPointer.map((pointer) => `#${pointer}`),
  'relative-json-pointer': () => fc.tuple(fc.nat(5), fc.oneof(jsonPointer, fc.constant('#'))).map(([up, rest]) => `${up}${rest}`),
  byte: () => fc.base64String({ maxLength: 64 }),
};

const built = new Map<string, fc.Arbitrary<string> | undefined>();

/**
 * The arbitrary for a string format, or undefined when the format puts no shape on strings (unknown to AJV, a
 * numeric format such as int32, or a hint such as password/binary): the caller then generates a plain string.
 */
export function formatArbitrary(format: string, _context: CompileContext): fc.Arbitrary<string> | undefined {
  // One arbitrary per format for the process: arbitraries are immutable, and some builders cost milliseconds.
  if (built.has(format)) return built.get(format);
  const build = BUILDERS[format];
  const check = formatChecker(format);
  const arbitrary = build === undefined || check === undefined ? undefined : build().filter(check);
  built.set(format, arbitrary);
  return arbitrary;
}

/** Formats this file knows how to generate (for documentation and tests). */
export const GENERATED_FORMATS: readonly string[] = Object.keys(BUILDERS);
