import { expect } from 'chai';
import { retrieveImage } from '../../mock/handlers/images';
import { notFound } from '../../mock/http/mock-response';
import type { Handler } from '../../mock/http/request-context';
import { deltaSiblingsOf, deltaUnionIsExact as scenario } from '../../scenarios/delta-union-is-exact';
import { loadApis } from '../../engine/session';
import { DEFAULT_CONFIG } from '../../engine/config';
import { imagesInStatuses } from './broken';
import { describeOutcome, findOperation, runScenarioOn } from './support';

const UNION = 'getCancellationRequestImagesInsertsOrUpdates';

describe('scenario: delta union is exact', () => {
  it('is inferred from the sibling paths only for the <a>_or_<b> list', async () => {
    const apis = await loadApis(DEFAULT_CONFIG);
    const { api, operation } = findOperation(apis, UNION);
    const siblings = deltaSiblingsOf(api, operation);
    expect(siblings?.a.path).to.match(/\/inserts\/$/);
    expect(siblings?.b.path).to.match(/\/updates\/$/);
    expect(siblings?.detail?.operation.id).to.equal('retrieveSalesChannelCancellationRequestImage');
    expect(siblings?.detail?.param).to.equal('id');
    const applies = apis.flatMap((a) => a.operations.filter((o) => scenario.appliesTo(o, a)).map((o) => o.id));
    expect(applies).to.deep.equal([UNION]);
  });

  it('passes on the reference server, retrieving listed objects', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: UNION });
    expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
    expect(outcome.exchanges.filter((e) => /\/\d+\/$/.test(e.request.path))).to.have.length(20);
    expect(outcome.exchanges.length).to.be.below(60);
  });

  it('fails when the union leaves out one set', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: UNION, mock: { overrides: { handlers: { 'images.insertsOrUpdates': imagesInStatuses(['new']) } } } });
    expect(outcome.failure?.category).to.equal('delta');
    expect(outcome.failure?.message).to.match(/inserts_or_updates\/ leaves out id .* listed by .*inserts\/ or .*updates\//);
  });

  it('fails when the two sets overlap', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: UNION, mock: { overrides: { handlers: { 'images.updates': imagesInStatuses(['new', 'changed']) } } } });
    expect(outcome.failure?.category).to.equal('delta');
    expect(outcome.failure?.message).to.match(/inserts\/ and .*updates\/ both list id .*; they should be disjoint/);
  });

  it('fails when the union lists more than the two sets', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: UNION, mock: { overrides: { handlers: { 'images.insertsOrUpdates': imagesInStatuses(['new', 'changed', 'unchanged']) } } } });
    expect(outcome.failure?.message).to.match(/inserts_or_updates\/ lists id .*, which neither .* nor .* lists/);
  });

  it('fails when a listed object cannot be retrieved', async () => {
    // The detail does not know the never-integrated images the delta lists.
    const onlyKnown: Handler = (context) => {
      const image = context.state.images.get(context.params.id as number);
      return image?.status === 'new' ? notFound() : retrieveImage(context);
    };
    const outcome = await runScenarioOn(scenario, { operationId: UNION, mock: { overrides: { handlers: { 'images.retrieve': onlyKnown } } } });
    expect(outcome.failure?.category).to.equal('delta');
    expect(outcome.failure?.message).to.match(/^id \d+ is listed by .*inserts_or_updates\/, but .*\{id\}\/ answered 404/);
  });
});
