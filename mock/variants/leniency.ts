/**
 * Servers that accept invalid input. Some use it (variants: the suite must report a failure); others ignore it the
 * way Django REST Framework does by default (lenient servers: the suite must report a leniency finding and no
 * failure, so they are not in the variants list, which must all fail).
 */
import type { Variant } from './variant';
import type { MockOverrides } from '../components';
import type { Handler, RequestContext } from '../http/request-context';
import { json, notFound } from '../http/mock-response';
import { pageNumberPaginator, type PageRequest, type Paginator } from '../pagination/paginator';
import { DEFAULT_LIMIT } from '../pagination/page-params';
import { renderFailedIntegration, type FailedIntegration } from '../models/failed-integration';
import { createFailedIntegrationValidator } from '../validation/failed-integration-validator';
import { readJsonBody } from '../http/json-body';
import { referenceHandler, replaceHandler } from './reference';
import type { HandlerName } from '../routing/handler-names';
import { invalidLimitAccepted } from './pagination';

/** A paginator that sees the query `rewrite` makes of each request's query. */
function paginatorOnQuery(rewrite: (query: URLSearchParams, request: PageRequest) => URLSearchParams): Paginator {
  const apply = (request: PageRequest): PageRequest => ({ ...request, query: rewrite(new URLSearchParams(request.query), request) });
  return {
    envelope: (items, request) => pageNumberPaginator.envelope(items, apply(request)),
    array: (items, request) => pageNumberPaginator.array(items, apply(request)),
  };
}

/**
 * DRF's PageNumberPagination.get_page_size: a `limit` that is not a strictly positive integer (0, -5, `abc`, 1.5)
 * falls back to the default page size, silently. The links keep the invalid value, as DRF's do.
 */
function drfPageSize(query: URLSearchParams): URLSearchParams {
  const limit = query.getAll('limit').at(-1);
  if (limit !== undefined && !/^\+?\d+$/.test(limit.trim())) query.set('limit', String(DEFAULT_LIMIT));
  else if (limit !== undefined && Number(limit) === 0) query.set('limit', String(DEFAULT_LIMIT));
  return query;
}

/** Lenient (not a failure): an invalid `limit` is ignored, the default page size answers, as in DRF. */
export const invalidLimitIgnored = {
  name: 'invalid-limit-ignored',
  description: 'A `limit` of 0, a negative or a non-integer is ignored: the default page of 10 answers (DRF\'s get_page_size).',
  overrides: (): MockOverrides => ({ paginator: paginatorOnQuery((query) => drfPageSize(query)) }),
};

/** Failed integrations channel 1 holds on the variant that honours any limit: more than a page of the maximum 100. */
const MANY_ROWS = 120;
const FAILED_INTEGRATION_HANDLERS: readonly HandlerName[] = ['failedIntegrations.list', 'failedIntegrations.create', 'failedIntegrations.retrieve', 'failedIntegrations.update', 'failedIntegrations.partialUpdate', 'failedIntegrations.destroy'];

/** Tops channel 1 up to MANY_ROWS failed integrations (copies of its rows, new keys), once per database. */
function withManyRows(state: RequestContext['state'], topped: WeakSet<object>): void {
  if (topped.has(state)) return;
  topped.add(state);
  const rows = state.failedIntegrations.all().filter((row) => row.channel === 1);
  for (let i = rows.length; i < MANY_ROWS && rows.length > 0; i++) state.failedIntegrations.insert((pk) => ({ ...(rows[i % rows.length] as FailedIntegration), pk }));
}

/**
 * Used (a failure): a `limit` above the documented maximum is honoured, so the page is larger than allowed. Its
 * channel 1 holds more than 100 failed integrations: on a list of at most 100 objects honouring 101 answers what
 * clamping to 100 answers, which harms no client and is reported as leniency (kind clamped), so the harm needs
 * a longer list to show.
 */
export const limitAboveMaximumUsed: Variant = {
  name: 'limit-above-maximum-used',
  area: 'validation',
  description: 'A `limit` above the documented maximum of 100 is not refused but used: the page holds that many objects (channel 1 has 120 failed integrations).',
  expectedCheck: 'invalid input is rejected',
  overrides: () => {
    const topped = new WeakSet<object>();
    const handlers: MockOverrides['handlers'] = {};
    for (const name of FAILED_INTEGRATION_HANDLERS) {
      const reference = referenceHandler(name);
      handlers[name] = (context: RequestContext) => {
        withManyRows(context.state, topped);
        return reference(context);
      };
    }
    return { paginator: usingAnyLimit(), handlers };
  },
};

/** A paginator that takes any positive integer limit, however large (the maximum is not enforced). */
function usingAnyLimit(): Paginator {
  const unbounded = (request: PageRequest): PageRequest => ({ ...request, maxLimit: Number.MAX_SAFE_INTEGER });
  return {
    envelope: (items, request) => pageNumberPaginator.envelope(items, unbounded(request)),
    array: (items, request) => pageNumberPaginator.array(items, unbounded(request)),
  };
}

const IMAGE_LISTS: readonly HandlerName[] = ['images.list', 'images.inserts', 'images.updates', 'images.insertsOrUpdates'];

/** The integer filters of each list. */
const INTEGER_FILTERS: ReadonlyArray<readonly [HandlerName, readonly string[]]> = [
  ...IMAGE_LISTS.map((name) => [name, ['uploaded_by', 'cancellation_request']] as const),
  ['failedIntegrations.list', ['channel']],
];

/** Used (a failure): `uploaded_by=1.5` is truncated to 1 and filters by it, as Django's IntegerField lookup would. */
export const decimalFilterTruncated: Variant = {
  name: 'decimal-filter-truncated',
  area: 'validation',
  description: 'The lists accept a decimal integer filter (`uploaded_by=1.5`, `channel=1.5`) and filter by its integer part instead of refusing it.',
  expectedCheck: 'invalid input is rejected',
  overrides: () => {
    const handlers: MockOverrides['handlers'] = {};
    for (const [name, filters] of INTEGER_FILTERS) {
      const reference = referenceHandler(name);
      handlers[name] = (context: RequestContext) => {
        const query = new URLSearchParams(context.query);
        for (const filter of filters) {
          const value = query.getAll(filter).at(-1);
          if (value !== undefined && /^-?\d+\.\d+$/.test(value.trim())) query.set(filter, String(Math.trunc(Number(value))));
        }
        return reference({ ...context, query });
      };
    }
    return { handlers };
  },
};

/** Used (a failure): a partial update stores its documented fields without validating them. */
export const invalidPatchValueStored: Variant = {
  name: 'invalid-patch-value-stored',
  area: 'validation',
  description: 'A partial update stores whatever value its body gives a documented field (-1 for `retry_count`, a string for an integer) and answers 200.',
  expectedCheck: 'invalid input is rejected',
  overrides: () => {
    const properties = createFailedIntegrationValidator().properties;
    const reference = referenceHandler('failedIntegrations.partialUpdate');
    const handler: Handler = (context) => {
      const body = context.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return reference(context);
      const row = context.state.failedIntegrations.get(context.params.id as number);
      if (row === undefined || row.channel !== context.params.channel_id) return notFound();
      const fields = Object.fromEntries(properties.filter((name) => name !== 'channel' && Object.hasOwn(body, name)).map((name) => [name, (body as Record<string, unknown>)[name]]));
      const stored = { ...row, ...fields, pk: row.pk } as FailedIntegration;
      context.state.failedIntegrations.replace(row.pk, stored);
      return json(200, renderFailedIntegration(stored));
    };
    return replaceHandler('failedIntegrations.partialUpdate', handler);
  },
};

/** Lenient (not a failure): a PATCH without a body is an empty partial update (DRF's default), answered with the object. */
export const emptyPatchAccepted = {
  name: 'empty-patch-accepted',
  description: 'A PATCH without a body changes nothing and answers 200 with the object, as DRF does.',
  // DRF reads a request without a body (and so without a Content-Type) as empty data; the reference refuses it.
  overrides: (): MockOverrides => ({
    readJsonBody: async (req, maxBytes) => {
      const bodiless = req.headers['content-type'] === undefined && req.headers['transfer-encoding'] === undefined && Number(req.headers['content-length'] ?? 0) === 0;
      return bodiless ? { kind: 'json', value: {} } : readJsonBody(req, maxBytes);
    },
  }),
};

/** Servers the suite must report with leniency findings and no failure. */
export const lenientServers = [invalidLimitIgnored, invalidLimitAccepted, emptyPatchAccepted];

/** Every variant that uses invalid input it accepted. */
export const leniencyVariants: Variant[] = [limitAboveMaximumUsed, decimalFilterTruncated, invalidPatchValueStored];
