/**
 * Runs random command sequences against the collection with fast-check's model-based testing, and keeps the run of
 * the last failing sequence: fast-check moves on to a smaller failing sequence each time it finds one, so the last
 * one that failed is the shrunk counterexample it reports; one more pass then drops the commands it could not.
 * Only a ModelViolation is shrunk: a lost connection or a request the write policy refused says nothing about the
 * sequence, so it ends the search at once instead of sending every shrink attempt to a target that cannot answer
 * (or must not be written to).
 */
import fc from 'fast-check';
import type { Exchange } from '../../engine/exchange';
import { commandArbitraries } from './command-arbitraries';
import { dropUnneededCommands } from './drop-commands';
import type { Step } from './lifecycle-real';
import { runOnce, type SequenceRun, type SequenceTarget } from './run-once';
import { ModelViolation } from './violation';

/** How many sequences, how long, from which seed. */
export interface SequenceOptions {
  seed: number;
  runs: number;
  maxCommands: number;
}

/** A failing sequence after shrinking: its steps, its exchanges, the error, and how fast-check can replay it. */
export interface SequenceFailure {
  steps: Step[];
  exchanges: Exchange[];
  error: unknown;
  seed: number;
  path: string;
  numShrinks: number;
  /** Commands the first failing sequence ran, before shrinking. */
  firstLength: number;
  /** Commands the last pass dropped after fast-check's shrinking (fast-check's path replays the sequence before it). */
  dropped: number;
  /** False when the search stopped at a failure that is not the model's (transport, refused write): not shrunk. */
  shrunk: boolean;
}

/** Runs the sequences; resolves undefined when every one matched the model. */
export async function runSequences(target: SequenceTarget, options: SequenceOptions): Promise<SequenceFailure | undefined> {
  let lastFailure: SequenceRun | undefined;
  let aborted: SequenceRun | undefined;
  let firstLength: number | undefined;
  const commands = fc.commands(commandArbitraries(target.collection, target.shape), { maxCommands: options.maxCommands, size: 'max' });
  const property = fc.asyncProperty(commands, async (sequence) => {
    if (aborted) return;
    const run = await runOnce(target, sequence);
    if (run.error === undefined) return;
    if (!(run.error instanceof ModelViolation)) {
      aborted = run;
      return;
    }
    lastFailure = run;
    firstLength ??= run.ran.length;
    throw run.error;
  });
  const details = await fc.check(property, { seed: options.seed, numRuns: options.runs });
  // A violation found before the search was stopped is still the verdict (its sequence is shrunk as far as it got).
  if (details.failed && lastFailure) {
    const shortest = aborted ? lastFailure : await dropUnneededCommands(target, lastFailure);
    return {
      steps: shortest.steps,
      exchanges: shortest.exchanges,
      error: shortest.error,
      seed: details.seed,
      path: details.counterexamplePath ?? '',
      numShrinks: details.numShrinks,
      firstLength: firstLength ?? 0,
      dropped: lastFailure.ran.length - shortest.ran.length,
      shrunk: true,
    };
  }
  if (!aborted) return undefined;
  return { steps: aborted.steps, exchanges: aborted.exchanges, error: aborted.error, seed: details.seed, path: '', numShrinks: 0, firstLength: aborted.ran.length, dropped: 0, shrunk: false };
}
