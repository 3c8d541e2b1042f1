/**
 * How scenario checks read an inferred list: which path values to aim at, one page (envelope or bare array) read
 * into items and links, and a bounded walk over all pages. Everything comes from the operation's inferred
 * pagination, never from resource names.
 */
import { ScenarioSkip } from '../engine/scenario-check';
import type { Operation, PaginationInfo } from '../model/operation';
import { Failure } from '../checks/check';
import type { CategoryName } from '../checks/categories';
import type { ScenarioContext, ScenarioResponse } from '../engine/scenario-context';

/** One listed object as JSON. */
export type Item = Record<string, unknown>;

/** One page as read from a list response. */
export interface ListPage {
  items: Item[];
  /** Envelope lists only. */
  count?: unknown;
  next?: unknown;
  previous?: unknown;
  response: ScenarioResponse;
}

/** What a bounded walk over every page found. */
export interface Walk {
  items: Item[];
  pages: ListPage[];
  /** False when the walk stopped at its page bound before the list ended. */
  complete: boolean;
}

/** The operation's inferred pagination; callers have checked it exists in `appliesTo`. */
export function paginationOf(operation: Operation): PaginationInfo {
  const pagination = operation.inferred.pagination;
  if (!pagination) throw new Failure(`${operation.id} has no inferred pagination`, 'check error');
  return pagination;
}

/** True for a side-effect-free GET whose pagination was inferred (with an item key when `needKey`). */
export function isReadableList(operation: Operation, needKey = true): boolean {
  const pagination = operation.inferred.pagination;
  return operation.method === 'get' && !operation.sideEffects && pagination !== undefined && (!needKey || pagination.itemKey !== undefined);
}

/**
 * Known values of a path parameter: `--path-param` values first, then the document's examples. A scenario cannot
 * invent an existing scope, so it stops with a setup failure that says how to supply one.
 */
export function knownValues(context: ScenarioContext, operation: Operation, name: string, needed = 1): unknown[] {
  const examples = operation.parameters.find((p) => p.in === 'path' && p.name === name)?.examples ?? [];
  const values = [...new Set([...context.knownPathValues(name), ...examples])];
  if (values.length < needed) {
    const hint = Array.from({ length: needed }, (_, i) => `--path-param ${name}=<value ${i + 1}>`).join(' ');
    throw new ScenarioSkip(`needs ${needed} known value${needed === 1 ? '' : 's'} of path parameter ${name}, has ${values.length}: pass ${hint}`);
  }
  return values;
}

/** The first known value of every path parameter of the operation. */
export function scopeValues(context: ScenarioContext, operation: Operation): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) values[parameter.name] = knownValues(context, operation, parameter.name)[0];
  return values;
}

/** A limit no larger than the documented maximum of the limit parameter. */
export function boundedLimit(operation: Operation, wanted: number): number {
  const name = operation.inferred.pagination?.limitParam;
  const schema = operation.parameters.find((p) => p.in === 'query' && p.name === name)?.schema;
  const maximum = typeof schema === 'object' && typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  return Math.max(1, Math.min(wanted, maximum));
}

/** The query that asks for one page: `page` left out for page 1 (as the links of DRF do), `limit` when documented. */
export function pageQuery(operation: Operation, page: number, limit: number | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { pageParam, limitParam } = paginationOf(operation);
  const query: Record<string, unknown> = { ...extra };
  if (pageParam && page > 1) query[pageParam] = page;
  if (limitParam && limit !== undefined) query[limitParam] = limit;
  return query;
}

/** Reads a 200 list response as a page; anything else is a Failure in `category`. */
export function readPage(operation: Operation, response: ScenarioResponse, category: CategoryName): ListPage {
  const where = `${response.exchange.request.method} ${response.exchange.request.path}`;
  if (response.status !== 200) throw new Failure(`${where} answered ${response.status}, expected 200 with a page`, category);
  const body = response.json;
  const kind = paginationOf(operation).kind;
  const rows = kind === 'envelope' ? (body as Record<string, unknown> | null)?.results : body;
  if (!Array.isArray(rows)) throw new Failure(`${where} answered no ${kind === 'envelope' ? '`results` array' : 'JSON array'}`, category);
  const bad = rows.findIndex((row) => typeof row !== 'object' || row === null || Array.isArray(row));
  if (bad !== -1) throw new Failure(`${where}: listed item ${bad} is not an object`, category, kind === 'envelope' ? `/results/${bad}` : `/${bad}`);
  const page: ListPage = { items: rows as Item[], response };
  if (kind === 'envelope') {
    const envelope = body as Record<string, unknown>;
    Object.assign(page, { count: envelope.count, next: envelope.next, previous: envelope.previous });
  }
  return page;
}

/** Sends one page request and reads it. */
export async function fetchPage(
  context: ScenarioContext,
  operation: Operation,
  pathParams: Record<string, unknown>,
  options: { page?: number; limit?: number; query?: Record<string, unknown>; category: CategoryName },
): Promise<ListPage> {
  const response = await context.send(operation, { pathParams, query: pageQuery(operation, options.page ?? 1, options.limit, options.query) });
  return readPage(operation, response, options.category);
}

/** A comparable form of an item key value (`1` and `"1"` stay different, as JSON does). */
export function keyText(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

/** The item's key value; an item without one is a Failure, since the item key was inferred from the schema. */
export function itemKeyOf(item: Item, key: string, category: CategoryName): unknown {
  const value = item[key];
  if (value === undefined || value === null) throw new Failure(`a listed item has no \`${key}\`: ${JSON.stringify(item).slice(0, 200)}`, category);
  return value;
}

/** True when a bare array's page ends the list: shorter than the limit sent, or empty when no limit could be sent. */
function endsArray(page: ListPage, limitSent: number | undefined): boolean {
  return limitSent === undefined ? page.items.length === 0 : page.items.length < limitSent;
}

/**
 * Walks every page: envelope lists by following `next` (a link seen twice is a loop), arrays by counting `page` up
 * until a page comes back shorter than the limit (empty, when there is no limit parameter) or as a documented 404
 * past the last page. Stops after `maxPages` with `complete: false`.
 */
export async function walkList(
  context: ScenarioContext,
  operation: Operation,
  pathParams: Record<string, unknown>,
  options: { limit?: number; maxPages: number; query?: Record<string, unknown>; category: CategoryName },
): Promise<Walk> {
  const pagination = paginationOf(operation);
  const limitSent = pagination.limitParam ? options.limit : undefined;
  const pages: ListPage[] = [];
  let page = await fetchPage(context, operation, pathParams, { ...options, page: 1 });
  pages.push(page);
  const seenLinks = new Set<string>();
  const done = (complete: boolean): Walk => ({ items: pages.flatMap((p) => p.items), pages, complete });
  while (pages.length < options.maxPages) {
    if (pagination.kind === 'envelope') {
      if (page.next === null || page.next === undefined) return done(true);
      if (typeof page.next !== 'string') throw new Failure(`\`next\` is ${JSON.stringify(page.next)}, not a link or null`, options.category, '/next');
      if (seenLinks.has(page.next)) throw new Failure(`\`next\` of page ${pages.length} leads back to ${page.next}, already visited: the links loop`, options.category, '/next');
      seenLinks.add(page.next);
      page = readPage(operation, await context.follow(operation, page.next), options.category);
    } else {
      // A bare array has no links: without a page parameter there is only the one page.
      if (!pagination.pageParam || endsArray(page, limitSent)) return done(true);
      const response = await context.send(operation, { pathParams, query: pageQuery(operation, pages.length + 1, options.limit, options.query) });
      // Django's paginator answers 404 for a page past the last; where documented, that ends the list too.
      if (response.status === 404 && operation.responses.some((r) => r.status === '404')) return done(true);
      page = readPage(operation, response, options.category);
    }
    pages.push(page);
  }
  return done(pagination.kind === 'envelope' ? page.next === null : endsArray(page, limitSent));
}

/** `n` items spread evenly over the list (first and last included), so a sample sees both ends. */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  if (n <= 1) return items.slice(0, n);
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]);
}
