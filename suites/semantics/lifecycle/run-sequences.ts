/**
 * Runs random command sequences against the collection with fast-check's model-based testing, and keeps the step
 * log of the last failing run: fast-check moves on to a smaller failing sequence each time it finds one, so the
 * last one that failed is the shrunk counterexample it reports.
 */
import fc from 'fast-check';
import type { Exchange } from '../../runner/exchange';
import type { ScenarioContext } from '../context';
import type { WritableCollection } from './collection';
import { commandArbitraries } from './command-arbitraries';
import { LifecycleModel } from './lifecycle-model';
import { LifecycleReal, type Step } from './lifecycle-real';
import type { ObjectShape } from './object-shape';

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
  let firstLength: number | undefined;
  const property = fc.asyncProperty(fc.commands(commandArbitraries(collection, shape), { maxCommands: options.maxCommands, size: 'max' }), async (commands) => {
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
      lastFailure = { steps: real.steps, exchanges: context.exchanges.slice(firstExchange) };
      firstLength ??= commandCount(real.steps);
      throw error;
    }
    await real.cleanup(model);
  });
  const details = await fc.check(property, { seed: options.seed, numRuns: options.runs });
  if (!details.failed || !lastFailure) return undefined;
  return {
    ...lastFailure,
    error: details.errorInstance,
    seed: details.seed,
    path: details.counterexamplePath ?? '',
    numShrinks: details.numShrinks,
    firstLength: firstLength ?? 0,
  };
}
