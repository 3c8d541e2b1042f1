import { expect } from 'chai';
import { DEFAULT_CONFIG } from '../../engine/config';
import { planPhase, planPhases, type PhasePlan } from '../../engine/phase-plan';
import { openSession, type Session } from '../../engine/session';
import { startInProcessServer } from '../../suites/in-process-server';
import { checkRegistry } from '../../suites/registry';
import type { EmbeddedServer } from '../../engine/embedded';

/** A plan as comparable data: list cases with their operation named, a property phase by its seed, runs and skip. */
function comparable(plan: PhasePlan | undefined): unknown {
  if (!plan) return undefined;
  if (plan.kind === 'list') return { ...plan, cases: plan.cases.map((c) => ({ ...c, operation: c.operation.id })) };
  const { arbitrary: _arbitrary, ...rest } = plan;
  return rest;
}

describe('engine/phase-plan: one phase planned alone', () => {
  let server: EmbeddedServer;
  let session: Session;
  before(async () => {
    server = await startInProcessServer();
    session = await openSession({ ...DEFAULT_CONFIG, seed: 3, runs: 2, pathValues: {} }, server, checkRegistry);
  });
  after(async () => {
    await session.close();
    await server.close();
  });

  it('planPhase builds what planPhases builds for that phase, for every operation and phase', () => {
    for (const api of session.apis) {
      for (const operation of api.operations) {
        const all = planPhases(session, api, operation);
        expect(all.length, operation.id).to.be.greaterThan(0);
        for (const plan of all) expect(comparable(planPhase(session, api, operation, plan.phase)), `${operation.id} ${plan.phase}`).to.deep.equal(comparable(plan));
      }
    }
  });

  it('leaves out a phase the run does not select, or one the operation does not have', async () => {
    const only = await openSession({ ...DEFAULT_CONFIG, seed: 3, runs: 2, pathValues: {}, phases: ['boundary'] }, server, checkRegistry);
    try {
      const api = only.apis[0];
      const operation = api.operations[0];
      expect(planPhases(only, api, operation).map((p) => p.phase)).to.deep.equal(['boundary']);
      expect(planPhase(only, api, operation, 'examples')).to.equal(undefined);
      expect(planPhase(only, api, operation, 'boundary')?.phase).to.equal('boundary');
    } finally {
      await only.close();
    }
    const withoutMethods = session.apis[0].operations.find((op) => !planPhases(session, session.apis[0], op).some((p) => p.phase === 'methods'));
    // Only the first operation of a path carries its method probe, so some operation has no methods phase.
    expect(withoutMethods, 'an operation without a methods phase').to.not.equal(undefined);
    expect(planPhase(session, session.apis[0], withoutMethods as NonNullable<typeof withoutMethods>, 'methods')).to.equal(undefined);
  });
});
