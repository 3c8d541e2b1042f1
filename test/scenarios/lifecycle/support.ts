/** Runs the lifecycle scenario against a mock server (reference or broken), as the mocha builder would. */
import { startMockServer, type MockOverrides, type RunningMockServer } from '../../../mock/server';
import { DEFAULT_CONFIG } from '../../../engine/config';
import { openSession } from '../../../engine/session';
import { checkRegistry } from '../../../suites/registry';
import { createScenarioContext } from '../../../engine/scenario-context';
import { lifecycleMatchesTheModel } from '../../../scenarios/lifecycle/lifecycle-matches-the-model';
import type { Exchange } from '../../../engine/exchange';
import { Failure } from '../../../checks/check';

/** What one scenario run did: the Failure it threw (if any) and the exchanges it left for the report. */
export interface LifecycleOutcome {
  failure?: Failure;
  exchanges: Exchange[];
  /** Rows of the failed-integration table after the run, to see that the run cleaned up. */
  rowsAfter: number;
  rowsBefore: number;
}

/** Starts a mock with `overrides`, runs the scenario on the failed-integration create, and stops the mock. */
export async function runLifecycle(
  overrides: MockOverrides = {},
  options: { seed?: number; runs?: number; beforeRun?: (server: RunningMockServer) => Promise<void> } = {},
): Promise<LifecycleOutcome> {
  const server = await startMockServer({ port: 0, overrides });
  const session = await openSession({
    ...DEFAULT_CONFIG,
    target: server.url,
    token: 'conformance-dev-token',
    pathValues: { channel_id: ['1', '2'] },
    seed: options.seed ?? 1,
    runs: options.runs ?? 25,
  }, undefined, checkRegistry);
  const rowsBefore = server.state.failedIntegrations.size;
  try {
    const api = session.apis.find((candidate) => candidate.name === 'omnitron');
    const create = api?.operations.find((operation) => lifecycleMatchesTheModel.appliesTo(operation, api));
    if (!api || !create) throw new Error('the omnitron spec has no writable collection');
    const context = createScenarioContext(session, api);
    await options.beforeRun?.(server);
    let failure: Failure | undefined;
    try {
      await lifecycleMatchesTheModel.run(context, create);
    } catch (error) {
      if (!(error instanceof Failure)) throw error;
      failure = error;
    }
    return { failure, exchanges: context.exchanges, rowsBefore, rowsAfter: server.state.failedIntegrations.size };
  } finally {
    await session.close();
    await server.close().catch(() => undefined); // beforeRun may have closed it already
  }
}
