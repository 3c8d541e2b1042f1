/**
 * The API coverage map, built from every exchange of the run (subscribed to `session.events`): per operation, the
 * documented statuses seen and never seen, each parameter sent and left out with valid and invalid values, each
 * keyword of the request and response schemas hit by valid and invalid values, and the value classes tried.
 */
import type { Case, CoverageTag, Mutation } from '../../model/case';
import { approximateIntegers } from '../../json/integer-text';
import type { ApiModel, JsonSchema, Operation, Parameter } from '../../model/operation';
import { documentedResponse } from '../../checks/support/documented-response';
import { documentedBody } from '../../checks/support/documented-body';
import type { WireResponse } from '../../targets/target';
import type { RunEvents } from '../../engine/events';
import { keywordHits, keywordInstances, type KeywordHits } from './keywords';
import type { CoverageReport, KeywordCoverage, Level, OperationCoverage, ParameterCoverage } from './model';

/**
 * The parts of a case the map reads: what the reporter thread (reporters/worker/) rebuilds from a posted record,
 * and what every Case already is.
 */
export type CoverageCase = Pick<Case, 'operation' | 'phase' | 'mode' | 'pathParams' | 'query' | 'headers' | 'cookies' | 'body'> & {
  mutation?: Pick<Mutation, 'keyword' | 'location' | 'pointer'>;
  coverage?: Pick<CoverageTag, 'class'>;
  /** Only whether the case is a method probe matters here. */
  probe?: unknown;
};

/** The parts of an exchange the map reads (an Exchange is one). */
export interface CoverageExchange {
  testCase: CoverageCase;
  response?: WireResponse;
  blocked?: string;
}

interface KeywordTally {
  schema: string;
  keyword: string;
  side: 'request' | 'response';
  valid: number;
  invalid: number;
}

interface OperationTally {
  api: string;
  operation: Operation;
  exchanges: number;
  statusCounts: Map<number, number>;
  parameters: Map<Parameter, { present: number; absent: number; valid: number; invalid: number }>;
  keywords: Map<string, KeywordTally>;
  classes: Map<string, number>;
}

function keyOf(schema: string, keyword: string): string {
  return `${schema} ${keyword}`;
}

/** The schemas an operation's keywords are counted in, each with the label the map shows. */
function schemasOf(operation: Operation): { label: string; schema: JsonSchema; side: 'request' | 'response' }[] {
  const out: { label: string; schema: JsonSchema; side: 'request' | 'response' }[] = [];
  for (const parameter of operation.parameters) out.push({ label: `${parameter.in} ${parameter.name}`, schema: parameter.schema, side: 'request' });
  for (const media of operation.requestBody?.content ?? []) if (media.schema !== undefined) out.push({ label: `request body ${media.mediaType}`, schema: media.schema, side: 'request' });
  for (const response of operation.responses) {
    for (const media of response.content) if (media.schema !== undefined) out.push({ label: `response ${response.status} ${media.mediaType}`, schema: media.schema, side: 'response' });
  }
  return out;
}

function newTally(api: string, operation: Operation): OperationTally {
  const keywords = new Map<string, KeywordTally>();
  for (const { label, schema, side } of schemasOf(operation)) {
    for (const keyword of keywordInstances(schema)) keywords.set(keyOf(label, keyword), { schema: label, keyword, side, valid: 0, invalid: 0 });
  }
  const parameters = new Map(operation.parameters.map((p) => [p, { present: 0, absent: 0, valid: 0, invalid: 0 }]));
  return { api, operation, exchanges: 0, statusCounts: new Map(), parameters, keywords, classes: new Map() };
}

function bucket(testCase: CoverageCase, parameter: Parameter): Record<string, unknown> {
  return parameter.in === 'path' ? testCase.pathParams : parameter.in === 'query' ? testCase.query : parameter.in === 'header' ? testCase.headers : testCase.cookies;
}

/** True when the case's one violation is in this parameter (including leaving it out). */
function targets(testCase: CoverageCase, parameter: Parameter): boolean {
  const mutation = testCase.mutation;
  if (!mutation || testCase.mode !== 'negative') return false;
  return mutation.location === parameter.in && (mutation.pointer === `/${parameter.name}` || mutation.pointer.startsWith(`/${parameter.name}/`));
}

function addHits(tally: OperationTally, label: string, hits: KeywordHits): void {
  for (const keyword of hits.valid) {
    const entry = tally.keywords.get(keyOf(label, keyword));
    if (entry) entry.valid++;
  }
  for (const keyword of hits.invalid) {
    const entry = tally.keywords.get(keyOf(label, keyword));
    if (entry) entry.invalid++;
  }
}

/** Data pointer (`/a/b`) to schema pointer (`/properties/a/properties/b`), for big-integer cases AJV sees rounded. */
function schemaPointer(pointer: string): string {
  return pointer === '' ? '' : pointer.split('/').slice(1).map((token) => `/properties/${token}`).join('');
}

/** Collects the map from exchange events. */
export class CoverageCollector {
  private readonly tallies = new Map<Operation, OperationTally>();

  constructor(apis: readonly ApiModel[]) {
    for (const api of apis) for (const operation of api.operations) this.tallies.set(operation, newTally(api.name, operation));
  }

  /** Subscribes to the run's exchanges; returns the function that unsubscribes. */
  subscribe(events: RunEvents): () => void {
    return events.on((event) => {
      if (event.type === 'exchange') this.record(event.exchange);
    });
  }

  /** Counts one exchange. */
  record(exchange: CoverageExchange): void {
    if (exchange.blocked) return;
    const testCase = exchange.testCase;
    const tally = this.tallies.get(testCase.operation);
    if (!tally) return;
    tally.exchanges++;
    if (testCase.coverage) tally.classes.set(testCase.coverage.class, (tally.classes.get(testCase.coverage.class) ?? 0) + 1);
    // A method probe asks about another method: its answer says nothing about this operation's documentation.
    if (testCase.probe) return;
    const response = exchange.response;
    if (response) tally.statusCounts.set(response.status, (tally.statusCounts.get(response.status) ?? 0) + 1);
    this.recordRequest(tally, testCase);
    if (response && response.json !== undefined) {
      const body = documentedBody(testCase.operation, response);
      if (body) addHits(tally, `response ${body.response.status} ${body.media.mediaType}`, keywordHits(body.schema, response.json));
    }
  }

  private recordRequest(tally: OperationTally, testCase: CoverageCase): void {
    for (const [parameter, counts] of tally.parameters) {
      const value = bucket(testCase, parameter)[parameter.name];
      if (value === undefined) {
        counts.absent++;
        if (targets(testCase, parameter)) counts.invalid++;
        continue;
      }
      counts.present++;
      const hits = keywordHits(parameter.schema, approximateIntegers(value));
      if (targets(testCase, parameter)) {
        counts.invalid++;
        this.markTagged(tally, `${parameter.in} ${parameter.name}`, testCase, hits, `/${parameter.name}`);
      } else counts.valid++;
      addHits(tally, `${parameter.in} ${parameter.name}`, hits);
    }
    const body = testCase.body;
    if (body && !Buffer.isBuffer(body.value) && typeof body.value !== 'string') {
      const media = testCase.operation.requestBody?.content.find((m) => m.mediaType === body.mediaType);
      if (media?.schema !== undefined) {
        const label = `request body ${media.mediaType}`;
        const hits = keywordHits(media.schema, approximateIntegers(body.value));
        if (testCase.mode === 'negative' && testCase.mutation?.location === 'body') this.markTagged(tally, label, testCase, hits, '');
        addHits(tally, label, hits);
      }
    }
  }

  /** A negative case whose broken keyword AJV could not see (a big integer it only sees rounded) still counts. */
  private markTagged(tally: OperationTally, label: string, testCase: CoverageCase, hits: KeywordHits, prefix: string): void {
    const mutation = testCase.mutation;
    if (!mutation || hits.invalid.size > 0) return;
    const keyword = `${schemaPointer(mutation.pointer.slice(prefix.length))}/${mutation.keyword}`;
    if (tally.keywords.has(keyOf(label, keyword))) {
      hits.invalid.add(keyword);
      hits.valid.delete(keyword);
    }
  }

  /** The map as it stands. */
  report(now = new Date()): CoverageReport {
    const operations = [...this.tallies.values()].map(summarise);
    const count = (pick: (op: OperationCoverage) => [number, number]): [number, number] =>
      operations.reduce<[number, number]>((sum, op) => {
        const [a, b] = pick(op);
        return [sum[0] + a, sum[1] + b];
      }, [0, 0]);
    const [seen, statusTotal] = count((op) => [op.statuses.filter((s) => s.seen > 0).length, op.statuses.length]);
    const [covered, keywordTotal] = count((op) => [op.keywords.filter((k) => k.level === 'full').length, op.keywords.length]);
    const [full, parameterTotal] = count((op) => [op.parameters.filter((p) => p.level === 'full').length, op.parameters.length]);
    return {
      generatedAt: now.toISOString(),
      totals: {
        operations: { covered: operations.filter((op) => op.exchanges > 0).length, total: operations.length },
        statuses: { seen, total: statusTotal },
        keywords: { covered, total: keywordTotal },
        parameters: { full, total: parameterTotal },
      },
      operations,
    };
  }
}

function level(hit: number, of: number): Level {
  return hit === 0 ? 'none' : hit >= of ? 'full' : 'partial';
}

function summarise(tally: OperationTally): OperationCoverage {
  const { operation } = tally;
  const statuses = operation.responses.map((response) => ({ status: response.status, description: response.description, seen: 0 }));
  const undocumented: Record<string, number> = {};
  for (const [status, times] of tally.statusCounts) {
    const entry = documentedResponse(operation, status);
    const row = entry ? statuses.find((s) => s.status === entry.status) : undefined;
    if (row) row.seen += times;
    else undocumented[String(status)] = times;
  }
  const parameters: ParameterCoverage[] = [...tally.parameters].map(([parameter, counts]) => {
    const absentPossible = parameter.in !== 'path';
    const marks = [counts.present > 0, counts.valid > 0, counts.invalid > 0, ...(absentPossible ? [counts.absent > 0] : [])];
    return {
      name: parameter.name,
      in: parameter.in,
      required: parameter.required,
      present: counts.present,
      absent: absentPossible ? counts.absent : null,
      valid: counts.valid,
      invalid: counts.invalid,
      level: level(marks.filter(Boolean).length, marks.length),
    };
  });
  const keywords: KeywordCoverage[] = [...tally.keywords.values()].map((k) => ({
    schema: k.schema,
    keyword: k.keyword,
    valid: k.valid,
    invalid: k.invalid,
    level: k.side === 'response' ? level(k.valid + k.invalid > 0 ? 1 : 0, 1) : level(Number(k.valid > 0) + Number(k.invalid > 0), 2),
  }));
  return {
    api: tally.api,
    id: operation.id,
    method: operation.method.toUpperCase(),
    path: operation.path,
    exchanges: tally.exchanges,
    statuses,
    neverSeen: statuses.filter((s) => s.seen === 0).map((s) => `${s.status} ${s.description}`.trim()),
    undocumented,
    parameters,
    keywords,
    classes: Object.fromEntries([...tally.classes].sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The one-line stdout summary: `coverage: 14/14 operations, 38/41 documented statuses, 212/240 keywords`. */
export function coverageLine(report: CoverageReport): string {
  const { operations, statuses, keywords } = report.totals;
  return `coverage: ${operations.covered}/${operations.total} operations, ${statuses.seen}/${statuses.total} documented statuses, ${keywords.covered}/${keywords.total} keywords`;
}
