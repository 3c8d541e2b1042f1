import { expect } from 'chai';
import { json } from '../../../mock/http/mock-response';
import { invalidPageAndLimitAreRejected as scenario } from '../../../suites/semantics/invalid-page-and-limit-are-rejected';
import { queryRewritten } from './broken';
import { describeOutcome, runScenarioOn } from './support';

const ENVELOPE = 'listSalesChannelFailedIntegrations';
const ARRAY = 'getCancellationRequestImagesUpdates';

/** DRF-like leniency: anything that is not a positive whole number falls back to the default. */
const clamping = queryRewritten((query) => {
  for (const name of ['page', 'limit']) {
    const value = query.get(name);
    if (value !== null && !/^[1-9]\d*$/.test(value)) query.delete(name);
    if (name === 'limit' && Number(query.get(name)) > 100) query.set(name, '100');
  }
  return query;
});

describe('scenario: invalid page and limit are rejected', () => {
  it('passes on the reference server, sending six bad values', async () => {
    for (const operationId of [ENVELOPE, ARRAY, 'listCancellationReasons']) {
      const outcome = await runScenarioOn(scenario, { operationId });
      expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
      expect(outcome.exchanges.map((e) => e.request.path.split('?')[1])).to.deep.equal(['page=0', 'page=-1', 'page=abc', 'limit=0', 'limit=abc', 'limit=101']);
    }
  });

  it('fails when a bad value is clamped to something valid and used (2xx, another answer than without it)', async () => {
    for (const operationId of [ENVELOPE, ARRAY]) {
      const outcome = await runScenarioOn(scenario, { operationId, mock: { overrides: { paginator: clamping } } });
      expect(outcome.failure?.category, describeOutcome(outcome)).to.equal('pagination');
      expect(outcome.failure?.message).to.match(/^limit=101 was answered 200, not a 4xx, and the value was used: without limit the bodies differ/);
    }
  });

  it('reports a leniency finding when bad values are only ignored (the same answer as without them, as DRF does)', async () => {
    const ignoring = queryRewritten((query) => {
      for (const name of ['page', 'limit']) if (query.get(name) !== null && !/^[1-9]\d*$/.test(query.get(name) as string)) query.delete(name);
      return query;
    });
    for (const operationId of [ENVELOPE, ARRAY]) {
      const outcome = await runScenarioOn(scenario, { operationId, mock: { overrides: { paginator: ignoring } } });
      expect(outcome.failure?.category, describeOutcome(outcome)).to.equal('leniency');
      expect(outcome.failure?.message).to.match(/^page=0 was answered 200 and ignored: the same request without page got the same answer/);
    }
  });

  it('fails when only the maximum is not enforced', async () => {
    const paginator = queryRewritten((query) => {
      if (Number(query.get('limit')) > 100) query.set('limit', '100');
      return query;
    });
    const outcome = await runScenarioOn(scenario, { operationId: ENVELOPE, mock: { overrides: { paginator } } });
    expect(outcome.failure?.message).to.match(/^limit=101 was answered 200/);
  });

  it('fails when a bad value crashes the server (5xx)', async () => {
    const postProcess = (response: { status: number }, info: { query: URLSearchParams }) =>
      info.query.get('page') === 'abc' ? json(500, { detail: 'A server error occurred.' }) : response;
    const outcome = await runScenarioOn(scenario, { operationId: ENVELOPE, mock: { overrides: { postProcess } } });
    expect(outcome.failure?.message).to.match(/^page=abc was answered 500, not a 4xx/);
  });

  it('fails on a 4xx the operation does not document', async () => {
    const postProcess = (response: { status: number }) => (response.status === 400 ? json(422, { detail: 'Unprocessable.' }) : response);
    const outcome = await runScenarioOn(scenario, { operationId: ENVELOPE, mock: { overrides: { postProcess } } });
    expect(outcome.failure?.category).to.equal('pagination');
    expect(outcome.failure?.message).to.match(/(?:page|limit)=\S+ was answered 422, which GET .* does not document \(documented: 200, 400, 401, 404, 500\)/);
  });
});
