/**
 * RFC 3339 date-times compared as instants: a server may answer `2020-01-01T01:00:00+01:00` for the
 * `2020-01-01T00:00:00Z` it was sent, or `.500000` for `.5`; both are the same moment and must compare equal.
 */

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * A string equal for two date-times exactly when they name the same instant, to any sub-second precision
 * (Date alone keeps milliseconds, and microseconds are what Django stores); undefined when `text` is not one.
 */
export function instantKey(text: string): string | undefined {
  const match = RFC3339.exec(text);
  if (!match) return undefined;
  const [, date, hours, minutes, seconds, fraction = '', offset] = match;
  const whole = Date.parse(`${date}T${hours}:${minutes}:${seconds}${offset.toUpperCase()}`);
  if (Number.isNaN(whole)) return undefined;
  const digits = fraction.replace(/0+$/, '');
  return `${whole / 1000}${digits ? `.${digits}` : ''}`;
}

/** True when both strings are date-times naming the same instant. */
export function sameInstant(a: string, b: string): boolean {
  const left = instantKey(a);
  return left !== undefined && left === instantKey(b);
}
