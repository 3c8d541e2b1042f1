/**
 * One exchange as the run thread posts it to the reporter thread: only what the HAR writer and the coverage map
 * read, as plain structured-clone data. The operation travels as an index into the model posted once at start
 * (cloning an Operation per exchange would cost more than the subscribers it moves off the run thread).
 */
import type { Exchange } from '../../engine/exchange';
import type { Case, CoverageTag, Mutation, WireRequest } from '../../model/case';
import type { ApiModel, Operation } from '../../model/operation';
import type { WireResponse } from '../../targets/target';
import { approximateIntegers, isIntegerText } from '../../json/integer-text';
import { startedAtOf, type HarExchange } from '../har';
import type { CoverageExchange } from '../coverage/collector';

/** A sent (never a blocked) exchange, posted by the run thread. */
export interface ExchangeRecord {
  /** Index of the operation in the posted model (see operationIndex), -1 when the map does not count it. */
  operation: number;
  /** The operation's id, for the HAR comment (also when the model does not hold it). */
  operationId: string;
  phase: Case['phase'];
  mode: Case['mode'];
  /** Parameter values per location, big integers already turned into numbers (a clone would drop their class). */
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  cookies: Record<string, unknown>;
  /** The body the map counts: left out when it is raw text or bytes, which the map does not count either. */
  body?: { value: unknown; mediaType: string };
  mutation?: Pick<Mutation, 'keyword' | 'location' | 'pointer'>;
  coverage?: Pick<CoverageTag, 'class'>;
  probe: boolean;
  /** The request as reports show it (credentials already replaced), its body as the text the HAR holds. */
  request: { method: string; path: string; headers: Record<string, string>; body?: string };
  /** `json` says the body parsed: the reporter thread parses the text again rather than receiving a clone of both. */
  response?: { status: number; headers: Record<string, string>; text: string; elapsedMs: number; json: boolean };
  transportError?: string;
  /** Names of the verdicts that failed (the HAR comment names them). */
  failed: string[];
  /** Epoch milliseconds the request started: the event's time less the response's elapsed time. */
  startedAt: number;
}

/** True when the value holds an IntegerText anywhere (a walk that allocates nothing, unlike copying it). */
function holdsIntegerText(value: unknown): boolean {
  if (isIntegerText(value)) return true;
  if (Array.isArray(value)) return value.some(holdsIntegerText);
  if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value)) return Object.values(value).some(holdsIntegerText);
  return false;
}

/** The value as the map's validators see it, copied only when it holds a big integer. */
function cloneable<T>(value: T): T {
  return holdsIntegerText(value) ? (approximateIntegers(value) as T) : value;
}

/** Operation → its index in the model as posted (the apis in order, then their operations in order). */
export function operationIndex(apis: readonly ApiModel[]): Map<Operation, number> {
  const index = new Map<Operation, number>();
  for (const api of apis) for (const operation of api.operations) index.set(operation, index.size);
  return index;
}

/** The model's operations in the order operationIndex numbers them. */
export function operationList(apis: readonly ApiModel[]): Operation[] {
  return apis.flatMap((api) => api.operations);
}

/** The record for a sent exchange. */
export function toRecord(exchange: Exchange, index: ReadonlyMap<Operation, number>, now = Date.now()): ExchangeRecord {
  const { testCase, request, response } = exchange;
  const body = testCase.body && !Buffer.isBuffer(testCase.body.value) && typeof testCase.body.value !== 'string' ? { value: cloneable(testCase.body.value), mediaType: testCase.body.mediaType } : undefined;
  return {
    operation: index.get(testCase.operation) ?? -1,
    operationId: testCase.operation.id,
    phase: testCase.phase,
    mode: testCase.mode,
    pathParams: cloneable(testCase.pathParams),
    query: cloneable(testCase.query),
    headers: cloneable(testCase.headers),
    cookies: cloneable(testCase.cookies),
    body,
    mutation: testCase.mutation && { keyword: testCase.mutation.keyword, location: testCase.mutation.location, pointer: testCase.mutation.pointer },
    coverage: testCase.coverage && { class: testCase.coverage.class },
    probe: testCase.probe !== undefined,
    request: { method: request.method, path: request.path, headers: request.headers, body: request.body === undefined ? undefined : String(request.body) },
    response: response && { status: response.status, headers: response.headers, text: response.text, elapsedMs: response.elapsedMs, json: response.json !== undefined },
    transportError: exchange.transportError,
    failed: exchange.verdicts.filter((v) => v.status === 'failed').map((v) => v.name),
    startedAt: startedAtOf(exchange, now),
  };
}

/** The response as the subscribers read it; the body parsed again the way the engine parsed it (or kept as text). */
function responseOf(record: ExchangeRecord): WireResponse | undefined {
  const posted = record.response;
  if (!posted) return undefined;
  let json: unknown;
  if (posted.json) {
    try {
      json = JSON.parse(posted.text);
    } catch {
      json = posted.text; // as the engine's redaction keeps it when a redacted body no longer parses
    }
  }
  return { status: posted.status, headers: posted.headers, text: posted.text, elapsedMs: posted.elapsedMs, truncated: false, json };
}

/** The record as the HAR writer's and the coverage map's input; `coverage` is undefined when the map does not count it. */
export function fromRecord(record: ExchangeRecord, operations: readonly Operation[]): { har: HarExchange; coverage?: CoverageExchange } {
  const response = responseOf(record);
  const request: WireRequest = record.request;
  const har: HarExchange = {
    testCase: { phase: record.phase, operation: { id: record.operationId } },
    request,
    response,
    transportError: record.transportError,
    verdicts: record.failed.map((name) => ({ name, status: 'failed' })),
  };
  const operation = operations[record.operation];
  if (!operation) return { har };
  const testCase = {
    operation,
    phase: record.phase,
    mode: record.mode,
    pathParams: record.pathParams,
    query: record.query,
    headers: record.headers,
    cookies: record.cookies,
    body: record.body,
    mutation: record.mutation,
    coverage: record.coverage,
    probe: record.probe ? true : undefined,
  };
  return { har, coverage: { testCase, response } };
}
