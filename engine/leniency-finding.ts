/**
 * A leniency finding as typed data: what the server did (its kind), what it did it with (the subject: where, which
 * parameter or field, which value) and the cause's fingerprint. The runner (leniency.ts, reference-leniency.ts) and
 * the scenarios make them; the session's run state keeps them (session.ts `leniency`) and the event bus announces
 * each (`leniency-finding`). Titles and counts read these fields, never the message text.
 */
import type { Operation } from '../model/operation';
import type { Mutation } from '../model/case';
import { pointerTokens } from '../json/pointer';
import { Category } from '../checks/categories';
import { Failure } from '../checks/check';
import { fingerprintOf } from './findings';

/**
 * What a lenient server did with the invalid part: `ignored` (a query value: the same answer without it), `dropped`
 * (an unknown body field), `empty-update` (a PATCH without a body), `clamped`, `coerced` (see lenient-values.ts), or
 * `refuses-unknown-reference` (a valid filter value naming no object refused; see reference-leniency.ts).
 */
export type LeniencyKind = 'ignored' | 'dropped' | 'empty-update' | 'clamped' | 'coerced' | 'refuses-unknown-reference';

/** The part of the request a leniency finding is about. */
export interface LeniencySubject {
  /** Where it was sent. */
  location: Mutation['location'];
  /** The parameter's name, or the JSON pointer of a body field (`''` for the whole body). */
  name: string;
  /** The value sent there (undefined when the part was left out). */
  value?: unknown;
  /** The words a test title uses: the mutation's description, or `query parameter channel set to -2147483648`. */
  description: string;
}

/** One leniency finding of the run: the first exchange (or scenario) of each distinct cause and value. */
export interface LeniencyFinding {
  /** Stable across runs and seeds: api, operation, check, kind and the subject's place (not its value). */
  fingerprint: string;
  category: typeof Category.leniency;
  /** The check (or scenario) whose failure the finding replaced. */
  check: string;
  api: string;
  operation: Operation;
  /** The phase of the case (`semantics` for a scenario). */
  phase: string;
  /** What the server did with the invalid part; `ignored` when a caller does not say. */
  kind: LeniencyKind;
  /** What it did it with; undefined for a scenario that names none. */
  subject?: LeniencySubject;
  /** The sentence a report shows (without the `[leniency]` prefix). */
  message: string;
}

/** The failure a lenient verdict (or scenario) carries: category leniency, with the finding's kind and subject as data. */
export class LeniencyFailure extends Failure {
  constructor(
    message: string,
    readonly kind: LeniencyKind,
    readonly subject?: LeniencySubject,
  ) {
    super(message, Category.leniency);
    this.name = 'LeniencyFailure';
  }
}

/** The closing words of every finding's message: its kind, and that only --strict fails it. */
export function leniencyTag(kind: LeniencyKind): string {
  return `a leniency finding of kind ${kind}, a failure only with --strict`;
}

/** The leniency part of a run's state (session.ts RunState): the findings so far, and each question settled once. */
export interface LeniencyState {
  findings: LeniencyFinding[];
  /** The answer to each settled question by key (one extra request per distinct mutation and phase, not per case). */
  settlements: Map<string, Promise<unknown>>;
}

/** An empty leniency state, for a new run. */
export function newLeniencyState(): LeniencyState {
  return { findings: [], settlements: new Map() };
}

/** The answer settled under `key`, asked (by `settle`) only the first time. */
export function settledOnce<T>(state: LeniencyState, key: string, settle: () => Promise<T>): Promise<T> {
  let settled = state.settlements.get(key) as Promise<T> | undefined;
  if (!settled) state.settlements.set(key, (settled = settle()));
  return settled;
}

/** The subject of a mutated case: the parameter (its name) or body field (its pointer) the mutation broke. */
export function mutationSubject(mutation: Mutation): LeniencySubject {
  const name = mutation.location === 'body' ? mutation.pointer : (pointerTokens(mutation.pointer)[0] ?? '');
  return { location: mutation.location, name, value: mutation.value, description: mutation.description };
}

/** The subject of a query parameter set to a value: `query parameter limit set to 0`. */
export function querySubject(name: string, value: unknown): LeniencySubject {
  return { location: 'query', name, value, description: `query parameter ${name} set to ${String(value)}` };
}

/** A finding with its fingerprint and category filled in. */
export function leniencyFinding(entry: Omit<LeniencyFinding, 'fingerprint' | 'category' | 'api'>): LeniencyFinding {
  const place = entry.subject ? `${entry.subject.location} ${entry.subject.name || '/'}` : 'scenario';
  const api = entry.operation.api;
  return { ...entry, api, category: Category.leniency, fingerprint: fingerprintOf(api, entry.operation.id, entry.check, Category.leniency, `${entry.kind} at ${place}`) };
}
