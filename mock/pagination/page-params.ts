/** Reads and checks Omnitron's `page` and `limit` query parameters. */
import { json, type MockResponse } from '../http/mock-response';

/** The page asked for: `page` counts from 1, `limit` is the page size. */
export interface PageParams {
  page: number;
  limit: number;
}

/** Omnitron's page size when `limit` is absent. */
export const DEFAULT_LIMIT = 10;

const POSITIVE_INTEGER = /^[1-9]\d*$/;

function positiveInteger(text: string): number | undefined {
  if (!POSITIVE_INTEGER.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * Parses page and limit, or answers the error. An unusable page is DRF's 404 `{"detail": "Invalid page."}`; DRF
 * would silently ignore or clamp a bad limit, this API rejects it (400 `{"detail": "Invalid limit."}`) so a client
 * learns its request was wrong (mock/deliberate-differences.json). When a parameter is
 * repeated the last value wins, as with Django's QueryDict.
 */
export function parsePageParams(query: URLSearchParams, maxLimit: number): PageParams | MockResponse {
  const pageText = query.getAll('page').at(-1);
  const limitText = query.getAll('limit').at(-1);
  const page = pageText === undefined ? 1 : positiveInteger(pageText);
  if (page === undefined) return json(404, { detail: 'Invalid page.' });
  const limit = limitText === undefined ? DEFAULT_LIMIT : positiveInteger(limitText);
  if (limit === undefined || limit > maxLimit) return json(400, { detail: 'Invalid limit.' });
  return { page, limit };
}
