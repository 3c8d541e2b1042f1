/** Media types: parsing a Content-Type header and matching it against the ranges a document lists. */
import type { MediaTypeSpec } from '../../model/operation';

/** `type/subtype` in lower case, without parameters; empty string for an empty header. */
export function essence(contentType: string): string {
  // Asked several times per response by several checks, over a handful of distinct header values.
  let known = essences.get(contentType);
  if (known === undefined) {
    known = contentType.split(';', 1)[0].trim().toLowerCase();
    if (essences.size >= 1000) essences.clear();
    essences.set(contentType, known);
  }
  return known;
}

const essences = new Map<string, string>();

/** True for `application/json` and any `+json` structured-syntax suffix (`application/problem+json`). */
export function isJsonMediaType(mediaType: string): boolean {
  const value = essence(mediaType);
  return value === 'application/json' || value.endsWith('+json');
}

/**
 * True when the actual media type falls in the documented range. Wildcards are honoured in the documented side only:
 * `*\/*`, `application/*` and suffix ranges such as `application/*+json`.
 */
export function mediaTypeMatches(documented: string, actual: string): boolean {
  const range = essence(documented);
  const value = essence(actual);
  if (range === value || range === '*/*' || range === '*') return true;
  const [rangeType, rangeSubtype = ''] = range.split('/');
  const [type, subtype = ''] = value.split('/');
  if (rangeType !== '*' && rangeType !== type) return false;
  if (rangeSubtype === '*') return true;
  if (rangeSubtype.startsWith('*+')) return subtype.endsWith(rangeSubtype.slice(1));
  return rangeSubtype === subtype;
}

/** How specific a documented range is, so that `application/json` beats `application/*` beats `*\/*`. */
function specificity(documented: string): number {
  const range = essence(documented);
  if (range === '*/*' || range === '*') return 0;
  if (range.endsWith('/*')) return 1;
  return range.includes('*') ? 2 : 3;
}

/** The most specific documented media type that the response's Content-Type falls in, if any. */
export function matchingMediaType(content: readonly MediaTypeSpec[], contentType: string): MediaTypeSpec | undefined {
  let best: MediaTypeSpec | undefined;
  for (const candidate of content) {
    if (!mediaTypeMatches(candidate.mediaType, contentType)) continue;
    if (!best || specificity(candidate.mediaType) > specificity(best.mediaType)) best = candidate;
  }
  return best;
}
