/** Variants whose page-number pagination lies, loops, ignores its parameters or accepts invalid ones. */
import type { MockOverrides } from '../components';
import type { Variant } from './variant';
import type { MockResponse } from '../http/mock-response';
import { pageNumberPaginator, type PageRequest, type Paginator } from '../pagination/paginator';
import { DEFAULT_LIMIT, parsePageParams } from '../pagination/page-params';
import { pageLink } from '../pagination/page-links';
import { bodyObject, isSuccess } from './reference';

/** A paginator whose envelope responses are rewritten; arrays are left as the reference answers them. */
function rewriteEnvelope(rewrite: (body: Record<string, unknown>, request: PageRequest) => Record<string, unknown>): Paginator {
  return {
    envelope(items, request) {
      const response = pageNumberPaginator.envelope(items, request);
      const body = bodyObject(response);
      return isSuccess(response) && body !== undefined ? { ...response, body: rewrite(body, request) } : response;
    },
    array: (items, request) => pageNumberPaginator.array(items, request),
  };
}

/** A paginator that sees a rewritten query (both list kinds). */
function rewriteQuery(rewrite: (query: URLSearchParams, request: PageRequest, items: readonly unknown[]) => URLSearchParams | MockResponse): Paginator {
  const apply = (request: PageRequest, items: readonly unknown[]): PageRequest | MockResponse => {
    const query = rewrite(new URLSearchParams(request.query), request, items);
    return query instanceof URLSearchParams ? { ...request, query } : query;
  };
  return {
    envelope(items, request) {
      const changed = apply(request, items);
      return 'status' in changed ? changed : pageNumberPaginator.envelope(items, changed);
    },
    array(items, request) {
      const changed = apply(request, items);
      return 'status' in changed ? changed : pageNumberPaginator.array(items, changed);
    },
  };
}

/** The page the request asks for (1 when it is absent or invalid; invalid ones never reach a rewrite). */
function currentPage(request: PageRequest): number {
  const params = parsePageParams(request.query, request.maxLimit);
  return 'status' in params ? 1 : params.page;
}

/** `count` is one more than the objects there are (a count query that also counts a soft-deleted row). */
export const countLies: Variant = {
  name: 'count-lies',
  area: 'pagination',
  description: 'Every envelope reports `count` one higher than the number of objects its pages hold.',
  expectedCheck: 'pagination envelope is consistent',
  overrides: () => ({ paginator: rewriteEnvelope((body) => ({ ...body, count: Number(body.count) + 1 })) }),
};

/** The last page links back to the first, so a client following `next` never stops. */
export const nextLoopsToFirstPage: Variant = {
  name: 'next-loops-to-first-page',
  area: 'pagination',
  description: 'The last page of a multi-page envelope sets `next` to page 1 instead of null.',
  expectedCheck: 'pagination visits every object once',
  overrides: () => ({
    paginator: rewriteEnvelope((body, request) =>
      body.next === null && currentPage(request) > 1 ? { ...body, next: pageLink(request.pageUrl, request.query, 1) } : body,
    ),
  }),
};

/** The last page still links to a following page, which answers 404. */
export const nextOnLastPage: Variant = {
  name: 'next-on-last-page',
  area: 'pagination',
  description: 'The last page of an envelope sets `next` to the page after it (which answers 404) instead of null.',
  expectedCheck: 'pagination envelope is consistent',
  overrides: () => ({
    paginator: rewriteEnvelope((body, request) =>
      body.next === null ? { ...body, next: pageLink(request.pageUrl, request.query, currentPage(request) + 1) } : body,
    ),
  }),
};

/** A valid `limit` is checked, then dropped: every page holds the default 10 objects. */
export const limitIgnored: Variant = {
  name: 'limit-ignored',
  area: 'pagination',
  description: 'A valid `limit` is accepted but ignored: every page holds the default 10 objects.',
  expectedCheck: 'pagination honours limit',
  overrides: () => ({
    paginator: rewriteQuery((query, request) => {
      const params = parsePageParams(query, request.maxLimit);
      if ('status' in params) return params;
      query.delete('limit');
      return query;
    }),
  }),
};

/** The bare-array lists check `page`, then answer their first page whatever it says. */
export const arrayListsIgnorePage: Variant = {
  name: 'array-lists-ignore-page',
  area: 'pagination',
  description: 'The bare-array image lists (inserts/, updates/, inserts_or_updates/) accept `page` but answer page 1 for every value.',
  // "visits every object once" walks `next`, which only envelopes have; for bare arrays repeats are this check's job.
  expectedCheck: 'pagination honours limit',
  overrides: () => ({
    paginator: {
      envelope: (items, request) => pageNumberPaginator.envelope(items, request),
      array(items, request) {
        // Invalid values are still refused, so the only fault is the ignored page.
        const params = parsePageParams(request.query, request.maxLimit);
        if ('status' in params) return params;
        const query = new URLSearchParams(request.query);
        query.delete('page');
        return pageNumberPaginator.array(items, { ...request, query });
      },
    },
  }),
};

const POSITIVE_INTEGER = /^[1-9]\d*$/;

/**
 * Lenient (not a failure, so not in the variants list): an unusable `limit` falls back to the default and a too
 * large one is clamped to the maximum, as DRF's PageNumberPagination does silently. The fallback answers what no
 * `limit` answers and the clamp what `limit=100` answers, so no client gets more or other rows than the documents
 * allow: the suite reports leniency findings (kinds ignored and clamped) and no failure.
 */
export const invalidLimitAccepted = {
  name: 'invalid-limit-accepted',
  description: 'An invalid `limit` (0, -1, "abc") falls back to 10 and one above 100 is clamped, instead of answering 400.',
  overrides: (): MockOverrides => ({
    paginator: rewriteQuery((query, request) => {
      const limit = query.getAll('limit').at(-1);
      if (limit === undefined) return query;
      if (!POSITIVE_INTEGER.test(limit)) query.delete('limit');
      else if (Number(limit) > request.maxLimit) query.set('limit', String(request.maxLimit));
      return query;
    }),
  }),
};

const NEGATIVE_INTEGER = /^-[1-9]\d*$/;

/** The query with a negative `page` turned into the page it names counting from the end (-1 is the last). */
function pageFromEnd(query: URLSearchParams, items: readonly unknown[]): URLSearchParams {
  const page = query.getAll('page').at(-1);
  if (page === undefined || !NEGATIVE_INTEGER.test(page)) return query;
  const limit = Number(query.getAll('limit').at(-1) ?? DEFAULT_LIMIT) || DEFAULT_LIMIT;
  const pages = Math.max(1, Math.ceil(items.length / limit));
  query.set('page', String(Math.max(1, pages + 1 + Number(page))));
  return query;
}

/**
 * A negative `page` counts from the end, as a Python list index does (`pages[page - 1]` without a bound check):
 * `page=-1` answers the last page instead of being refused. Used, not ignored: the answer differs from the one
 * without `page` wherever a list has more than one page, so a client asking for an invalid page silently gets other
 * rows.
 */
export const negativePageCountsFromEnd: Variant = {
  name: 'negative-page-counts-from-end',
  area: 'pagination',
  description: 'A negative `page` is used as an index from the end (page=-1 answers the last page) instead of being refused.',
  expectedCheck: 'invalid page and limit are rejected',
  overrides: () => ({ paginator: rewriteQuery((query, _request, items) => pageFromEnd(query, items)) }),
};

/** Every pagination variant. */
export const paginationVariants: Variant[] = [countLies, nextLoopsToFirstPage, nextOnLastPage, limitIgnored, arrayListsIgnorePage, negativePageCountsFromEnd];
