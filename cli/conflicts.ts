/** Options that contradict each other: refused with one line rather than resolved by a silent rule. */
import { UsageError, type RunConfig } from '../engine/config';

/** The first value that appears in both lists, if any. */
function overlap(a: readonly string[], b: readonly string[]): string | undefined {
  const lower = new Set(b.map((v) => v.toLowerCase()));
  return a.find((v) => lower.has(v.toLowerCase()));
}

/** Throws a UsageError for a configuration that asks for and against the same thing. */
export function rejectConflicts(config: RunConfig): void {
  const op = overlap(config.only, config.skip);
  if (op !== undefined) throw new UsageError(`--only and --skip both name '${op}'; give it to one of them`);
  const check = overlap(config.checks, config.skipChecks);
  if (check !== undefined) throw new UsageError(`--check and --skip-check both name '${check}'; give it to one of them`);
}
