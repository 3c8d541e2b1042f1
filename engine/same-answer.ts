/**
 * Whether two answers of a target are the same answer: the one to a request with an invalid query parameter and
 * the one to the same request without it. Equal means the server ignored the parameter.
 *
 * What is compared: the status and the body (parsed JSON, else the text). What may legitimately differ and is
 * left out: every header (Date, ETag, Content-Length, request ids vary between any two requests), and inside the
 * body, the parameter itself where a link repeats the request's own query string (`next`/`previous` of a page
 * keep `limit=0` in DRF). Nothing else: a body that differs anywhere else is a different answer.
 */
import { isDeepStrictEqual } from 'node:util';
import { childPointer } from '../json/pointer';
import type { WireResponse } from '../targets/target';

/** A URL-like string with a query string: absolute (`http://h/p?x`) or rooted (`/p?x`). */
const LINK = /^(?:https?:\/\/[^\s?#]*|\/[^\s?#]*)\?[^\s#]*(?:#\S*)?$/;

/** The link without the parameter (and its deepObject keys `name[...]`); other strings unchanged. */
function withoutParameter(text: string, name: string): string {
  if (!LINK.test(text)) return text;
  const at = text.indexOf('?');
  const hash = text.indexOf('#', at);
  const query = new URLSearchParams(text.slice(at + 1, hash < 0 ? undefined : hash));
  for (const key of [...query.keys()]) if (key === name || key.startsWith(`${name}[`)) query.delete(key);
  const rest = query.toString();
  return `${text.slice(0, at)}${rest ? `?${rest}` : ''}${hash < 0 ? '' : text.slice(hash)}`;
}

/** The body with every link's copy of the parameter removed. */
function normalised(value: unknown, name: string): unknown {
  if (typeof value === 'string') return withoutParameter(value, name);
  if (Array.isArray(value)) return value.map((item) => normalised(item, name));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalised(v, name)]));
  return value;
}

function bodyOf(response: WireResponse): unknown {
  return response.json !== undefined ? response.json : response.text;
}

/** The first JSON pointer where two values differ, '' for the root. */
function firstDifference(a: unknown, b: unknown, pointer = ''): string {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const left = (a as Record<string, unknown>)[key];
      const right = (b as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(left, right)) return firstDifference(left, right, childPointer(pointer, key));
    }
  }
  return pointer;
}

/** How much a body holds, for a message: `3 item(s)` for an array or a page's `results`. */
function sizeOf(body: unknown): string {
  if (Array.isArray(body)) return `${body.length} item(s)`;
  const results = body !== null && typeof body === 'object' ? (body as Record<string, unknown>).results : undefined;
  return Array.isArray(results) ? `${results.length} item(s)` : '';
}

/** Undefined when the two answers are the same modulo the parameter's echo in links; else how they differ. */
export function answerDifference(withParameter: WireResponse, withoutIt: WireResponse, name: string): string | undefined {
  if (withParameter.status !== withoutIt.status) return `status ${withParameter.status} with it, ${withoutIt.status} without it`;
  const left = normalised(bodyOf(withParameter), name);
  const right = normalised(bodyOf(withoutIt), name);
  if (isDeepStrictEqual(left, right)) return undefined;
  const where = firstDifference(left, right);
  const sizes = [sizeOf(left), sizeOf(right)];
  const counted = sizes[0] && sizes[1] && sizes[0] !== sizes[1] ? ` (${sizes[0]} with it, ${sizes[1]} without it)` : '';
  return `the bodies differ at ${where || '/'}${counted}`;
}
