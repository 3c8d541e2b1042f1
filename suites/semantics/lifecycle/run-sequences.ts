/**
 * Runs random command sequences against the collection with fast-check's model-based testing, and keeps the step
 * log of the last failing run: fast-check moves on to a smaller failing sequence each time it finds one, so the
 * last one that failed is the shrunk counterexample it reports. Only a ModelViolation is shrunk: a lost connection
 * or a request the write policy refused says nothing about the sequence, so it ends the search at once instead of
 * sending every shrink attempt to a target that cannot answer (or must not be written to).
 */
import fc from 'fast-check';
import type { Exchange } from '../../runner/exchange';
import type { ScenarioContext } from '../context';
import type { WritableCollection } from './collection';
import { commandArbitraries } from './command-arbitraries';
import { LifecycleModel } from './lifecycle-model';
import { LifecycleReal, type Step } from './lifecycle-real';
import type { ObjectShape } from './object-shape';
import { ModelViolation } from './violation';

/** How many sequences, how long, from which seed. */
export interface SequenceOptions {
  seed: number;
  runs: number;
  maxCommands: number;
}

/** A failing run after shrinking: its steps, its exchanges, the error, and how fast-check can replay it. */
export interface SequenceFailure {
  steps: Step[];
  exchanges: Exchange[];
  error: unknown;
  seed: number;
  path: string;
  numShrinks: number;
  /** Commands the first failing sequence ran, before shrinking. */
  firstLength: number;
  /** False when the search stopped at a failure that is not the model's (transport, refused write): not shrunk. */
  shrunk: boolean;
}

function commandCount(steps: Step[]): number {
  return steps.filter((step) => step.title !== 'start' && step.title !== 'cleanup').length;
}

/** Runs the sequences; resolves undefined when every one matched the model. */
export async function runSequences(
  context: ScenarioContext,
  collection: WritableCollection,
  scopeParams: Record<string, unknown>,
  shape: ObjectShape,
  options: SequenceOptions,
): Promise<SequenceFailure | undefined> {
  let lastFailure: Pick<SequenceFailure, 'steps' | 'exchanges'> | undefined;
  let aborted: Pick<SequenceFailure, 'steps' | 'exchanges' | 'error'> | undefined;
  let firstLength: number | undefined;
  const property = fc.asyncProperty(fc.commands(commandArbitraries(collection, shape), { maxCommands: options.maxCommands, size: 'max' }), async (commands) => {
    if (aborted) return;
    const real = new LifecycleReal(context, collection, scopeParams);
    const firstExchange = context.exchanges.length;
    let model: LifecycleModel | undefined;
    try {
      real.begin('start');
      model = new LifecycleModel(shape, collection.countable ? await real.count() : undefined);
      const started = model;
      await fc.asyncModelRun(() => ({ model: started, real }), commands);
    } catch (error) {
      await real.cleanup(model);
      const record = { steps: real.steps, exchanges: context.exchanges.slice(firstExchange) };
      if (!(error instanceof ModelViolation)) {
        aborted = { ...record, error };
        return;
      }
      lastFailure = record;
      firstLength ??= commandCount(real.steps);
      throw error;
    }
    await real.cleanup(model);
  });
  const details = await fc.check(property, { seed: options.seed, numRuns: options.runs });
  // A violation found before the search was stopped is still the verdict (its sequence is shrunk as far as it got).
  if (details.failed && lastFailure) {
    return {
      ...lastFailure,
      error: details.errorInstance,
      seed: details.seed,
      path: details.counterexamplePath ?? '',
      numShrinks: details.numShrinks,
      firstLength: firstLength ?? 0,
      shrunk: true,
    };
  }
  if (!aborted) return undefined;
  return { ...aborted, seed: details.seed, path: '', numShrinks: 0, firstLength: commandCount(aborted.steps), shrunk: false };
}
