import { expect } from 'chai';
import { json } from '../../mock/http/mock-response';
import { invalidPageAndLimitAreRejected as scenario } from '../../scenarios/invalid-page-and-limit-are-rejected';
import { limitAboveMaximumUsed } from '../../mock/variants/leniency';
import { invalidLimitAccepted } from '../../mock/variants/pagination';
import { queryRewritten } from './broken';
import { describeOutcome, runScenarioOn } from './support';

const ENVELOPE = 'listSalesChannelFailedIntegrations';
const ARRAY = 'getCancellationRequestImagesUpdates';

/** Only the maximum is not enforced: a limit above 100 is served as 100 (DRF's cutoff). */
const clampingOnly = queryRewritten((query) => {
  if (Number(query.get('limit')) > 100) query.set('limit', '100');
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

  it('fails when a limit above the maximum is used: a page of 101 where more objects exist (not the page of 100 the bound gives)', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: ENVELOPE, mock: { overrides: limitAboveMaximumUsed.overrides() } });
    expect(outcome.failure?.category, describeOutcome(outcome)).to.equal('pagination');
    expect(outcome.failure?.message).to.match(/^limit=101 was answered 200, not a 4xx, and the value was used: without limit the bodies differ .*; with limit=100 \(the documented bound\) the bodies differ at \/results\/100 \(101 item\(s\) with it, 100 item\(s\) without it\)/);
  });

  it('reports a leniency finding of kind clamped when limit=101 answers what limit=100 answers (DRF\'s max_page_size), after the other values were refused', async () => {
    for (const operationId of [ENVELOPE, ARRAY]) {
      const outcome = await runScenarioOn(scenario, { operationId, mock: { overrides: { paginator: clampingOnly } } });
      expect(outcome.failure?.category, describeOutcome(outcome)).to.equal('leniency');
      expect(outcome.failure?.message).to.match(/^limit=101 was answered 200 and clamped: the same request with limit=100 \(the documented bound\) got the same answer \(a leniency finding of kind clamped/);
    }
  });

  it('with ignored and clamped values both (DRF), reports the first leniency finding and no failure', async () => {
    for (const operationId of [ENVELOPE, ARRAY]) {
      const outcome = await runScenarioOn(scenario, { operationId, mock: { overrides: invalidLimitAccepted.overrides() } });
      expect(outcome.failure?.category, describeOutcome(outcome)).to.equal('leniency');
      expect(outcome.failure?.message).to.match(/^limit=0 was answered 200 and ignored/);
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
