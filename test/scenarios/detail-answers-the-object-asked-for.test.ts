import { expect } from 'chai';
import { retrieveImage } from '../../mock/handlers/images';
import { json } from '../../mock/http/mock-response';
import type { Handler } from '../../mock/http/request-context';
import { detailAnswersTheObjectAskedFor as scenario } from '../../scenarios/detail-answers-the-object-asked-for';
import { describeOutcome, runScenarioOn } from './support';

const IMAGE = 'retrieveSalesChannelCancellationRequestImage';

/** The reference detail with its 200 body rewritten. */
function rewritten(change: (body: Record<string, unknown>) => Record<string, unknown>): Handler {
  return async (context) => {
    const response = await retrieveImage(context);
    return response.status === 200 ? json(200, change(response.body as Record<string, unknown>)) : response;
  };
}

describe('scenario: detail answers the object asked for', () => {
  it('passes on the reference server', async () => {
    for (const operationId of [IMAGE, 'retrieveSalesChannelFailedIntegration']) {
      const outcome = await runScenarioOn(scenario, { operationId });
      expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
      expect(outcome.exchanges).to.have.length(4);
    }
  });

  it('passes when the detail shows more than the list', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: IMAGE, mock: { overrides: { handlers: { 'images.retrieve': rewritten((body) => ({ ...body, extra: true })) } } } });
    expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
  });

  it('fails when the detail answers another object', async () => {
    // Another image of the same channel: found, 200, the right shape, the wrong object.
    const neighbour: Handler = (context) => {
      const other = context.state.images.all().find((image) => image.channel === context.params.channel_id && image.fields.id !== context.params.id);
      return retrieveImage({ ...context, params: { ...context.params, id: other?.fields.id as number } });
    };
    const outcome = await runScenarioOn(scenario, { operationId: IMAGE, mock: { overrides: { handlers: { 'images.retrieve': neighbour } } } });
    expect(outcome.failure?.category).to.equal('identity');
    expect(outcome.failure?.message).to.match(/^asked for id \d+, got the object with id \d+/);
    expect(outcome.failure?.pointer).to.equal('/id');
  });

  it('fails when the detail shows a property differently from the list', async () => {
    const handler = rewritten((body) => ({ ...body, description: String(body.description).toUpperCase() }));
    const outcome = await runScenarioOn(scenario, { operationId: IMAGE, mock: { overrides: { handlers: { 'images.retrieve': handler } } } });
    expect(outcome.failure?.category).to.equal('identity');
    expect(outcome.failure?.message).to.match(/^id \d+: the list shows description ".*", the detail ".*"/);
    expect(outcome.failure?.pointer).to.equal('/description');
  });

  it('fails when a listed object is not found', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: IMAGE, mock: { overrides: { handlers: { 'images.retrieve': () => json(404, { detail: 'Not found.' }) } } } });
    expect(outcome.failure?.message).to.match(/^id \d+ is listed, but asking for it answered 404/);
  });
});
