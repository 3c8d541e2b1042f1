/**
 * Findings: a run's failures grouped by cause. Forty fuzz cases that break the same field of the same response are
 * one defect, not forty; a finding names it once (operation, check, category and the place in the body or the
 * mutation that caused it), says how many cases hit it and keeps the smallest. Built from the run's events only.
 */
import { createHash } from 'node:crypto';
import type { Case } from '../model/case';
import type { ApiModel, Operation } from '../model/operation';
import { Category, formatFailureMessage, isFindingCategory, type FindingCategory } from '../checks/categories';
import type { Failure } from '../checks/check';
import type { Exchange } from './exchange';
import type { RunEvent, RunEvents } from './events';

/** The smallest case of a finding as a file keeps it: enough to show it, and for `conformance replay` to re-send it. */
export interface FindingCase {
  /** The request as sent, credentials replaced by the placeholder. */
  request: { method: string; path: string; headers: Record<string, string>; body?: string };
  /** The status that came back, or undefined when none did. */
  status?: number;
  curl: string;
  /** The generated case without its operation (the operation id is the finding's): mode, phase, mutation, probes. */
  testCase: Omit<Case, 'operation'>;
}

/** One defect: every failure of one check on one operation with the same cause. */
export interface Finding {
  /** Stable across runs and seeds: a hash of api, operation id, check, category and location. */
  fingerprint: string;
  check: string;
  /** One of the one category union (a category no list names is filed as `check error`: a check's own bug). */
  category: FindingCategory;
  api: string;
  operation: string;
  /** `GET /path`, for readers. */
  endpoint: string;
  /** The phase that first hit it; `phases` lists every phase that did (its count adds them up). */
  phase: string;
  phases: string[];
  /** Where the cause is: `body /results/*\/name`, `mutation enum at body /reason_type`, `status 500`, ... */
  location: string;
  /** The first failure's message, `[category] ...`. */
  message: string;
  /** How many cases of the phase hit it (shrinking replays not counted). */
  count: number;
  /** Cases of the phase the check judged (hit or not). */
  judged: number;
  smallest?: FindingCase;
  /** Set by the baseline: `known` when accepted, `new` otherwise. */
  status?: 'new' | 'known';
  /** The baseline's note, for a known finding. */
  note?: string;
}

/** The typed category of a failure's category word. */
function categoryOf(name: string): FindingCategory {
  return isFindingCategory(name) ? name : Category.checkError;
}

/** JSON pointers with array indices replaced by `*`: which element broke varies by case, the field does not. */
export function normalizePointer(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

/** Where a failure's cause is: the body pointer the check named, else the mutation, probe, status or transport. */
export function findingLocation(exchange: Exchange, failure: Failure): string {
  if (failure.pointer !== undefined) return `body ${normalizePointer(failure.pointer) || '/'}`;
  const { mutation, auth, probe } = exchange.testCase;
  if (mutation) return `mutation ${mutation.keyword} at ${mutation.location} ${normalizePointer(mutation.pointer) || '/'}`;
  if (auth) return `${auth} credentials`;
  if (probe) return `method ${probe.method.toUpperCase()}`;
  if (!exchange.response) return 'no response';
  return `status ${exchange.response.status}`;
}

/** The stable fingerprint: no seed, value or status text, only what names the defect. */
export function fingerprintOf(api: string, operation: string, check: string, category: string, location: string): string {
  return createHash('sha256').update([api, operation, check, category, location].join('\u0000')).digest('hex').slice(0, 16);
}

/** Rough size of a request, to pick the smallest case of a finding. */
function requestSize(exchange: Exchange): number {
  const body = exchange.request.body;
  return exchange.request.path.length + (body === undefined ? 0 : typeof body === 'string' ? body.length : body.byteLength);
}

function smaller(candidate: Exchange, kept: Exchange | undefined): boolean {
  return !kept || requestSize(candidate) < requestSize(kept);
}

/** The file form of an exchange. */
export function findingCase(exchange: Exchange): FindingCase {
  const { method, path, headers, body } = exchange.request;
  const { operation: _operation, ...testCase } = exchange.testCase;
  return {
    request: { method, path, headers, body: body === undefined ? undefined : String(body) },
    status: exchange.response?.status,
    curl: exchange.curl,
    testCase,
  };
}

/** A finding in the making, with its smallest exchange kept in memory for the report's attachment. */
interface Group {
  finding: Finding;
  /** Undefined only for a scenario that failed before sending anything. */
  exchange?: Exchange;
}

/** The phase whose exchanges are being grouped now; shrinking replays only refine the smallest case. */
interface Window {
  api: ApiModel;
  operation: Operation;
  phase: string;
  shrinking: boolean;
  groups: Map<string, Group>;
  judged: Map<string, number>;
}

/** Groups a run's failures into findings as its events arrive. */
export class FindingCollector {
  private window?: Window;
  private readonly byPhase = new Map<string, Group[]>();
  private readonly all: Group[] = [];
  private readonly byFingerprint = new Map<string, Group>();
  /** Per phase and check: findings an earlier phase already reported that this phase hit again. */
  private readonly repeats = new Map<string, Finding[]>();
  private readonly planned = new Set<string>();

  /** Accepted findings by fingerprint, with their notes: a finding listed here is `known`, any other is `new`. */
  constructor(private readonly accepted: ReadonlyMap<string, string> = new Map()) {}

  private classify(finding: Finding): void {
    const note = this.accepted.get(finding.fingerprint);
    finding.status = note === undefined ? 'new' : 'known';
    if (note !== undefined) finding.note = note;
  }

  /** Subscribes to the session's events; returns the unsubscribe function. */
  listen(events: RunEvents): () => void {
    return events.on((event) => this.onEvent(event));
  }

  /** Every finding so far, in the order they were found. */
  findings(): Finding[] {
    return this.all.map((group) => group.finding);
  }

  /** Operation ids (`api/operation`) the run planned: a baseline finding of another operation is not "fixed". */
  plannedOperations(): ReadonlySet<string> {
    return this.planned;
  }

  /** The findings of one check in one phase of one operation, most cases first, with their smallest exchange. */
  phaseFindings(operation: Operation, phase: string, check: string): Array<{ finding: Finding; exchange?: Exchange }> {
    return (this.byPhase.get(phaseKey(operation, phase)) ?? []).filter((group) => group.finding.check === check);
  }

  /** Findings of an earlier phase that this phase's failures of the check only repeated. */
  repeatedFindings(operation: Operation, phase: string, check: string): Finding[] {
    return this.repeats.get(`${phaseKey(operation, phase)}/${check}`) ?? [];
  }

  /** The finding a failed scenario made, if any. */
  scenarioFinding(operation: Operation, scenario: string): Finding | undefined {
    return this.byPhase.get(phaseKey(operation, 'semantics'))?.find((group) => group.finding.check === scenario)?.finding;
  }

  private onEvent(event: RunEvent): void {
    switch (event.type) {
      case 'operation-planned':
        this.planned.add(`${event.api.name}/${event.operation.id}`);
        break;
      case 'phase-started':
        this.window = { api: event.api, operation: event.operation, phase: event.phase, shrinking: false, groups: new Map(), judged: new Map() };
        break;
      case 'phase-shrinking':
        if (this.window) this.window.shrinking = true;
        break;
      case 'exchange':
        if (this.window && event.exchange.testCase.operation.id === this.window.operation.id) this.onExchange(this.window, event.exchange);
        break;
      case 'phase-finished':
        this.closeWindow(event.operation, event.result.phase);
        break;
      case 'scenario-finished':
        if (event.outcome === 'failed' && event.failure) this.onScenarioFailure(event.api, event.operation, event.scenario, event.failure, event.exchanges);
        break;
      default:
        break;
    }
  }

  private onExchange(window: Window, exchange: Exchange): void {
    if (exchange.blocked) return;
    for (const verdict of exchange.verdicts) {
      if (verdict.status === 'skipped') continue;
      if (!window.shrinking) window.judged.set(verdict.name, (window.judged.get(verdict.name) ?? 0) + 1);
      if (verdict.status !== 'failed' || !verdict.failure) continue;
      const location = findingLocation(exchange, verdict.failure);
      const fingerprint = fingerprintOf(window.api.name, window.operation.id, verdict.name, verdict.failure.category, location);
      const group = window.groups.get(fingerprint);
      if (window.shrinking) {
        // A shrinking replay re-sends cases already counted; it may only bring a smaller case of a known cause.
        if (group && smaller(exchange, group.exchange)) group.exchange = exchange;
        continue;
      }
      if (!group) {
        const finding: Finding = {
          fingerprint,
          check: verdict.name,
          category: categoryOf(verdict.failure.category),
          api: window.api.name,
          operation: window.operation.id,
          endpoint: `${window.operation.method.toUpperCase()} ${window.operation.path}`,
          phase: window.phase,
          phases: [window.phase],
          location,
          message: formatFailureMessage(verdict.failure),
          count: 1,
          judged: 0,
        };
        window.groups.set(fingerprint, { finding, exchange });
      } else {
        group.finding.count++;
        if (smaller(exchange, group.exchange)) group.exchange = exchange;
      }
    }
  }

  private closeWindow(operation: Operation, phase: string): void {
    const window = this.window;
    this.window = undefined;
    if (!window || window.operation !== operation || window.phase !== phase) return;
    const groups = [...window.groups.values()].sort((a, b) => b.finding.count - a.finding.count);
    const fresh: Group[] = [];
    for (const group of groups) {
      group.finding.judged = window.judged.get(group.finding.check) ?? group.finding.count;
      if (group.exchange) {
        group.finding.message = messageOf(group.exchange, group.finding.check) ?? group.finding.message;
        group.finding.smallest = findingCase(group.exchange);
      }
      const earlier = this.byFingerprint.get(group.finding.fingerprint);
      if (earlier) {
        // The same cause in another phase (examples, then fuzz) is the same defect: one finding, counts added.
        earlier.finding.count += group.finding.count;
        earlier.finding.judged += group.finding.judged;
        earlier.finding.phases.push(phase);
        if (group.exchange && smaller(group.exchange, earlier.exchange)) {
          earlier.exchange = group.exchange;
          earlier.finding.smallest = group.finding.smallest;
        }
        const key = `${phaseKey(operation, phase)}/${group.finding.check}`;
        this.repeats.set(key, [...(this.repeats.get(key) ?? []), earlier.finding]);
        continue;
      }
      this.classify(group.finding);
      this.byFingerprint.set(group.finding.fingerprint, group);
      fresh.push(group);
    }
    this.byPhase.set(phaseKey(operation, phase), fresh);
    this.all.push(...fresh);
  }

  private onScenarioFailure(api: ApiModel, operation: Operation, scenario: string, failure: Failure, exchanges: readonly Exchange[]): void {
    const location = failure.pointer !== undefined ? `body ${normalizePointer(failure.pointer) || '/'}` : 'scenario';
    const last = exchanges[exchanges.length - 1];
    const finding: Finding = {
      fingerprint: fingerprintOf(api.name, operation.id, scenario, failure.category, location),
      check: scenario,
      category: categoryOf(failure.category),
      api: api.name,
      operation: operation.id,
      endpoint: `${operation.method.toUpperCase()} ${operation.path}`,
      phase: 'semantics',
      phases: ['semantics'],
      location,
      message: formatFailureMessage(failure),
      count: 1,
      judged: 1,
      smallest: last ? findingCase(last) : undefined,
    };
    this.classify(finding);
    const key = phaseKey(operation, 'semantics');
    const group = { finding, exchange: last };
    this.byFingerprint.set(finding.fingerprint, group);
    this.byPhase.set(key, [...(this.byPhase.get(key) ?? []), group]);
    this.all.push(group);
  }
}

/** The smallest case's own message for the check (it may word the cause with other values than the first hit). */
function messageOf(exchange: Exchange, check: string): string | undefined {
  const failure = exchange.verdicts.find((v) => v.name === check)?.failure;
  return failure ? formatFailureMessage(failure) : undefined;
}

function phaseKey(operation: Operation, phase: string): string {
  return `${operation.api}/${operation.id}/${phase}`;
}

const collectors = new WeakMap<object, FindingCollector>();

/** Starts collecting a session's findings (the CLI does, before the suites run). */
export function collectFindings(session: { events: RunEvents }, accepted?: ReadonlyMap<string, string>): FindingCollector {
  const collector = new FindingCollector(accepted);
  collector.listen(session.events);
  collectors.set(session, collector);
  return collector;
}

/** The session's collector, when one was started (plain `npx mocha` runs have none and report per check). */
export function findingCollectorOf(session: object): FindingCollector | undefined {
  return collectors.get(session);
}
