import { expect } from 'chai';
import { startMockServer, type MockOptions } from '../../mock/server';
import { variantByName } from '../../mock/variants';
import type { ApiModel, Operation } from '../../model/operation';
import { DEFAULT_CONFIG } from '../../engine/config';
import { discoverPathValues } from '../../engine/discover';
import { listOf } from '../../model/topology';
import { planPhases } from '../../engine/phase-plan';
import { runPhase } from '../../engine/phase-run';
import { openSession, type Session } from '../../engine/session';
import { checkRegistry } from '../../suites/registry';

const TOKEN = 'conformance-dev-token';

/** A session against a fresh mock (reference or a variant), closed by the returned function. */
async function sessionOn(mock: MockOptions, pathValues: Record<string, string[]>): Promise<{ session: Session; close(): Promise<void> }> {
  const server = await startMockServer({ port: 0, tokens: [TOKEN], ...mock });
  const session = await openSession({ ...DEFAULT_CONFIG, target: server.url, token: TOKEN, pathValues, seed: 7, runs: 20, specs: ['omnitron'] }, undefined, checkRegistry);
  return { session, close: async () => { await session.close(); await server.close(); } };
}

function find(session: Session, id: string): { api: ApiModel; operation: Operation } {
  const api = session.apis[0];
  return { api, operation: api.operations.find((op) => op.id === id) as Operation };
}

describe('engine/discover', () => {
  it('aims an item operation at ids its list answers in a known scope', async () => {
    const { session, close } = await sessionOn({}, { channel_id: ['2'] });
    try {
      const { api, operation } = find(session, 'retrieveSalesChannelFailedIntegration');
      expect(listOf(api, operation)?.list.id).to.equal('listSalesChannelFailedIntegrations');
      const values = await discoverPathValues(session, api, operation);
      expect(values?.channel_id).to.deep.equal([2]);
      expect(values?.id).to.have.length.greaterThan(0);
      // Every discovered id exists in channel 2 and answers 200 there.
      for (const id of values?.id ?? []) {
        const response = await session.target.send({ method: 'GET', path: `/api/v1/channel/2/failed_integrations/${id}/`, headers: { authorization: `Token ${TOKEN}` } });
        expect(response.status, `id ${id}`).to.equal(200);
      }
    } finally {
      await close();
    }
  });

  it('discovers nothing without a known scope value, or for an operation that is not an item of a list', async () => {
    const { session, close } = await sessionOn({}, {});
    try {
      const { api, operation } = find(session, 'retrieveSalesChannelFailedIntegration');
      expect(await discoverPathValues(session, api, operation)).to.equal(undefined);
      expect(await discoverPathValues(session, api, find(session, 'listSalesChannelFailedIntegrations').operation)).to.equal(undefined);
    } finally {
      await close();
    }
  });
});

describe('engine/phase-run (batched property phases)', () => {
  async function fuzzRetrieve(mock: MockOptions) {
    const { session, close } = await sessionOn(mock, { channel_id: ['1'] });
    try {
      const { api, operation } = find(session, 'retrieveSalesChannelCancellationRequestImage');
      const values = await discoverPathValues(session, api, operation);
      if (values) session.discovered.set(operation.id, values);
      const plan = planPhases(session, api, operation).find((p) => p.phase === 'fuzz');
      if (!plan) throw new Error('no fuzz phase');
      return await runPhase(session, api, plan);
    } finally {
      await close();
    }
  }

  it('sends exactly --runs cases and passes the reference server', async () => {
    const result = await fuzzRetrieve({});
    expect(result.casesSent).to.equal(20);
    expect([...result.tallies.values()].every((tally) => tally.failed === 0)).to.equal(true);
    expect(result.tallies.get('body conforms to the documented schema')?.passed).to.be.greaterThan(0);
  });

  it('reports a broken server with a shrunk failing case for the check that caught it', async () => {
    const result = await fuzzRetrieve({ overrides: variantByName('image-uploader-as-string').overrides() });
    const tally = result.tallies.get('body conforms to the documented schema');
    expect(tally?.failed).to.be.greaterThan(0);
    expect(tally?.shrinkNote).to.match(/^shrunk in \d+ step\(s\); fast-check seed \d+/);
    expect(tally?.failure?.response?.status).to.equal(200);
    expect(tally?.failure?.verdicts.find((v) => v.name === 'body conforms to the documented schema')?.failure?.message).to.match(/uploaded_by/);
  });
});
