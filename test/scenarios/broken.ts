/** Building blocks for deliberately broken mock servers in the scenario tests: paginators and handlers gone wrong. */
import { json, type MockResponse } from '../../mock/http/mock-response';
import type { Handler, RequestContext } from '../../mock/http/request-context';
import { renderImage, type IntegrationStatus } from '../../mock/models/image';
import { pageNumberPaginator, type PageRequest, type Paginator } from '../../mock/pagination/paginator';

/** The envelope body the reference paginator writes. */
export interface Envelope {
  count: number;
  next: string | null;
  previous: string | null;
  results: unknown[];
}

/** Page and limit as the reference reads them (valid requests only; the broken paginators keep its 400s). */
export function pageOf(request: PageRequest): { page: number; limit: number } {
  return { page: Number(request.query.get('page') ?? 1), limit: Number(request.query.get('limit') ?? 10) };
}

/** The reference paginator with each 200 envelope rewritten by `change`. */
export function envelopeRewritten(change: (body: Envelope, at: { page: number; limit: number }, request: PageRequest) => Envelope): Paginator {
  return {
    ...pageNumberPaginator,
    envelope(items, request) {
      const response = pageNumberPaginator.envelope(items, request);
      if (response.status !== 200) return response;
      return { ...response, body: change(response.body as Envelope, pageOf(request), request) };
    },
  };
}

/** The reference paginator answering as if the query were `rewrite(query)`. */
export function queryRewritten(rewrite: (query: URLSearchParams) => URLSearchParams): Paginator {
  return {
    envelope: (items, request) => pageNumberPaginator.envelope(items, { ...request, query: rewrite(new URLSearchParams(request.query)) }),
    array: (items, request) => pageNumberPaginator.array(items, { ...request, query: rewrite(new URLSearchParams(request.query)) }),
  };
}

/** A query with one parameter set (or removed, for undefined). */
export function withParam(query: URLSearchParams, name: string, value: string | undefined): URLSearchParams {
  if (value === undefined) query.delete(name);
  else query.set(name, value);
  return query;
}

/** A handler that runs `inner` as if the request's query were `rewrite(query)` (e.g. with a filter dropped). */
export function withQuery(inner: Handler, rewrite: (query: URLSearchParams) => URLSearchParams): Handler {
  return (context) => {
    const query = rewrite(new URLSearchParams(context.query));
    return inner({ ...context, query, pageRequest: { ...context.pageRequest, query } });
  };
}

/** A bare-array image list of the channel's images in the given integration statuses, without filters. */
export function imagesInStatuses(statuses: IntegrationStatus[]): Handler {
  return (context: RequestContext): MockResponse => {
    const images = context.state.images.all().filter((image) => image.channel === context.params.channel_id && statuses.includes(image.status));
    return context.paginator.array(images.map(renderImage), context.pageRequest);
  };
}

/** A 500 as Django answers an unhandled exception. */
export function serverError(): MockResponse {
  return json(500, { detail: 'A server error occurred.' });
}
