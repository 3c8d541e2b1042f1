/**
 * Runs one scenario (multi-request) check and records how it ended, as data. Skipped when a request was kept from
 * being sent, when the scenario had nothing to judge on this target (ScenarioSkip), or, unless --strict, when all it
 * found is a leniency finding; broken when the scenario itself crashed (the check's fault, not the target's).
 */
import type { ApiModel, Operation } from '../model/operation';
import { Category, formatFailureMessage } from '../checks/categories';
import { Failure } from '../checks/check';
import { createScenarioContext } from './scenario-context';
import { ScenarioSkip, type ScenarioCheck } from './scenario-check';
import type { ScenarioOutcome } from './events';
import type { Exchange } from './exchange';
import { recordFinding } from './leniency';
import { LeniencyFailure } from './leniency-finding';
import type { Session } from './session';

/** What one scenario did. */
export interface ScenarioRecord {
  scenario: ScenarioCheck;
  outcome: ScenarioOutcome;
  /** Why it proves nothing either way (outcome `skipped`). */
  reason?: string;
  /** The failure (outcome `failed` or `broken`). */
  failure?: Failure;
  /** True when the skip is a leniency finding (the report tags it). */
  lenient: boolean;
  exchanges: Exchange[];
}

/** Runs the scenario against the session's target and emits `scenario-finished`. */
export async function runScenarioCheck(session: Session, api: ApiModel, operation: Operation, scenario: ScenarioCheck): Promise<ScenarioRecord> {
  const context = createScenarioContext(session, api);
  let failure: Failure | undefined;
  let skipped: string | undefined;
  try {
    await scenario.run(context, operation);
  } catch (err) {
    if (err instanceof ScenarioSkip) skipped = err.message;
    else failure = err instanceof Failure ? err : new Failure(`the scenario itself crashed: ${(err as Error)?.message ?? String(err)}`, Category.checkError);
  }
  const blocked = context.exchanges.find((e) => e.blocked);
  // A leniency finding (the server ignored an invalid value) is neither a pass nor a failure unless --strict.
  const lenient = failure?.category === Category.leniency && !session.config.strict ? formatFailureMessage(failure) : undefined;
  const reason = blocked ? `a request of the scenario was not sent: ${blocked.blocked}` : (skipped ?? lenient);
  const isLenient = reason !== undefined && reason === lenient && failure !== undefined;
  if (isLenient && failure) {
    // A scenario that says what it found lenient (LeniencyFailure) gives its kind and subject; any other is `ignored`.
    const typed = failure instanceof LeniencyFailure ? failure : undefined;
    recordFinding(session, { operation, check: scenario.name, phase: 'semantics', kind: typed?.kind ?? 'ignored', subject: typed?.subject, message: failure.message });
  }
  const outcome: ScenarioOutcome = reason ? 'skipped' : !failure ? 'passed' : failure.category === Category.checkError ? 'broken' : 'failed';
  const kept = reason ? undefined : failure;
  session.events.emit({ type: 'scenario-finished', api, operation, scenario: scenario.name, outcome, failure: kept, reason, exchanges: context.exchanges });
  return { scenario, outcome, reason, failure: kept, lenient: isLenient, exchanges: context.exchanges };
}
