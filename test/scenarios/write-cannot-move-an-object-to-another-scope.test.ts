import { expect } from 'chai';
import { json } from '../../mock/http/mock-response';
import { writeMovesObjectsAcrossChannels } from '../../mock/variants/isolation';
import { writeCannotMoveAnObjectToAnotherScope as scenario } from '../../scenarios/write-cannot-move-an-object-to-another-scope';
import { describeOutcome, runScenarioOn } from './support';

const WRITES = ['createSalesChannelFailedIntegration', 'updateSalesChannelFailedIntegration', 'partialUpdateSalesChannelFailedIntegration'];

describe('scenario: write cannot move an object to another scope', () => {
  it('passes on the reference server, which keeps the path\'s channel, and removes what it created', async () => {
    for (const operationId of WRITES) {
      const outcome = await runScenarioOn(scenario, { operationId });
      expect(outcome.failure, `${operationId}: ${describeOutcome(outcome)}`).to.equal(undefined);
      expect(outcome.skipped, operationId).to.equal(undefined);
      const sent = outcome.exchanges.map((e) => `${e.request.method} ${e.request.path.split('?')[0]} ${e.response?.status}`);
      // the write named channel 2 in its body, the object is read through both channels, then deleted
      const write = outcome.exchanges.find((e) => e.testCase.crossScope);
      expect(JSON.parse(String(write?.request.body)).channel, operationId).to.equal(2);
      expect(sent.filter((line) => / \/api\/v1\/channel\/2\/failed_integrations\/\d+\/ 404$/.test(line)), sent.join('\n')).to.have.length(1);
      expect(sent[sent.length - 1], operationId).to.match(/^DELETE \/api\/v1\/channel\/1\/failed_integrations\/\d+\/ 204$/);
      expect(outcome.storeAfter, `${operationId}: the store is as seeded`).to.deep.equal(outcome.storeBefore);
    }
  });

  it('fails on a server that honours the body\'s channel (create, PUT and PATCH), and still cleans up', async () => {
    for (const operationId of WRITES) {
      const outcome = await runScenarioOn(scenario, { operationId, mock: { overrides: writeMovesObjectsAcrossChannels.overrides() } });
      expect(outcome.failure?.category, operationId).to.equal('isolation');
      expect(outcome.failure?.message, operationId).to.match(/with channel=2 in the body answered 20\d, and then pk \d+ read through channel_id=1 answered 404 \(expected 200\) and through channel_id=2 200 \(expected 404\): the write moved the object to another scope$/);
      // deleted through the channel it was moved to
      const last = outcome.exchanges[outcome.exchanges.length - 1];
      expect(`${last.request.method} ${last.request.path} ${last.response?.status}`).to.match(/^DELETE \/api\/v1\/channel\/2\/failed_integrations\/\d+\/ 204$/);
      expect(outcome.storeAfter, operationId).to.deep.equal(outcome.storeBefore);
    }
  });

  it('passes on a server that refuses a body naming another channel (400)', async () => {
    const refuse = writeMovesObjectsAcrossChannels.overrides();
    const moving = refuse.handlers?.['failedIntegrations.create'];
    const outcome = await runScenarioOn(scenario, {
      operationId: 'createSalesChannelFailedIntegration',
      mock: { overrides: { handlers: { 'failedIntegrations.create': (context) => ((context.body as { channel?: unknown }).channel !== context.params.channel_id ? json(400, { channel: ['Does not match the URL.'] }) : moving!(context)) } } },
    });
    expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
    expect(outcome.exchanges).to.have.length(1);
  });

  it('asks to be skipped when only one scope is known, or writes may not be sent', async () => {
    const one = await runScenarioOn(scenario, { operationId: WRITES[0], config: { pathValues: { channel_id: ['1'] } } });
    expect(one.skipped).to.contain('--path-param channel_id=<value 1> --path-param channel_id=<value 2>');
  });
});
