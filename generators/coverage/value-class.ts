import { stringifyExact } from '../../json/integer-text';

/** What the coverage phase makes for one schema: a value, the class it belongs to, and what a server should do. */

/** `positive`: must be accepted; `negative`: must be refused; `edge`: the document does not settle it. */
export type Expectation = 'positive' | 'negative' | 'edge';

/** One value of a named class, before it is placed in a request. */
export interface ClassValue {
  value: unknown;
  /** The value class, e.g. `integer.int64-max+1`, `string.max-length+1`, `enum.other-case`. */
  class: string;
  /** The keyword the class aims at; the verdict may name the keyword actually broken instead. */
  keyword: string;
  /** Set when the class decides its own verdict (exact big integers, which AJV can only see rounded). */
  verdict?: Verdict;
  /** When the schema accepts the value, it is still `edge` for this reason (a very long string with no maxLength). */
  edgeWhenValid?: string;
}

/** How a server should treat a value, and the keyword that decides it. */
export interface Verdict {
  expect: Expectation;
  keyword: string;
  /** Why, for the case's description: "above maximum 100", "no bound is documented". */
  reason: string;
}

/** Decides the verdict of a value in its place; undefined when the value cannot travel there (null in a query). */
export type Judge = (value: unknown, keyword: string) => Verdict | undefined;

/** A short printable form of a value (exact for big integers, cut for long strings). */
export function showValue(value: unknown): string {
  if (Buffer.isBuffer(value)) return `bytes ${JSON.stringify(value.toString('utf8').slice(0, 40))}`;
  const text = stringifyExact(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}... (${text.length} characters)` : text;
}
