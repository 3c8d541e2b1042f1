import { expect } from 'chai';
import { pageLink } from '../../mock/pagination/page-links';
import { paginationEnvelopeIsConsistent as scenario } from '../../scenarios/pagination-envelope-is-consistent';
import { envelopeRewritten } from './broken';
import { describeOutcome, runScenarioOn, withoutLimitParameter } from './support';

const IMAGES = 'listSalesChannelCancellationRequestImages';
const FAILED = 'listSalesChannelFailedIntegrations';

describe('scenario: pagination envelope is consistent', () => {
  it('passes on the reference server (images and failed integrations)', async () => {
    for (const operationId of [IMAGES, FAILED]) {
      const outcome = await runScenarioOn(scenario, { operationId });
      expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
      // page 1, page 2, previous of 2, page before last, last page, previous of last
      expect(outcome.exchanges.length).to.equal(6);
    }
  });

  it('passes on a list that fits one page (OMS reasons before a pull: count 0)', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: 'listCancellationReasons' });
    expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
    expect(outcome.exchanges).to.have.length(1);
  });

  it('fails when the last page still links a next page', async () => {
    const paginator = envelopeRewritten((body, at, request) => ({ ...body, next: body.next ?? pageLink(request.pageUrl, request.query, at.page + 1) }));
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { paginator } } });
    expect(outcome.failure?.category).to.equal('pagination');
    expect(outcome.failure?.message).to.match(/is the last page but `next` is "http/);
  });

  it('fails when count does not match the objects listed', async () => {
    const paginator = envelopeRewritten((body) => ({ ...body, count: body.count + 3 }));
    const outcome = await runScenarioOn(scenario, { operationId: FAILED, mock: { overrides: { paginator } } });
    expect(outcome.failure?.category).to.equal('pagination');
    expect(outcome.failure?.message).to.match(/count and limit say|more pages follow/);
  });

  it('fails when count is not a whole number', async () => {
    const paginator = envelopeRewritten((body) => ({ ...body, count: String(body.count) as unknown as number }));
    const outcome = await runScenarioOn(scenario, { operationId: FAILED, mock: { overrides: { paginator } } });
    expect(outcome.failure?.message).to.match(/count is "25", not a whole number/);
  });

  it('fails when page 1 has a previous link', async () => {
    const paginator = envelopeRewritten((body, _at, request) => ({ ...body, previous: body.previous ?? request.pageUrl }));
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { paginator } } });
    expect(outcome.failure?.message).to.match(/`previous` is "http.*on the first page, not null/);
  });

  it('fails when previous of page k+1 does not lead back to page k', async () => {
    // previous points at the page itself: a client going back sees the same objects again.
    const paginator = envelopeRewritten((body, at, request) => ({ ...body, previous: at.page > 1 ? pageLink(request.pageUrl, request.query, at.page) : null }));
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { paginator } } });
    expect(outcome.failure?.category).to.equal('pagination');
    expect(outcome.failure?.message).to.match(/`previous` of page 2 lists \[.*\], but page 1 lists \[/);
  });

  it('fails when a page holds more than the limit', async () => {
    const paginator = envelopeRewritten((body) => ({ ...body, results: [...body.results, ...body.results.slice(0, 1)] }));
    const outcome = await runScenarioOn(scenario, { operationId: FAILED, mock: { overrides: { paginator } } });
    expect(outcome.failure?.message).to.match(/holds 3 objects, more than the limit/);
  });

  it('uses the server\'s own page size when the list documents no limit parameter', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, document: withoutLimitParameter });
    expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
    expect(outcome.exchanges.every((e) => !e.request.path.includes('limit='))).to.equal(true);
    const broken = await runScenarioOn(scenario, { operationId: IMAGES, document: withoutLimitParameter, mock: { overrides: { paginator: envelopeRewritten((body) => ({ ...body, count: body.count + 10 })) } } });
    expect(broken.failure?.message).to.match(/count 45, limit 10/);
  });
});
