/**
 * One command sequence against the server: start (count the list), the commands, the final check, the cleanup.
 * Reports which commands ran, their steps and exchanges, and the error that ended it, if one did.
 */
import fc from 'fast-check';
import type { Exchange } from '../../engine/exchange';
import type { ScenarioContext } from '../../engine/scenario-context';
import type { WritableCollection } from './collection';
import { finalCheck } from './final-check';
import { LifecycleModel } from './lifecycle-model';
import { LifecycleReal, type Step } from './lifecycle-real';
import type { ObjectShape } from './object-shape';
import type { LifecycleCommand } from './write-commands';

/** Everything a sequence needs besides its commands. */
export interface SequenceTarget {
  context: ScenarioContext;
  collection: WritableCollection;
  scopeParams: Record<string, unknown>;
  shape: ObjectShape;
}

/** What one sequence did. */
export interface SequenceRun {
  /** The commands whose run was called (fast-check skips those whose check is false), in order. */
  ran: LifecycleCommand[];
  steps: Step[];
  exchanges: Exchange[];
  /** The error that ended the sequence (a ModelViolation, or a Failure such as a lost connection). */
  error?: unknown;
}

/** Runs the commands against a fresh model; never throws, the error is in the result. */
export async function runOnce(target: SequenceTarget, commands: Iterable<LifecycleCommand>): Promise<SequenceRun> {
  const { context, collection, scopeParams, shape } = target;
  const real = new LifecycleReal(context, collection, scopeParams);
  const firstExchange = context.exchanges.length;
  const ran: LifecycleCommand[] = [];
  // Delegating wrappers: fast-check's own wrappers still see their `run` called, which its shrinker relies on.
  const tracked = [...commands].map(
    (command): LifecycleCommand => ({
      check: (model) => command.check(model),
      run: (model, system) => {
        ran.push(command);
        return command.run(model, system);
      },
      toString: () => command.toString(),
    }),
  );
  let model: LifecycleModel | undefined;
  let error: unknown;
  try {
    real.begin('start', false);
    model = new LifecycleModel(shape, collection.countable ? await real.count() : undefined);
    const started = model;
    await fc.asyncModelRun(() => ({ model: started, real }), tracked);
    await finalCheck(model, real);
  } catch (caught) {
    error = caught ?? new Error('a command threw without an error');
  }
  await real.cleanup(model);
  const run: SequenceRun = { ran, steps: real.steps, exchanges: context.exchanges.slice(firstExchange) };
  if (error !== undefined) run.error = error;
  return run;
}
