/** What a handler receives: the matched request, the database and the swappable building blocks. */
import type { ResolvedOptions } from '../options';
import type { MockState } from '../store/state';
import type { Paginator, PageRequest } from '../pagination/paginator';
import type { MockResponse } from './mock-response';

/** One routed, authenticated request. */
export interface RequestContext {
  method: string;
  /** The path as requested, without the query. */
  pathname: string;
  /** Integer path parameters (`channel_id`, `id`, `pk`). */
  params: Record<string, number>;
  query: URLSearchParams;
  /** The parsed JSON body of a write; undefined for reads. */
  body: unknown;
  state: MockState;
  options: ResolvedOptions;
  paginator: Paginator;
  /** Page request for this list: query, absolute URL (from the Host header) and the limit cap. */
  pageRequest: PageRequest;
}

/** Implements one operation. May be async (the OMS pull is), but must not await between reading and writing state. */
export type Handler = (context: RequestContext) => MockResponse | Promise<MockResponse>;
