/**
 * One more shrinking pass after fast-check's. fast-check's command shrinker always keeps the last command that ran,
 * because it expects the failure there; a violation the final check finds may not need that command (a PATCH not
 * kept shows without the Create that happened to follow it). So each command is tried away in turn, last first,
 * and left out when the sequence still breaks the model without it.
 */
import { runOnce, type SequenceRun, type SequenceTarget } from './run-once';
import { ModelViolation } from './violation';

/** The shortest failing run this pass finds from `failing` (itself when no command can go). */
export async function dropUnneededCommands(target: SequenceTarget, failing: SequenceRun): Promise<SequenceRun> {
  let current = failing;
  for (let index = current.ran.length - 1; index >= 0; index--) {
    if (index >= current.ran.length) continue;
    const without = [...current.ran.slice(0, index), ...current.ran.slice(index + 1)];
    const attempt = await runOnce(target, without);
    if (attempt.error instanceof ModelViolation) current = attempt;
  }
  return current;
}
