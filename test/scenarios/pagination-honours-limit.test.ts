import { expect } from 'chai';
import { json } from '../../mock/http/mock-response';
import { pageNumberPaginator, type Paginator } from '../../mock/pagination/paginator';
import { paginationHonoursLimit as scenario } from '../../scenarios/pagination-honours-limit';
import { pageOf, queryRewritten, withParam } from './broken';
import { describeOutcome, runScenarioOn } from './support';

const ENVELOPE = 'listSalesChannelCancellationRequestImages';
const ARRAY = 'getCancellationRequestImagesInsertsOrUpdates';

describe('scenario: pagination honours limit', () => {
  it('passes on the reference server, on envelope and bare-array lists', async () => {
    for (const operationId of [ENVELOPE, ARRAY, 'listSalesChannelFailedIntegrations']) {
      const outcome = await runScenarioOn(scenario, { operationId });
      expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
      const limits = outcome.exchanges.map((e) => new URL(e.request.path, 'http://x').searchParams.get('limit'));
      expect(new Set(limits)).to.deep.equal(new Set(['1', '2', '5']));
    }
  });

  it('fails when the limit is ignored (envelope and array)', async () => {
    const paginator = queryRewritten((query) => withParam(query, 'limit', undefined));
    for (const operationId of [ENVELOPE, ARRAY]) {
      const outcome = await runScenarioOn(scenario, { operationId, mock: { overrides: { paginator } } });
      expect(outcome.failure?.category, operationId).to.equal('pagination');
      expect(outcome.failure?.message).to.match(/page 1 at limit=1 holds 10 objects/);
    }
  });

  it('fails when a bare array ignores the page (page 2 repeats page 1)', async () => {
    const paginator = queryRewritten((query) => withParam(query, 'page', undefined));
    const outcome = await runScenarioOn(scenario, { operationId: ARRAY, mock: { overrides: { paginator } } });
    expect(outcome.failure?.category).to.equal('pagination');
    expect(outcome.failure?.message).to.match(/at limit=1, id \d+ appears again on page 2/);
  });

  it('fails when pages come back one short', async () => {
    const paginator: Paginator = {
      ...pageNumberPaginator,
      array(items, request) {
        const response = pageNumberPaginator.array(items, request);
        return response.status === 200 ? json(200, (response.body as unknown[]).slice(0, pageOf(request).limit - 1)) : response;
      },
    };
    const outcome = await runScenarioOn(scenario, { operationId: ARRAY, mock: { overrides: { paginator } } });
    expect(outcome.failure?.category).to.equal('pagination');
    expect(outcome.failure?.message).to.match(/pages come back short/);
  });

  it('fails when pages of different limits do not tile one order', async () => {
    // Each limit sorts differently: page k at limit 1 is not object k at limit 5.
    const paginator: Paginator = {
      ...pageNumberPaginator,
      array: (items, request) => pageNumberPaginator.array(pageOf(request).limit === 1 ? [...items].reverse() : items, request),
    };
    const outcome = await runScenarioOn(scenario, { operationId: ARRAY, mock: { overrides: { paginator } } });
    expect(outcome.failure?.category).to.equal('pagination');
    expect(outcome.failure?.message).to.match(/object 1 is id \d+ at limit=1 but id \d+ at limit=5/);
  });

  it('passes on a server that answers its documented 404 for an array page past the last', async () => {
    const paginator: Paginator = {
      ...pageNumberPaginator,
      array(items, request) {
        const { page, limit } = pageOf(request);
        return page > 1 && (page - 1) * limit >= items.length ? json(404, { detail: 'Invalid page.' }) : pageNumberPaginator.array(items, request);
      },
    };
    // Channel 3 has two never-integrated images: at limit 1 pages 1 and 2 are full and page 3 is past the last.
    const outcome = await runScenarioOn(scenario, { operationId: 'getCancellationRequestImagesInserts', mock: { overrides: { paginator } }, config: { pathValues: { channel_id: ['3'] } } });
    expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
    expect(outcome.exchanges.some((e) => e.response?.status === 404)).to.equal(true);
  });
});
