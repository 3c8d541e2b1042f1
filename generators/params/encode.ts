import { IntegerText } from '../../json/integer-text';

/** Percent-encoding for URL parts, per RFC 3986: everything but unreserved characters unless reserved ones are allowed. */

/** RFC 3986 reserved characters (gen-delims and sub-delims) that `allowReserved` lets through unencoded. */
const RESERVED = new Set([':', '/', '?', '#', '[', ']', '@', '!', '$', '&', "'", '(', ')', '*', '+', ',', ';', '=']);

/** RFC 3986 unreserved characters only: nothing to encode. */
const UNRESERVED_ONLY = /^[A-Za-z0-9_.~-]*$/;

/**
 * Percent-encodes a value for a path segment or query component. encodeURIComponent leaves `!'()*` alone, which
 * RFC 3986 reserves, so those are encoded too. With `allowReserved` the reserved set passes as is (OpenAPI's
 * `allowReserved: true`), while `%`, spaces and non-ASCII are still encoded.
 */
export function percentEncode(text: string, allowReserved = false): string {
  // Most values (ids, numbers, plain words) are all unreserved characters, which every encoding below keeps as is.
  if (UNRESERVED_ONLY.test(text)) return text;
  const strict = encodeURIComponent(text).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  if (!allowReserved) return strict;
  return strict.replace(/%[0-9A-F]{2}/g, (escape) => {
    const char = String.fromCharCode(parseInt(escape.slice(1), 16));
    return RESERVED.has(char) ? char : escape;
  });
}

/** The text of a scalar as it travels in a URL or header: null is empty, nested structures are JSON. */
export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // An exact big integer travels as its digits, never through a float.
  if (value instanceof IntegerText) return value.digits;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
