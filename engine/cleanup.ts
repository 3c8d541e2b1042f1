/**
 * Removes what the run created and still finds in its ledger, and says truthfully what is gone. An object counts
 * as removed only when the server confirms it: its DELETE answered 2xx, or the DELETE answered 404 and then a GET
 * on its own path answered 404 and its collection no longer lists it. A bare 404 is not proof: a server that let a
 * write move the object into another scope answers 404 at the old address while the object lives on. What cannot
 * be confirmed is a leftover, reported with where it was last seen and a curl to remove it by hand.
 */
import type { Case } from '../model/case';
import type { ApiModel, Operation } from '../model/operation';
import { prepareRequest } from './exchange';
import { redact } from './credentials';
import { itemOperation, topologyOf } from '../model/topology';
import { itemPathOf, type LedgerEntry } from './ledger';
import { mapConcurrent } from './pool';
import type { Session } from './session';
import type { WireResponse } from '../targets/target';

/** An object the run could not remove (or could not confirm removed). */
export interface Leftover {
  entry: LedgerEntry;
  why: string;
  /** How to remove it by hand, when the API documents a DELETE. */
  curl?: string;
}

/** What cleanup did. */
export interface CleanupResult {
  created: number;
  removed: number;
  leftovers: Leftover[];
}

/** One leftover as cleanup.json lists it. */
export interface LeftoverRecord {
  object: string;
  createdBy: string;
  why: string;
  /** The item path where the object was last seen (answered 2xx, or was created). */
  lastSeen?: string;
  curl?: string;
}

const CLEANUP_CONCURRENCY = 4;
/** Pages of a collection read to confirm an object is no longer listed; beyond them absence is unconfirmed. */
const MAX_CONFIRM_PAGES = 20;
const CONFIRM_LIMIT = 100;

/** A request built and sent outside the exchange layer: cleanup runs even after an interruption stops the phases. */
async function sendCase(session: Session, testCase: Case, path?: string): Promise<WireResponse> {
  const { request } = prepareRequest(session, testCase, path === undefined ? undefined : (r) => ({ ...r, path }));
  return session.target.send(request, { idempotent: true });
}

function plainCase(operation: Operation, pathParams: Record<string, unknown>, query: Record<string, unknown> = {}): Case {
  return { operation, phase: 'semantics', mode: 'positive', pathParams, query, headers: {}, cookies: {} };
}

/** The list operation of a collection: a GET on its exact path with inferred pagination (or a bare array). */
function listOperationOf(api: ApiModel, collection: string): Operation | undefined {
  return api.operations.find((op) => op.method === 'get' && op.path === collection && !op.sideEffects);
}

/** The listed rows of a list response (envelope `results` or a bare array), and the next page's link if any. */
function rowsOf(response: WireResponse): { rows: unknown[]; next?: string } | undefined {
  const body = response.json as Record<string, unknown> | unknown[] | undefined;
  if (Array.isArray(body)) return { rows: body };
  if (body && typeof body === 'object' && Array.isArray(body.results)) return { rows: body.results, next: typeof body.next === 'string' ? body.next : undefined };
  return undefined;
}

/** A link the target returned, as a path relative to the target's base URL (never sent to another host). */
function relativeLink(session: Session, link: string): string | undefined {
  const base = new URL(session.target.baseUrl);
  let url: URL;
  try {
    url = new URL(link, session.target.baseUrl);
  } catch {
    return undefined;
  }
  if (url.host !== base.host) return undefined;
  const prefix = base.pathname.replace(/\/+$/, '');
  return `${url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname}${url.search}`;
}

/** Why the object cannot be confirmed gone after its DELETE answered 404, or undefined when it is confirmed. */
async function unconfirmedGone(session: Session, api: ApiModel, entry: LedgerEntry): Promise<string | undefined> {
  const detail = itemOperation(api, entry.collection, 'get');
  const list = listOperationOf(api, entry.collection);
  if (!detail || !list) return `DELETE answered 404 and ${entry.collection} documents no ${detail ? 'list' : 'GET of its items'} to confirm the object is gone`;
  const pathParams = { ...entry.scope, [detail.param]: entry.key };
  const read = await sendCase(session, plainCase(detail.operation, pathParams));
  if (read.status !== 404) return `DELETE answered 404, but GET ${itemPathOf(entry)} answered ${read.status}`;
  const pagination = list.inferred.pagination;
  const limit = pagination?.limitParam ? { [pagination.limitParam]: CONFIRM_LIMIT } : {};
  // The collection's key by the topology's one rule; a collection without an item schema falls back to the path's.
  const key = topologyOf(api).collection(entry.collection)?.itemKey ?? entry.param ?? 'id';
  let response = await sendCase(session, plainCase(list, entry.scope, limit));
  for (let page = 1; page <= MAX_CONFIRM_PAGES; page++) {
    const rows = response.status === 200 ? rowsOf(response) : undefined;
    if (!rows) return `DELETE answered 404, but its collection could not be read to confirm (list answered ${response.status})`;
    if (rows.rows.some((row) => row && typeof row === 'object' && String((row as Record<string, unknown>)[key]) === String(entry.key))) {
      return `DELETE answered 404, but the collection still lists ${key}=${String(entry.key)}`;
    }
    const next = rows.next && relativeLink(session, rows.next);
    if (pagination?.kind === 'envelope' && !next) return undefined;
    if (pagination?.kind !== 'envelope') {
      // A bare array pages by number until a short page; without page parameters the one page is the whole list.
      if (!pagination?.pageParam || rows.rows.length < CONFIRM_LIMIT) return undefined;
      response = await sendCase(session, plainCase(list, entry.scope, { ...limit, [pagination.pageParam]: page + 1 }));
      if (response.status === 404) return undefined;
      continue;
    }
    response = await sendCase(session, plainCase(list, entry.scope), next as string);
  }
  return `DELETE answered 404, but its collection has more than ${MAX_CONFIRM_PAGES} pages, so its absence is not confirmed`;
}

/** Deletes one ledger object; resolves with undefined when it is confirmed gone, or with why it is not. */
async function remove(session: Session, entry: LedgerEntry): Promise<Leftover | undefined> {
  if (entry.key === undefined) return { entry, why: `the ${entry.createdBy} response did not carry the new object's key` };
  const api = session.apis.find((a) => a.name === entry.api);
  const operation = api?.operations.find((op) => op.id === entry.deleteOperationId);
  if (!api || !operation || !entry.param) return { entry, why: `${entry.collection} documents no DELETE for its items` };
  const testCase = plainCase(operation, { ...entry.scope, [entry.param]: entry.key });
  const { curl } = prepareRequest(session, testCase);
  try {
    const response = await sendCase(session, testCase);
    if (response.status >= 200 && response.status < 300) {
      entry.removed = true;
      return undefined;
    }
    if (response.status !== 404) return { entry, why: `DELETE answered ${response.status}`, curl };
    const why = await unconfirmedGone(session, api, entry);
    if (why === undefined) {
      entry.removed = true;
      return undefined;
    }
    return { entry, why, curl };
  } catch (err) {
    return { entry, why: redact(String((err as Error).message).split('\n')[0], session.secrets), curl };
  }
}

/** Removes every object still in the ledger. Never throws. */
export async function cleanupLedger(session: Session): Promise<CleanupResult> {
  const remaining = session.ledger.remaining();
  const results = await mapConcurrent(remaining, CLEANUP_CONCURRENCY, (entry) => remove(session, entry));
  const leftovers = results.filter((r): r is Leftover => r !== undefined);
  return { created: session.ledger.entries.length, removed: session.ledger.entries.filter((e) => e.removed).length, leftovers };
}

/** How a ledger object is named in lines and files. */
function objectName(entry: LedgerEntry): string {
  return entry.key === undefined ? `an object in ${entry.collection}` : `${entry.collection} ${entry.param ?? 'key'}=${String(entry.key)}`;
}

/** One line per leftover, for cleanup.json readers. */
export function describeLeftover(leftover: Leftover): string {
  const { entry } = leftover;
  const seen = entry.lastSeen ? `; last seen at ${entry.lastSeen}` : '';
  return `${objectName(entry)} (created by ${entry.createdBy}): ${leftover.why}${seen}${leftover.curl ? `; remove with: ${leftover.curl}` : ''}`;
}

/** A leftover as a record of cleanup.json. */
export function leftoverRecord(leftover: Leftover): LeftoverRecord {
  const { entry } = leftover;
  return { object: objectName(entry), createdBy: entry.createdBy, why: leftover.why, lastSeen: entry.lastSeen, curl: leftover.curl };
}

/** The console's one cleanup line (per-object lines go only into the file). */
export function cleanupLine(result: CleanupResult, file: string): string {
  return `cleanup: removed ${result.removed} of ${result.created}, ${result.leftovers.length} left behind (see ${file})`;
}
