/**
 * Telling ignored from used: when a negative case was answered 2xx, did the server ignore the invalid part (a
 * leniency finding, not a failure unless --strict) or use it (a failure)? A check judges one response and cannot
 * send, so the runner settles this after the checks, with one extra request per distinct mutation and phase (two
 * where a clamped or a truncated value needs telling apart):
 *
 * - an invalid optional query parameter: the same request is sent again without it. The same answer (see
 *   same-answer.ts for what may differ) means it was ignored; a different one means it changed the result, unless
 *   the value lies beyond a declared `maximum`/`minimum` and the request with the value clamped to that bound answers
 *   the same: the server used the nearest valid value (kind `clamped`, DRF's `max_page_size`), which harms no client.
 *   Required query parameters, path and header values are never "ignorable": their 2xx stays a failure. Only
 *   requests that do not create or delete are re-sent (two creates never answer the same).
 * - an unknown field added to a body whose schema forbids it: echoed in the response or stored (read back through
 *   the item's GET) is a failure; dropped (neither) is leniency.
 * - a body omitted from a PATCH: an empty partial update sends nothing that could be stored, so it is leniency.
 * - an invalid value of a documented field stays a failure; the read-back only adds what was stored to the message.
 *   Except a wrong type stored as its canonical coercion into the schema's type, valid there (`"is_active": 1` stored
 *   as `true`, DRF's BooleanField): the client's meaning was kept (kind `coerced`, lenient-values.ts).
 *
 * Every extra request goes through `execute` (recorded, redacted, and held to the write policy like any other).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Case } from '../model/case';
import type { ApiModel, JsonSchema, Operation } from '../model/operation';
import { pointerTokens } from '../json/pointer';
import { Category } from '../checks/categories';
import { Failure } from '../checks/check';
import { describeMutation, invalidInputIsRejected } from '../checks/invalid-input-is-rejected';
import type { CheckOutcome } from '../checks/run-checks';
import { describeOperation } from '../checks/support/documented-response';
import { resolvePointer } from '../json/pointer';
import type { WireResponse } from '../targets/target';
import type { Exchange } from './exchange';
import { itemKeyProperty, itemOperation } from '../model/topology';
import { clampedValue, isCanonicalCoercion, schemaAt } from './lenient-values';
import { flattenTopLevel } from '../generators/arbitraries/combinators';
import { generatedTypes } from '../generators/arbitraries/schema-shape';
import { IntegerText } from '../json/integer-text';
import { answerDifference } from './same-answer';
import type { Session } from './session';
import { writes } from './write-policy';
import { leniencyFinding, leniencyTag, LeniencyFailure, mutationSubject, settledOnce, type LeniencyFinding, type LeniencyKind } from './leniency-finding';

// The finding's types live with its data (leniency-finding.ts); re-exported for the callers that import them from here.
export { leniencyTag, type LeniencyFinding, type LeniencyKind } from './leniency-finding';

/** What the extra requests showed about an accepted invalid part. */
interface Settlement {
  /** `ignored`: leniency (of `kind`); `used`: the invalid part had an effect; `unknown`: could not tell (stays a failure). */
  verdict: 'ignored' | 'used' | 'unknown';
  /** The kind of leniency, when `verdict` is `ignored`. */
  kind?: LeniencyKind;
  /** One clause for the message: what was compared and what came out. */
  note: string;
  /** The re-send or read-back exchanges, for the report. */
  evidence: Exchange[];
}

/** Sends one more case through the exchange layer (passed in to keep exchange.ts free of a cycle). */
export type SendCase = (testCase: Case) => Promise<Exchange>;

/** The leniency findings of the run so far (kept in its run state), one per distinct mutation and phase. */
export function leniencyFindings(session: Session): readonly LeniencyFinding[] {
  return session.leniency.findings;
}

const SHOWN = 60;
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}...` : text;
}

/** A follow-up case: the same operation's request changed, judged as a positive case (it carries no violation). */
function followUp(testCase: Case, change: Partial<Case>): Case {
  return { ...testCase, mode: 'positive', mutation: undefined, ...change };
}

function answered(exchange: Exchange): WireResponse | undefined {
  return exchange.blocked || exchange.transportError ? undefined : exchange.response;
}

/** True when sending the request again is expected to answer the same (no create, no delete). */
function repeatable(operation: Operation): boolean {
  return !writes(operation) || operation.method === 'put' || operation.method === 'patch';
}

async function settleQuery(testCase: Case, response: WireResponse, send: SendCase): Promise<Settlement | undefined> {
  const mutation = testCase.mutation;
  const name = mutation ? pointerTokens(mutation.pointer)[0] : undefined;
  const parameter = testCase.operation.parameters.find((p) => p.in === 'query' && p.name === name);
  // A required parameter cannot be left out, so "the server ignored it" would be no excuse: the 2xx stays a failure.
  if (!parameter || parameter.required || name === undefined) return undefined;
  if (!repeatable(testCase.operation)) return { verdict: 'unknown', note: `not re-sent without ${name}: a second create or delete would not answer the same`, evidence: [] };
  const query = { ...testCase.query };
  delete query[name];
  const resend = await send(followUp(testCase, { query }));
  const again = answered(resend);
  if (!again) return { verdict: 'unknown', note: `re-sending it without ${name} got no answer (${resend.blocked ?? resend.transportError})`, evidence: [resend] };
  const difference = answerDifference(response, again, name);
  if (difference === undefined) {
    const ignored: Settlement = { verdict: 'ignored', kind: 'ignored', note: `the same request without query parameter ${name} got the same answer (${again.status})`, evidence: [resend] };
    return (await tellTruncation(testCase, parameter.schema, name, again, send)) ?? ignored;
  }
  const used: Settlement = { verdict: 'used', note: `the invalid value changed the result: without ${name} ${difference}`, evidence: [resend] };
  const bound = clampedValue(parameter.schema, testCase.query[name]);
  if (bound === undefined) return used;
  const clamped = await send(followUp(testCase, { query: { ...testCase.query, [name]: bound } }));
  const atBound = answered(clamped);
  const clampedDifference = atBound ? answerDifference(response, atBound, name) : `got no answer (${clamped.blocked ?? clamped.transportError})`;
  if (clampedDifference === undefined) return { verdict: 'ignored', kind: 'clamped', note: `the same request with ${name}=${bound} (the documented bound) got the same answer (${atBound?.status}): the value was clamped`, evidence: [resend, clamped] };
  return { ...used, note: `${used.note}; with ${name}=${bound} (the documented bound) ${clampedDifference}`, evidence: [resend, clamped] };
}

/**
 * A decimal sent to an integer filter that answered like no filter may still have been used truncated, when the
 * truncated value happens to select every row (`uploaded_by=1.5` on a page where every row has uploader 1). The
 * telling value is a listed row's own value + 0.5 where that value does not select every row: ignored, it answers
 * like no filter again; used truncated, it answers that row's subset. Undefined when nothing was learnt.
 */
async function tellTruncation(testCase: Case, schema: JsonSchema, name: string, unfiltered: WireResponse, send: SendCase): Promise<Settlement | undefined> {
  const sent = Number(testCase.query[name] instanceof IntegerText ? Number.NaN : testCase.query[name]);
  const integerFilter = typeof schema === 'object' && generatedTypes(flattenTopLevel(schema, schema)).includes('integer');
  if (!integerFilter || !Number.isFinite(sent) || Number.isInteger(sent)) return undefined;
  const telling = tellingValue(unfiltered.json, name, Math.trunc(sent));
  if (telling === undefined) return undefined;
  const probe = await send(followUp(testCase, { query: { ...testCase.query, [name]: telling + 0.5 } }));
  const answer = answered(probe);
  if (!answer) return undefined;
  const difference = answerDifference(answer, unfiltered, name);
  const asked = `${name}=${telling + 0.5} (a listed object's ${name} + 0.5)`;
  if (difference === undefined) return { verdict: 'ignored', kind: 'ignored', note: `the same request without query parameter ${name} got the same answer (${unfiltered.status}), and so did ${asked}`, evidence: [probe] };
  return { verdict: 'used', note: `the decimal was used truncated: the same request without ${name} answered the same, but ${asked} did not (${difference.replace('with it', `with ${telling + 0.5}`)})`, evidence: [probe] };
}

/** A whole-number value of field `name` among the listed rows that not every row has (and not `asked`), else undefined. */
function tellingValue(body: unknown, name: string, asked: number): number | undefined {
  const rows = Array.isArray(body) ? body : body !== null && typeof body === 'object' && Array.isArray((body as Record<string, unknown>).results) ? ((body as Record<string, unknown>).results as unknown[]) : [];
  const values = rows.map((row) => (row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[name] : undefined));
  return values.find((value): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value !== asked && values.some((other) => other !== value));
}

/** The GET that reads back the object a 2xx body write created or changed, or why there is none. */
function readBackCase(api: ApiModel, testCase: Case, response: WireResponse): Case | string {
  const operation = testCase.operation;
  if (operation.method === 'post') {
    const item = itemOperation(api, operation.path, 'get');
    if (!item) return `${describeOperation(operation)} has no item GET to read the object back`;
    const keyName = itemKeyProperty(api, operation.path, response.json);
    const body = response.json as Record<string, unknown> | undefined;
    const key = keyName && body && typeof body === 'object' ? body[keyName] : undefined;
    if (key === undefined || key === null) return 'the response names no key of the created object to read it back';
    return { ...followUp(testCase, {}), operation: item.operation, pathParams: { ...testCase.pathParams, [item.param]: key }, query: {}, headers: {}, cookies: {}, body: undefined };
  }
  const detail = api.operations.find((op) => op.method === 'get' && op.path === operation.path);
  if (!detail) return `${operation.path} has no GET to read the object back`;
  return { ...followUp(testCase, {}), operation: detail, query: {}, headers: {}, cookies: {}, body: undefined };
}

/** What reading the object back shows at the mutation's pointer: `found` with the value, or why nothing was read. */
async function readBack(api: ApiModel, testCase: Case, response: WireResponse, pointer: string, send: SendCase): Promise<{ exchange?: Exchange; found?: { value: unknown }; problem?: string; unavailable?: string }> {
  const readCase = readBackCase(api, testCase, response);
  if (typeof readCase === 'string') return { unavailable: readCase };
  const exchange = await send(readCase);
  const read = answered(exchange);
  const where = `GET ${exchange.request.path}`;
  if (!read) return { exchange, problem: `reading it back (${where}) got no answer (${exchange.blocked ?? exchange.transportError})` };
  if (read.status < 200 || read.status >= 300) return { exchange, problem: `reading it back (${where}) answered ${read.status}` };
  const value = resolvePointer(read.json, pointer);
  return { exchange, found: value === undefined ? undefined : { value } };
}

async function settleBody(api: ApiModel, testCase: Case, response: WireResponse, send: SendCase): Promise<Settlement | undefined> {
  const mutation = testCase.mutation;
  if (!mutation) return undefined;
  if (mutation.keyword === 'required' && mutation.pointer === '') {
    if (testCase.operation.method !== 'patch') return undefined;
    return { verdict: 'ignored', kind: 'empty-update', note: 'a PATCH without a body is an empty partial update: nothing was sent that could be stored', evidence: [] };
  }
  const unknownField = mutation.keyword === 'additionalProperties' && mutation.original === undefined;
  // A removed required field has no value to look for: the 2xx alone is the failure.
  if (!unknownField && mutation.value === undefined) return undefined;
  const echoed = resolvePointer(response.json, mutation.pointer);
  if (unknownField && echoed !== undefined) return { verdict: 'used', note: `the response echoes it (${mutation.pointer} = ${show(echoed)})`, evidence: [] };
  if (!unknownField && isDeepStrictEqual(echoed, mutation.value)) return { verdict: 'used', note: `the response echoes it (${mutation.pointer} = ${show(echoed)})`, evidence: [] };
  const back = await readBack(api, testCase, response, mutation.pointer, send);
  const evidence = back.exchange ? [back.exchange] : [];
  const where = back.exchange ? `GET ${back.exchange.request.path}` : '';
  if (unknownField) {
    if (back.found) return { verdict: 'used', note: `it was stored: reading it back (${where}) shows ${mutation.pointer} = ${show(back.found.value)}`, evidence };
    if (back.problem) return { verdict: 'unknown', note: `it was not echoed, but ${back.problem}`, evidence };
    const how = back.unavailable ? `not echoed; ${back.unavailable}` : `neither echoed nor stored (read back with ${where})`;
    return { verdict: 'ignored', kind: 'dropped', note: `the unknown field was dropped: ${how}`, evidence };
  }
  if (!back.found) return back.problem ? { verdict: 'unknown', note: back.problem, evidence } : undefined;
  if (mutation.keyword === 'type' && isCanonicalCoercion(bodySchemaAt(testCase, mutation.pointer), bodySchema(testCase) ?? {}, mutation.value, back.found.value)) {
    return { verdict: 'ignored', kind: 'coerced', note: `it was stored as ${show(back.found.value)}, its canonical value in the documented type (reading it back with ${where}), a valid value there`, evidence };
  }
  const stored = isDeepStrictEqual(back.found.value, mutation.value) ? 'it was stored' : `it was stored as ${show(back.found.value)} instead`;
  return { verdict: 'used', note: `${stored}: reading it back (${where}) shows ${mutation.pointer} = ${show(back.found.value)}`, evidence };
}

/** The JSON schema of the case's request body. */
function bodySchema(testCase: Case): JsonSchema | undefined {
  const media = testCase.operation.requestBody?.content.find((m) => m.mediaType === testCase.body?.mediaType) ?? testCase.operation.requestBody?.content[0];
  return media?.schema;
}

function bodySchemaAt(testCase: Case, pointer: string): JsonSchema | undefined {
  const schema = bodySchema(testCase);
  return schema === undefined ? undefined : schemaAt(schema, schema, pointer);
}

function settlementKey(testCase: Case): string {
  const m = testCase.mutation;
  return JSON.stringify(['accepted', testCase.operation.id, testCase.phase, m?.location, m?.pointer, m?.keyword, m?.value === undefined ? null : m.value]);
}

/** Settles one accepted negative case, once per distinct mutation and phase (the first exchange's answer stands for the rest). */
function settle(session: Session, api: ApiModel, testCase: Case, response: WireResponse, send: SendCase): Promise<Settlement | undefined> {
  return settledOnce(session.leniency, settlementKey(testCase), () => {
    const location = testCase.mutation?.location;
    return location === 'query' ? settleQuery(testCase, response, send) : location === 'body' ? settleBody(api, testCase, response, send) : Promise.resolve(undefined);
  });
}

/** What a finding's message says the server did, by kind. */
const DID: Record<LeniencyKind, string> = {
  ignored: 'accepted but ignored',
  dropped: 'accepted but ignored',
  'empty-update': 'accepted but ignored',
  clamped: 'accepted and clamped to the documented bound',
  coerced: 'accepted and coerced to the documented type',
  'refuses-unknown-reference': 'refused as naming no object',
};

/** The message of a leniency finding. */
function leniencyMessage(testCase: Case, status: number, note: string, kind: LeniencyKind): string {
  return `invalid input was ${DID[kind]}: ${describeOperation(testCase.operation)} answered ${status} to ${describeMutation(testCase)}; ${note} (${leniencyTag(kind)})`;
}


/**
 * The verdicts with `invalid input is rejected` settled when a negative case was answered 2xx: `lenient` (or, with
 * --strict, failed in category leniency) when the invalid part was shown to be ignored, still failed (with what
 * the extra requests showed) otherwise. Also returns the extra exchanges, for the report.
 */
export async function settleAcceptedInvalidInput(
  session: Session,
  api: ApiModel,
  testCase: Case,
  response: WireResponse,
  verdicts: CheckOutcome[],
  send: SendCase,
): Promise<{ verdicts: CheckOutcome[]; evidence: Exchange[] }> {
  const at = verdicts.findIndex((v) => v.name === invalidInputIsRejected.name && v.status === 'failed' && v.failure?.category === Category.invalidInputAccepted);
  if (at < 0 || testCase.mode !== 'negative' || !testCase.mutation || response.status < 200 || response.status >= 300) return { verdicts, evidence: [] };
  const settled = await settle(session, api, testCase, response, send);
  if (!settled) return { verdicts, evidence: [] };
  const verdict = verdicts[at];
  const changed = [...verdicts];
  if (settled.verdict === 'ignored') {
    const kind = settled.kind ?? 'ignored';
    const message = leniencyMessage(testCase, response.status, settled.note, kind);
    const subject = mutationSubject(testCase.mutation);
    recordFinding(session, { operation: testCase.operation, check: verdict.name, phase: testCase.phase, kind, subject, message });
    changed[at] = { ...verdict, status: session.config.strict ? 'failed' : 'lenient', failure: new LeniencyFailure(message, kind, subject) };
  } else {
    changed[at] = { ...verdict, failure: new Failure(`${verdict.failure?.message}; ${settled.note}`, Category.invalidInputAccepted) };
  }
  return { verdicts: changed, evidence: settled.evidence };
}

/**
 * Records a finding in the run state and announces it (`leniency-finding`), once per message: scenarios record
 * theirs here too.
 */
export function recordFinding(session: Session, entry: Omit<LeniencyFinding, 'fingerprint' | 'category' | 'api'>): void {
  const list = session.leniency.findings;
  if (list.some((f) => f.message === entry.message)) return;
  const finding = leniencyFinding(entry);
  list.push(finding);
  const api = session.apis.find((candidate) => candidate.name === finding.api);
  if (api) session.events.emit({ type: 'leniency-finding', api, operation: entry.operation, finding });
}

/** The past tense a test title gives each kind: `... was ignored`, `... was clamped`. */
export const KIND_TITLE: Record<LeniencyKind, string> = {
  ignored: 'was ignored',
  dropped: 'was ignored',
  'empty-update': 'was ignored',
  clamped: 'was clamped',
  coerced: 'was coerced',
  'refuses-unknown-reference': 'was refused as naming no object',
};

/** The findings counted by kind, most first: `ignored 55, clamped 12`. */
export function countByKind(list: readonly LeniencyFinding[]): string {
  const counts = new Map<LeniencyKind, number>();
  for (const finding of list) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ${count}`).join(', ');
}
