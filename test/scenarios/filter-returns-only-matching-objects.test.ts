import { expect } from 'chai';
import { listImageInserts, listImages } from '../../mock/handlers/images';
import { filterReturnsOnlyMatchingObjects as scenario } from '../../scenarios/filter-returns-only-matching-objects';
import { withQuery } from './broken';
import { describeOutcome, runScenarioOn } from './support';

/** The query without the named parameter (a name ending in `[` drops the whole deepObject). */
function dropping(prefix: string): (query: URLSearchParams) => URLSearchParams {
  return (query) => new URLSearchParams([...query].filter(([name]) => !name.startsWith(prefix)));
}

describe('scenario: filter returns only matching objects', () => {
  it('passes on the reference server for every inferred filter (scalar and deepObject)', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: 'listSalesChannelCancellationRequestImages' });
    expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
    const asked = outcome.exchanges.map((e) => e.request.path);
    for (const fragment of ['attributes[color]=', 'cancellation_request=', 'uploaded_by=']) expect(asked.some((p) => p.includes(fragment)), fragment).to.equal(true);
    for (const operationId of ['getCancellationRequestImagesInserts', 'listSalesChannelFailedIntegrations']) {
      const other = await runScenarioOn(scenario, { operationId });
      expect(other.failure, describeOutcome(other)).to.equal(undefined);
    }
  });

  it('fails when a scalar filter is ignored', async () => {
    const handlers = { 'images.list': withQuery(listImages, dropping('uploaded_by')) };
    const outcome = await runScenarioOn(scenario, { operationId: 'listSalesChannelCancellationRequestImages', mock: { overrides: { handlers } } });
    expect(outcome.failure?.category).to.equal('filter');
    expect(outcome.failure?.message).to.match(/^uploaded_by=\d+ answered id \d+ whose uploaded_by is \d+/);
  });

  it('fails when the deepObject filter is ignored', async () => {
    const handlers = { 'images.inserts': withQuery(listImageInserts, dropping('attributes[')) };
    const outcome = await runScenarioOn(scenario, { operationId: 'getCancellationRequestImagesInserts', mock: { overrides: { handlers } } });
    expect(outcome.failure?.category).to.equal('filter');
    expect(outcome.failure?.message).to.match(/^attributes\[color\]=\w+.* answered id \d+ whose attributes is \{/);
  });

  it('fails when the deepObject filter matches any one key instead of every key', async () => {
    // Keeps only the first given key: an image with the same colour but another size passes through.
    const firstKeyOnly = (query: URLSearchParams) => {
      let kept = false;
      return new URLSearchParams([...query].filter(([name]) => !name.startsWith('attributes[') || (kept ? false : (kept = true))));
    };
    const handlers = { 'images.list': withQuery(listImages, firstKeyOnly) };
    const outcome = await runScenarioOn(scenario, { operationId: 'listSalesChannelCancellationRequestImages', mock: { overrides: { handlers } } });
    expect(outcome.failure?.category).to.equal('filter');
    expect(outcome.failure?.message).to.match(/^attributes\[color\]=\w+&attributes\[\w+\]=/);
  });
});
