import { expect } from 'chai';
import { listImages } from '../../mock/handlers/images';
import type { Handler } from '../../mock/http/request-context';
import { filterFindsAListedObject as scenario } from '../../scenarios/filter-finds-a-listed-object';
import { filterReturnsOnlyMatchingObjects } from '../../scenarios/filter-returns-only-matching-objects';
import { describeOutcome, runScenarioOn } from './support';

const IMAGES = 'listSalesChannelCancellationRequestImages';

/** Answers an empty page whenever the named filter is given: nothing wrong is listed, but nothing right either. */
function emptyWhenFiltered(param: string): Handler {
  return (context) => {
    const filtered = [...context.query.keys()].some((name) => name === param || name.startsWith(`${param}[`));
    return filtered ? context.paginator.envelope([], context.pageRequest) : listImages(context);
  };
}

describe('scenario: filter finds a listed object', () => {
  it('passes on the reference server for every inferred filter', async () => {
    for (const operationId of [IMAGES, 'getCancellationRequestImagesUpdates', 'listSalesChannelFailedIntegrations']) {
      const outcome = await runScenarioOn(scenario, { operationId });
      expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
    }
  });

  it('fails when a filter answers nothing (which "only matching objects" cannot see)', async () => {
    const mock = { overrides: { handlers: { 'images.list': emptyWhenFiltered('cancellation_request') } } };
    const only = await runScenarioOn(filterReturnsOnlyMatchingObjects, { operationId: IMAGES, mock });
    expect(only.failure, describeOutcome(only)).to.equal(undefined);
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, mock });
    expect(outcome.failure?.category).to.equal('filter');
    expect(outcome.failure?.message).to.match(/^id \d+ carries cancellation_request \d+, but cancellation_request=\d+ does not list it in the whole filtered list \(0 objects\)/);
  });

  it('fails when the deepObject filter alters the asked values before comparing', async () => {
    // Upper-cases the asked values: 'red' is never found although images carry it.
    const upper: Handler = (context) => {
      const query = new URLSearchParams([...context.query].map(([name, value]): [string, string] => [name, name.startsWith('attributes[') ? value.toUpperCase() : value]));
      return listImages({ ...context, query, pageRequest: { ...context.pageRequest, query } });
    };
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { handlers: { 'images.list': upper } } } });
    expect(outcome.failure?.category).to.equal('filter');
    expect(outcome.failure?.message).to.match(/carries attributes \{.*\}, but attributes\[color\]=/);
  });
});
