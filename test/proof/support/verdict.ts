/** Whether a variant's run was caught by the check meant to catch it, and the reference run's verdict. */
import type { Variant } from '../../../mock/variants';
import { failedChecks, type ServerRun } from './server-run';

/** One row of the proof's table. */
export interface VariantVerdict {
  name: string;
  area: string;
  description: string;
  expectedCheck: string;
  /** The phase the check must fail in, when the variant names one. */
  expectedPhase?: string;
  /** Phases other than the expected one in which the expected check failed (empty: only that phase reached it). */
  alsoFailedIn: string[];
  /** A summary row with the expected check and status failed exists (in the expected phase, when one is named). */
  detected: boolean;
  /** The expected check produced at least one row (false: it is not registered or never applied). */
  expectedCheckRan: boolean;
  failedChecks: { check: string; count: number }[];
  exitCode: number | null;
  closingLine?: string;
  seconds: number;
}

/** Judges a variant's run. */
export function judgeVariant(variant: Variant, run: ServerRun): VariantVerdict {
  const expectedRows = run.rows.filter((row) => row.check === variant.expectedCheck);
  const phaseOf = (row: (typeof run.rows)[number]): string | undefined => row.path.at(-1);
  const inPhase = variant.expectedPhase === undefined ? expectedRows : expectedRows.filter((row) => phaseOf(row) === variant.expectedPhase);
  const elsewhere = variant.expectedPhase === undefined ? [] : expectedRows.filter((row) => row.status === 'failed' && phaseOf(row) !== variant.expectedPhase).map((row) => phaseOf(row) ?? '?');
  return {
    name: variant.name,
    area: variant.area,
    description: variant.description,
    expectedCheck: variant.expectedCheck,
    expectedPhase: variant.expectedPhase,
    alsoFailedIn: [...new Set(elsewhere)],
    detected: inPhase.some((row) => row.status === 'failed'),
    expectedCheckRan: expectedRows.length > 0,
    failedChecks: failedChecks(run.rows),
    exitCode: run.exitCode,
    closingLine: run.closingLine,
    seconds: Math.round(run.durationMs / 100) / 10,
  };
}

/** Why a variant went undetected, in one sentence a reader of the failing test can act on. */
export function explainMiss(verdict: VariantVerdict, run: ServerRun): string {
  const where = `report: ${run.reportDir}`;
  if (run.summaryError !== undefined) {
    return `the run wrote no readable summary.json (${run.summaryError}); exit ${String(run.exitCode)}; stderr:\n${run.stderrTail}\n${where}`;
  }
  const others = verdict.failedChecks.map((entry) => `${entry.check} (${entry.count})`).join(', ') || 'none';
  const phase = verdict.expectedPhase ? ` in the ${verdict.expectedPhase} phase` : '';
  const reason = verdict.expectedCheckRan
    ? `"${verdict.expectedCheck}" ran and passed${phase || ' everywhere'}`
    : `"${verdict.expectedCheck}" did not run at all (not registered, or it applies to no operation)`;
  return `variant ${verdict.name} (${verdict.area}) was not caught: ${reason}; checks that failed: ${others}; ${where}`;
}
