import { expect } from 'chai';
import { EMBEDDED_OMNITRON_REASONS } from '../../mock/data/omnitron-reasons';
import { empty } from '../../mock/http/mock-response';
import type { Handler } from '../../mock/http/request-context';
import { sideEffectPullIsIdempotent as scenario, uniqueProperties } from '../../scenarios/side-effect-pull-is-idempotent';
import { loadApis } from '../../engine/session';
import { DEFAULT_CONFIG } from '../../engine/config';
import { describeOutcome, findOperation, runScenarioOn } from './support';

const PULL = 'pullCancellationReasonsFromOmnitron';

/** A pull that copies every reason as a new row, whatever is there already. */
const appendingPull: Handler = (context) => {
  for (const reason of EMBEDDED_OMNITRON_REASONS) {
    const { id, ...values } = reason;
    context.state.cancellationReasons.insert((key) => ({ id: key, ...values, omnitron_id: id, created_date: '2024-01-01T00:00:00Z', modified_date: '2024-01-01T00:00:00Z' }));
  }
  return empty(200);
};

/** A pull that replaces the table: the same reasons, new ids each time. */
const replacingPull: Handler = (context) => {
  for (const row of context.state.cancellationReasons.all()) context.state.cancellationReasons.delete(row.id);
  return appendingPull(context);
};

describe('scenario: side-effect pull is idempotent', () => {
  it('applies to the x-side-effects GET only, and checks the upstream id for uniqueness', async () => {
    const apis = await loadApis(DEFAULT_CONFIG);
    const applies = apis.flatMap((a) => a.operations.filter((o) => scenario.appliesTo(o, a)).map((o) => o.id));
    expect(applies).to.deep.equal([PULL]);
    const { operation } = findOperation(apis, 'listCancellationReasons');
    expect(uniqueProperties(operation)).to.deep.equal({ names: ['omnitron_id'], marked: false });
  });

  it('prefers properties a schema marks x-unique (when a model keeps them) over the *_id fallback', async () => {
    const apis = await loadApis(DEFAULT_CONFIG);
    const { operation } = findOperation(apis, 'listCancellationReasons');
    const itemSchema = { type: 'object', properties: { id: { type: 'integer' }, code: { type: 'string', 'x-unique': true }, omnitron_id: { type: 'integer' } } };
    const marked = { ...operation, inferred: { ...operation.inferred, pagination: { ...operation.inferred.pagination, kind: 'envelope' as const, itemSchema } } };
    expect(uniqueProperties(marked)).to.deep.equal({ names: ['code'], marked: true });
  });

  it('passes on the reference server (pull, list, pull, list)', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: PULL });
    expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
    expect(outcome.exchanges.filter((e) => e.request.path.includes('pull_from_omnitron'))).to.have.length(2);
  });

  it('fails when a second pull copies the reasons again', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: PULL, mock: { overrides: { handlers: { 'cancellationReasons.pull': appendingPull } } } });
    expect(outcome.failure?.category).to.equal('pull');
    expect(outcome.failure?.message).to.match(/^after the second call .* lists omnitron_id \d+ twice/);
  });

  it('fails when a second pull gives the same reasons new ids', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: PULL, mock: { overrides: { handlers: { 'cancellationReasons.pull': replacingPull } } } });
    expect(outcome.failure?.category).to.equal('pull');
    expect(outcome.failure?.message).to.match(/changed the listed objects: \d+ added .*, \d+ gone/);
  });

  it('fails when the pull fills nothing', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: PULL, mock: { overrides: { handlers: { 'cancellationReasons.pull': () => empty(200) } } } });
    expect(outcome.failure?.message).to.match(/^after the first call .* lists nothing/);
  });

  it('fails when the pull itself fails', async () => {
    const outcome = await runScenarioOn(scenario, { operationId: PULL, mock: { upstreamUrl: 'http://127.0.0.1:9/unreachable' } });
    expect(outcome.failure?.category).to.equal('pull');
    expect(outcome.failure?.message).to.match(/^the first call answered 502/);
  });
});
