import { expect } from 'chai';
import { json, notFound } from '../../mock/http/mock-response';
import type { Handler } from '../../mock/http/request-context';
import { renderFailedIntegration } from '../../mock/models/failed-integration';
import { renderImage } from '../../mock/models/image';
import { scopeIsolationHolds as scenario } from '../../scenarios/scope-isolation-holds';
import { describeOutcome, runScenarioOn } from './support';

const IMAGES = 'listSalesChannelCancellationRequestImages';
const FAILED = 'listSalesChannelFailedIntegrations';

/** An image detail that finds any image by id, whatever channel the URL names. */
const anyChannelImage: Handler = (context) => {
  const image = context.state.images.get(context.params.id as number);
  return image === undefined ? notFound() : json(200, renderImage(image));
};

/** A failed-integration list that shows every channel's rows. */
const everyChannelList: Handler = (context) =>
  context.paginator.envelope(context.state.failedIntegrations.all().map(renderFailedIntegration), context.pageRequest);

describe('scenario: scope isolation holds', () => {
  it('passes on the reference server (items that carry the scope, and items that do not)', async () => {
    for (const operationId of [IMAGES, FAILED]) {
      const outcome = await runScenarioOn(scenario, { operationId });
      expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
      // two lists, then three objects of each scope asked for through the other
      const crossed = outcome.exchanges.filter((e) => e.response?.status === 404);
      expect(crossed).to.have.length(6);
    }
  });

  it('fails when a detail answers an object through another scope', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { handlers: { 'images.retrieve': anyChannelImage } } } });
    expect(outcome.failure?.category).to.equal('isolation');
    expect(outcome.failure?.message).to.match(/^id \d+ is listed under channel_id=1, but asked for through channel_id=2 it answered 200 \(expected 404\)/);
  });

  it('fails when a list shows another scope\'s objects', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: FAILED, mock: { overrides: { handlers: { 'failedIntegrations.list': everyChannelList } } } });
    expect(outcome.failure?.category).to.equal('isolation');
    expect(outcome.failure?.message).to.match(/^listing channel_id=1 shows pk \d+, which carries channel 2: another scope's object/);
  });

  it('asks to be skipped, saying how to give it data, when only one scope value is known', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, config: { pathValues: { channel_id: ['1'] } } });
    expect(outcome.failure).to.equal(undefined);
    expect(outcome.skipped).to.contain('--path-param channel_id=<value 1> --path-param channel_id=<value 2>');
    expect(outcome.exchanges).to.have.length(0);
  });
});
