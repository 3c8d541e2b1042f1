/** Omnitron's page-number pagination, for envelope lists and for the bare-array lists of images. */
import { json, type MockResponse } from '../http/mock-response';
import { parsePageParams } from './page-params';
import { pageLink } from './page-links';

/** What a paginator needs to know about the request. */
export interface PageRequest {
  query: URLSearchParams;
  /** Absolute URL of the list, without its query (built from the request's Host header). */
  pageUrl: string;
  maxLimit: number;
}

/** Turns an already filtered list into the response for the requested page. */
export interface Paginator {
  /** `{count, next, previous, results}`; a page past the last one is 404, page 1 of an empty list is 200. */
  envelope(items: readonly unknown[], request: PageRequest): MockResponse;
  /** A bare JSON array of the page's items; a page past the last one is `[]`. */
  array(items: readonly unknown[], request: PageRequest): MockResponse;
}

/** The standard paginator. */
export const pageNumberPaginator: Paginator = {
  envelope(items, request) {
    const params = parsePageParams(request.query, request.maxLimit);
    if ('status' in params) return params;
    const { page, limit } = params;
    const start = (page - 1) * limit;
    if (page > 1 && start >= items.length) return json(404, { detail: 'Invalid page.' });
    return json(200, {
      count: items.length,
      next: start + limit < items.length ? pageLink(request.pageUrl, request.query, page + 1) : null,
      previous: page > 1 ? pageLink(request.pageUrl, request.query, page - 1) : null,
      results: items.slice(start, start + limit),
    });
  },
  array(items, request) {
    const params = parsePageParams(request.query, request.maxLimit);
    if ('status' in params) return params;
    const start = (params.page - 1) * params.limit;
    return json(200, items.slice(start, start + params.limit));
  },
};
