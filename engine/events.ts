/**
 * The run's events as typed data. The engine emits them; reporters (Allure via mocha, summary, HAR, coverage map,
 * baseline, progress) subscribe. Emitting with no subscriber costs one empty loop, so the fuzz loop can emit every
 * exchange.
 */
import type { ApiModel, Operation } from '../model/operation';
import type { Failure } from '../checks/check';
import type { Exchange } from './exchange';
import type { Finding } from './findings';
import type { LeniencyFinding } from './leniency-finding';
import type { SpecDefectFinding } from './spec-defects';
import type { PhaseResult } from './phase-run';

/** How one scenario check ended. */
export type ScenarioOutcome = 'passed' | 'failed' | 'skipped' | 'broken';

/** What a run recorded, counted: `run-finished` carries it and `run()` resolves with it. */
export interface RunTotals {
  operations: number;
  phases: number;
  casesSent: number;
  /** Check verdicts per phase (one per check that applied) and scenario outcomes. */
  passed: number;
  failed: number;
  skipped: number;
  /** Distinct findings (a cause found in several phases counts once). */
  findings: number;
}

/** Everything a subscriber can learn about a run, in the order it happens. */
export type RunEvent =
  /** Sent once, before the first request. */
  | { type: 'run-started'; apis: readonly ApiModel[]; seed: number }
  /** One operation's phases are about to run. */
  | { type: 'operation-planned'; api: ApiModel; operation: Operation; phases: readonly string[] }
  /** One case was sent (or blocked) and judged by every applicable check; scenario requests included. */
  | { type: 'exchange'; api: ApiModel; exchange: Exchange }
  /** A phase of one operation is about to send its cases (exchanges until phase-finished belong to it). */
  | { type: 'phase-started'; api: ApiModel; operation: Operation; phase: string }
  /** The phase's cases were all sent; what follows until phase-finished are shrinking replays of failures. */
  | { type: 'phase-shrinking'; api: ApiModel; phase: string }
  /** A phase of one operation finished: every check's tally and smallest failure. */
  | { type: 'phase-finished'; api: ApiModel; operation: Operation; result: PhaseResult }
  /** A scenario (multi-request) check finished. */
  | { type: 'scenario-finished'; api: ApiModel; operation: Operation; scenario: string; outcome: ScenarioOutcome; failure?: Failure; reason?: string; exchanges: readonly Exchange[] }
  /** A new defect: sent once per finding, after the phase-finished or scenario-finished that found it. */
  | { type: 'finding'; api: ApiModel; operation: Operation; finding: Finding; exchange?: Exchange }
  /** A defect of a document the run works around (repaired on load): sent once each, right after run-started. */
  | { type: 'spec-finding'; api: ApiModel; finding: SpecDefectFinding }
  /** Invalid input accepted and shown to be ignored (or clamped, coerced; a valid reference to no object refused): once per finding, as found. */
  | { type: 'leniency-finding'; api: ApiModel; operation: Operation; finding: LeniencyFinding }
  /** Sent once, after the last request and before cleanup; `totals` when the engine drove the run. */
  | { type: 'run-finished'; interrupted?: string; totals?: RunTotals };

/** A subscriber; it must not throw (a reporter's bug must not stop the run), so emit() guards it anyway. */
export type RunListener = (event: RunEvent) => void;

/** The run's event bus. */
export class RunEvents {
  private readonly listeners: RunListener[] = [];
  /** Errors thrown by listeners, one line each: reported at the end instead of breaking the run. */
  readonly listenerErrors: string[] = [];

  /** Subscribes; returns the function that unsubscribes. */
  on(listener: RunListener): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  /** Hands the event to every subscriber in subscription order. */
  emit(event: RunEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (err) {
        this.listenerErrors.push(`${event.type} listener: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
      }
    }
  }
}
