import { expect } from 'chai';
import { startMockServer } from '../../mock/server';
import { DEFAULT_CONFIG } from '../../engine/config';
import { RunEvents, type RunEvent } from '../../engine/events';
import { planPhases } from '../../engine/phase-plan';
import { runPhase } from '../../engine/phase-run';
import { openSession } from '../../engine/session';
import { checkRegistry } from '../../suites/registry';

const TOKEN = 'conformance-dev-token';

describe('engine/events', () => {
  it('hands every event to every subscriber in order and stops after unsubscribe', () => {
    const events = new RunEvents();
    const seen: string[] = [];
    const off = events.on((e) => seen.push(`a:${e.type}`));
    events.on((e) => seen.push(`b:${e.type}`));
    events.emit({ type: 'run-finished' });
    off();
    events.emit({ type: 'run-finished' });
    expect(seen).to.deep.equal(['a:run-finished', 'b:run-finished', 'b:run-finished']);
  });

  it('keeps a throwing subscriber from breaking the run and records its error', () => {
    const events = new RunEvents();
    let reached = false;
    events.on(() => { throw new Error('reporter bug\nsecond line'); });
    events.on(() => { reached = true; });
    events.emit({ type: 'run-finished' });
    expect(reached).to.equal(true);
    expect(events.listenerErrors).to.deep.equal(['run-finished listener: reporter bug']);
  });

  it('emits one exchange event per case a phase sends, each carrying its verdicts', async () => {
    const server = await startMockServer({ port: 0, tokens: [TOKEN] });
    const session = await openSession({ ...DEFAULT_CONFIG, target: server.url, token: TOKEN, pathValues: { channel_id: ['1'] }, seed: 3, runs: 10, specs: ['omnitron'] }, undefined, checkRegistry);
    try {
      const exchanges: Extract<RunEvent, { type: 'exchange' }>[] = [];
      session.events.on((e) => { if (e.type === 'exchange') exchanges.push(e); });
      const api = session.apis[0];
      const operation = api.operations.find((op) => op.id === 'listSalesChannelFailedIntegrations');
      if (!operation) throw new Error('operation missing');
      const plan = planPhases(session, api, operation).find((p) => p.phase === 'fuzz');
      if (!plan) throw new Error('fuzz phase missing');
      const result = await runPhase(session, api, plan);
      // Shrinking re-sends only for failing checks; on the reference server nothing fails, so exactly --runs cases.
      expect(result.casesSent).to.equal(10);
      expect(exchanges).to.have.length(10);
      for (const { exchange, api: eventApi } of exchanges) {
        expect(eventApi.name).to.equal('omnitron');
        expect(exchange.testCase.phase).to.equal('fuzz');
        expect(exchange.response?.status).to.be.within(200, 499);
        expect(exchange.verdicts.some((v) => v.status === 'passed')).to.equal(true);
      }
    } finally {
      await session.close();
      await server.close();
    }
  });
});
