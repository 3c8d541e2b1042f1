/**
 * The verdict of one check over one phase, as data: what the mocha `it` of the check reports and what `run()`
 * counts. A check that judged nothing is skipped with the reason, never passed.
 */
import type { Exchange } from './exchange';
import type { Finding, FindingCollector } from './findings';
import type { PhaseResult } from './phase-run';
import type { Operation } from '../model/operation';

/** A finding with the smallest exchange that shows it. */
export interface AssignedFinding {
  finding: Finding;
  exchange?: Exchange;
}

/** How one check did in one phase. */
export type CheckVerdict =
  | { status: 'passed' }
  | { status: 'skipped'; reason: string }
  /** The phase could not judge (it did not run, or its cases could not be generated): a broken test, not the target's fault. */
  | { status: 'broken'; category: 'setup' | 'generation'; message: string }
  /** `findings` are the new causes this phase found (most cases first); empty when only a tally says it failed. */
  | { status: 'failed'; findings: AssignedFinding[] };

/** Decides a check's verdict from its phase's result and the run's findings. */
export function checkVerdict(collector: FindingCollector, operation: Operation, result: PhaseResult | undefined, check: string, error?: string): CheckVerdict {
  if (!result) return { status: 'broken', category: 'setup', message: `[setup] ${error ?? 'the phase did not run (see the hook failure above)'}` };
  if (result.skipped) return { status: 'skipped', reason: result.skipped };
  if (result.generationError) return { status: 'broken', category: 'generation', message: `[generation] could not generate ${result.phase} cases: ${result.generationError}` };
  const tally = result.tallies.get(check);
  if (!tally) {
    if (result.blocked > 0) return { status: 'skipped', reason: `${result.blocked} case(s) not sent: ${result.blockedReason}` };
    const idle = result.notApplicable?.get(check);
    if (idle) return { status: 'skipped', reason: `not applicable: nothing to judge in the ${result.casesSent} ${result.phase} case(s) sent (${idle.reason})` };
    return { status: 'skipped', reason: `the check applies to none of the ${result.casesSent} ${result.phase} case(s) sent` };
  }
  const findings = collector.phaseFindings(operation, result.phase, check);
  if (findings.length > 0) return { status: 'failed', findings };
  if (tally.failed === 0) return { status: 'passed' };
  const repeated = collector.repeatedFindings(operation, result.phase, check);
  // Neither a pass (it failed) nor a second failure (the defect is counted once, in the phase that found it first).
  if (repeated.length > 0) return { status: 'skipped', reason: `failed only with finding(s) already reported: ${repeated.map((f) => `${f.fingerprint} (${f.location}, first in ${f.phase})`).join(', ')}` };
  return { status: 'failed', findings: [] };
}
