import { expect } from 'chai';
import { json } from '../../mock/http/mock-response';
import { pageLink } from '../../mock/pagination/page-links';
import { pageNumberPaginator } from '../../mock/pagination/paginator';
import { paginationVisitsEveryObjectOnce as scenario } from '../../scenarios/pagination-visits-every-object-once';
import { envelopeRewritten, pageOf } from './broken';
import { describeOutcome, runScenarioOn, withoutLimitParameter } from './support';

const IMAGES = 'listSalesChannelCancellationRequestImages';
const FAILED = 'listSalesChannelFailedIntegrations';

describe('scenario: pagination visits every object once', () => {
  it('passes on the reference server, walking several pages', async () => {
    for (const operationId of [IMAGES, FAILED]) {
      const outcome = await runScenarioOn(scenario, { operationId });
      expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
      // the count probe plus a walk of about six pages
      expect(outcome.exchanges.length).to.be.within(5, 9);
    }
  });

  it('fails when later pages start one object early (a repeat across pages)', async () => {
    const paginator = {
      ...pageNumberPaginator,
      envelope(items: readonly unknown[], request: Parameters<typeof pageNumberPaginator.envelope>[1]) {
        const response = pageNumberPaginator.envelope(items, request);
        if (response.status !== 200) return response;
        const { page, limit } = pageOf(request);
        const start = Math.max(0, (page - 1) * limit - 1);
        return json(200, { ...(response.body as object), results: items.slice(start, start + limit) });
      },
    };
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { paginator } } });
    expect(outcome.failure?.category).to.equal('pagination');
    expect(outcome.failure?.message).to.match(/id \d+ is listed on page 1 and again on page 2/);
  });

  it('fails when the links loop back', async () => {
    // page 2 sends the client back to page 1, which sends it to page 2 again.
    const paginator = envelopeRewritten((body, at, request) => (at.page === 2 ? { ...body, next: pageLink(request.pageUrl, request.query, 1) } : body));
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { paginator } } });
    expect(outcome.failure?.category).to.equal('pagination');
    expect(outcome.failure?.message).to.match(/the links loop/);
  });

  it('fails when next never ends, within its page bound', async () => {
    // Every page links a next one; past the last, empty pages follow forever.
    const endless = {
      ...pageNumberPaginator,
      envelope(items: readonly unknown[], request: Parameters<typeof pageNumberPaginator.envelope>[1]) {
        const { page, limit } = pageOf(request);
        const next = pageLink(request.pageUrl, request.query, page + 1);
        const previous = page > 1 ? pageLink(request.pageUrl, request.query, page - 1) : null;
        return json(200, { count: items.length, next, previous, results: items.slice((page - 1) * limit, page * limit) });
      },
    };
    const outcome = await runScenarioOn(scenario, { operationId: FAILED, mock: { overrides: { paginator: endless } } });
    expect(outcome.failure?.category).to.equal('pagination');
    expect(outcome.failure?.message).to.match(/`next` is still not null after 7 pages; count 25 at limit 5 makes 5/);
    expect(outcome.exchanges.length).to.equal(8);
  });

  it('fails when the walk visits fewer objects than count', async () => {
    const paginator = envelopeRewritten((body) => ({ ...body, count: body.count + 1 }));
    const outcome = await runScenarioOn(scenario, { operationId: FAILED, mock: { overrides: { paginator } } });
    expect(outcome.failure?.category).to.equal('pagination');
    expect(outcome.failure?.message).to.match(/visited 25 objects in \d+ pages, but count is 26/);
  });

  it('walks at the server\'s own page size when the list documents no limit parameter', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, document: withoutLimitParameter });
    expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
    // the probe, then pages 1-4 of 35 objects at 10 a page
    expect(outcome.exchanges).to.have.length(5);
  });
});
