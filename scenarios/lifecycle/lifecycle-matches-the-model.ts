/**
 * Issue 4: model-based testing of a writable collection's lifecycle. fast-check draws sequences of Create,
 * Retrieve, List, Update, PartialUpdate, Delete and RetrieveDeleted; each step is checked against an in-memory
 * model of the objects the sequence created, and a failing sequence is shrunk to its shortest form and shown
 * request by request.
 */
import { ScenarioSkip } from '../../engine/scenario-check';
import type { ApiModel, Operation } from '../../model/operation';
import { UnsatisfiableSchemaError } from '../../generators/arbitraries';
import { Failure } from '../../checks/check';
import type { ScenarioContext } from '../../engine/scenario-context';
import type { ScenarioCheck } from '../../engine/scenario-check';
import { writableCollectionOf } from './collection';
import { objectShapeOf } from './object-shape';
import { runSequences, type SequenceFailure } from './run-sequences';
import { describeSteps } from './sequence-report';
import { ModelViolation } from './violation';
import { Category } from '../../checks/categories';

/** Sequences per run at most: enough to meet every command in many orders, few enough to stay within seconds. */
export const MAX_SEQUENCES = 25;
/** Commands per sequence at most; shrinking brings a failing one down to the few that matter. */
export const MAX_COMMANDS = 12;

const NAME = 'lifecycle matches the model';

/** The collection path's own parameters, from the values known to exist on the target. */
function scopeParameters(context: ScenarioContext, operation: Operation): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    const known = context.knownPathValues(parameter.name);
    if (known.length === 0) throw new ScenarioSkip(`no value of {${parameter.name}} is known to exist: give one with --path-param ${parameter.name}=<value>`);
    values[parameter.name] = known[0];
  }
  return values;
}

/** The Failure for a shrunk failing sequence: the violation first, then the steps and how to replay them. */
function sequenceFailure(context: ScenarioContext, operation: Operation, failure: SequenceFailure): Failure {
  const error = failure.error;
  const category = error instanceof ModelViolation ? 'persistence' : error instanceof Failure ? error.category : 'check error';
  const reason = error instanceof ModelViolation || error instanceof Failure ? error.message : `the scenario itself crashed: ${String((error as Error)?.message ?? error)}`;
  const commands = failure.steps.filter((step) => step.command).length;
  const replay = `  replay: --seed ${context.session.config.seed} --only ${operation.id} --check "${NAME}"`;
  const lines = failure.shrunk
    ? [
        reason,
        `  shortest failing sequence: ${commands} command(s), shrunk by fast-check from ${failure.firstLength} in ${failure.numShrinks} shrink(s)` +
          `${failure.dropped > 0 ? `, then ${failure.dropped} more dropped that the violation did not need` : ''}:`,
        ...describeSteps(failure.steps),
        `${replay} (fast-check seed ${failure.seed}, path "${failure.path}"${failure.dropped > 0 ? ', before the last pass' : ''})`,
      ]
    : [reason, `  the sequence stopped after ${commands} command(s), not shrunk (the failure is not the model's):`, ...describeSteps(failure.steps), replay];
  return new Failure(lines.join('\n'), category);
}

/** The model-based lifecycle scenario. */
export const lifecycleMatchesTheModel: ScenarioCheck = {
  name: NAME,
  kind: 'scenario',
  category: Category.persistence,
  severity: 'critical',
  inferred: true,
  basis:
    'create, retrieve, update and delete are grouped by path shape (POST and a paginated GET on a collection path, GET/PUT/PATCH/DELETE on <collection>{id}/, ' +
    "the list's item key as the id); the scope property is expected to hold the scope path parameter's value when the items carry it",
  appliesTo(operation: Operation, api: ApiModel): boolean {
    return writableCollectionOf(api, operation) !== undefined;
  },
  async run(context: ScenarioContext, operation: Operation): Promise<void> {
    const collection = writableCollectionOf(context.api, operation);
    if (!collection) throw new ScenarioSkip(`${operation.id} is not the create of a writable collection`);
    const scopeParams = scopeParameters(context, operation);
    const shape = objectShapeOf(collection, collection.scope ? scopeParams[collection.scope.param] : undefined);
    const { seed, runs } = context.session.config;
    let failure: SequenceFailure | undefined;
    try {
      failure = await runSequences({ context, collection, scopeParams, shape }, { seed, runs: Math.min(runs, MAX_SEQUENCES), maxCommands: MAX_COMMANDS });
    } catch (error) {
      if (error instanceof UnsatisfiableSchemaError) throw new Failure(`no valid body can be generated: ${error.message}`, 'generation');
      throw error;
    }
    if (!failure) return;
    // The report attaches the scenario's exchanges: show the shrunk sequence's, not every sequence tried.
    context.exchanges.splice(0, context.exchanges.length, ...failure.exchanges);
    throw sequenceFailure(context, operation, failure);
  },
};
