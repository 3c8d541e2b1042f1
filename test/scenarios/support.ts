/** Runs a scenario check against a mock server (the reference one, or one broken through overrides), as mocha would. */
import { ScenarioSkip } from '../../engine/scenario-check';
import { startMockServer, type MockOptions } from '../../mock/server';
import { exportStore, type StoreDump } from '../../mock/store/export';
import type { ApiModel, Operation } from '../../model/operation';
import { Failure } from '../../checks/check';
import { DEFAULT_CONFIG, type RunConfig } from '../../engine/config';
import type { Exchange } from '../../engine/exchange';
import { openSession } from '../../engine/session';
import { checkRegistry } from '../../suites/registry';
import { createScenarioContext } from '../../engine/scenario-context';
import type { ScenarioCheck } from '../../engine/scenario-check';

/** What one scenario run did: the Failure it threw, if any, and every exchange it made. */
export interface ScenarioOutcome {
  failure?: Failure;
  /** Set when the scenario had nothing to judge and asked to be skipped, with its reason. */
  skipped?: string;
  exchanges: Exchange[];
  /** The mock's database before and after the scenario. */
  storeBefore: StoreDump;
  storeAfter: StoreDump;
}

/** Where and how to run: the mock's options, the operation by id, and run settings to change. */
export interface RunOptions {
  mock?: MockOptions;
  /** The operation to run the scenario on. */
  operationId: string;
  config?: Partial<RunConfig>;
  /** Changes the loaded model of the operation first: the same server seen through another document. */
  document?: (operation: Operation) => void;
}

/** Runs `scenario` on one operation of a fresh mock started with `options.mock`; the mock is stopped afterwards. */
export async function runScenarioOn(scenario: ScenarioCheck, options: RunOptions): Promise<ScenarioOutcome> {
  const server = await startMockServer({ port: 0, ...options.mock });
  const storeBefore = exportStore(server.state);
  const dumps = () => ({ storeBefore, storeAfter: exportStore(server.state) });
  const session = await openSession({
    ...DEFAULT_CONFIG,
    target: server.url,
    token: 'conformance-dev-token',
    pathValues: { channel_id: ['1', '2'] },
    seed: 1,
    ...options.config,
  }, undefined, checkRegistry);
  try {
    const { api, operation } = findOperation(session.apis, options.operationId);
    options.document?.(operation);
    if (!scenario.appliesTo(operation, api)) throw new Error(`${scenario.name} does not apply to ${operation.id}`);
    const context = createScenarioContext(session, api);
    try {
      await scenario.run(context, operation);
      return { exchanges: context.exchanges, ...dumps() };
    } catch (error) {
      if (error instanceof ScenarioSkip) return { skipped: error.message, exchanges: context.exchanges, ...dumps() };
      if (!(error instanceof Failure)) throw error;
      return { failure: error, exchanges: context.exchanges, ...dumps() };
    }
  } finally {
    await session.close();
    await server.close();
  }
}

/** The operation with this id in any loaded API. */
export function findOperation(apis: ApiModel[], operationId: string): { api: ApiModel; operation: Operation } {
  for (const api of apis) {
    const operation = api.operations.find((candidate) => candidate.id === operationId);
    if (operation) return { api, operation };
  }
  throw new Error(`no operation ${operationId}`);
}

/** A document change: the list documents no limit parameter, so the server's own page size applies. */
export function withoutLimitParameter(operation: Operation): void {
  const name = operation.inferred.pagination?.limitParam;
  operation.parameters = operation.parameters.filter((parameter) => !(parameter.in === 'query' && parameter.name === name));
  if (operation.inferred.pagination) delete operation.inferred.pagination.limitParam;
}

/** Describes an outcome for assertion messages: the failure, or how many requests passed. */
export function describeOutcome(outcome: ScenarioOutcome): string {
  return outcome.failure ? `[${outcome.failure.category}] ${outcome.failure.message}` : `passed after ${outcome.exchanges.length} requests`;
}
