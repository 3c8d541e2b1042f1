/** Reading a `Retry-After` header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. */

/** Milliseconds to wait from `now`, or undefined when the header is absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
