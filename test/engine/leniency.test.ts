import { expect } from 'chai';
import { startMockServer, type MockOptions } from '../../mock/server';
import { decimalFilterTruncated, emptyPatchAccepted, invalidLimitIgnored, invalidPatchValueStored, limitAboveMaximumUsed } from '../../mock/variants/leniency';
import { invalidEnumAccepted } from '../../mock/variants/validation';
import type { ApiModel, Operation } from '../../model/operation';
import type { Exchange } from '../../engine/exchange';
import { DEFAULT_CONFIG } from '../../engine/config';
import { discoverPathValues } from '../../engine/discover';
import { leniencyFindings } from '../../engine/leniency';
import fc from 'fast-check';
import type { Case } from '../../model/case';
import { planPhases, type PhasePlan } from '../../engine/phase-plan';
import { runPhase, type PhaseResult } from '../../engine/phase-run';
import { openSession, type Session } from '../../engine/session';
import { checkRegistry } from '../../suites/registry';
import { json } from '../../mock/http/mock-response';
import { referenceHandler, replaceHandler, rewriteResponse } from '../../mock/variants/reference';
import { invalidLimitAccepted } from '../../mock/variants/pagination';
import { coverageCases } from '../../generators/cases/coverage-cases';
import { execute } from '../../engine/exchange';

const TOKEN = 'conformance-dev-token';
const CHECK = 'invalid input is rejected';

interface Outcome {
  result: PhaseResult;
  session: Session;
  /** Every exchange sent during the phase, the extra ones included. */
  sent: Exchange[];
}

/**
 * Runs one operation's negative phase against a fresh mock. `adjust` may change the operation's model first (a
 * schema that forbids unknown fields, which the bundled documents never do).
 */
async function negativePhase(mock: MockOptions, operationId: string, options: { strict?: boolean; adjust?: (operation: Operation) => void; only?: (testCase: Case) => boolean } = {}): Promise<Outcome> {
  const server = await startMockServer({ port: 0, tokens: [TOKEN], ...mock });
  const session = await openSession({ ...DEFAULT_CONFIG, target: server.url, token: TOKEN, pathValues: { channel_id: ['1'] }, seed: 3, runs: 60, specs: ['omnitron'], strict: options.strict ?? false }, undefined, checkRegistry);
  const sent: Exchange[] = [];
  session.events.on((event) => {
    if (event.type === 'exchange') sent.push(event.exchange);
  });
  try {
    const api = session.apis[0] as ApiModel;
    const operation = api.operations.find((op) => op.id === operationId) as Operation;
    options.adjust?.(operation);
    const values = await discoverPathValues(session, api, operation);
    if (values) session.discovered.set(operation.id, values);
    const planned = planPhases(session, api, operation).find((p) => p.phase === 'negative');
    if (planned?.kind !== 'property') throw new Error('no negative phase');
    // `only`: the phase's own cases, but just the ones of one kind of mutation (a rare one would need many runs).
    const plan: PhasePlan = options.only ? { phase: 'negative', kind: 'list', cases: fc.sample(planned.arbitrary.filter(options.only), { seed: 5, numRuns: 6 }) } : planned;
    const result = await runPhase(session, api, plan);
    return { result, session, sent };
  } finally {
    await session.close();
    await server.close();
  }
}

function tallyOf(outcome: Outcome) {
  const tally = outcome.result.tallies.get(CHECK);
  if (!tally) throw new Error(`no tally for ${CHECK}`);
  return tally;
}

function messages(exchanges: readonly Exchange[]): string[] {
  return exchanges.map((e) => e.verdicts.find((v) => v.name === CHECK)?.failure?.message ?? '');
}

/** Only cases that add an unknown field. */
const addsUnknownField = (testCase: Case): boolean => testCase.mutation?.keyword === 'additionalProperties';

/** A copy of the create body's schema that forbids properties it does not name. */
function forbidUnknownFields(operation: Operation): void {
  const body = operation.requestBody;
  if (!body) throw new Error('no request body');
  body.content = body.content.map((media) => ({ ...media, schema: { ...(media.schema as object), additionalProperties: false } }));
}

describe('engine/leniency (ignored or used)', function () {
  this.timeout(60_000);

  it('reference server: every invalid limit is refused, so no finding and no extra request', async () => {
    const outcome = await negativePhase({}, 'listSalesChannelFailedIntegrations');
    expect(tallyOf(outcome).failed).to.equal(0);
    expect(tallyOf(outcome).lenient).to.equal(0);
    expect(outcome.sent.length).to.equal(outcome.result.casesSent);
  });

  it('an invalid limit ignored (DRF) is a leniency finding, shown by a re-send without it, one per distinct value', async () => {
    const outcome = await negativePhase({ overrides: invalidLimitIgnored.overrides() }, 'listSalesChannelFailedIntegrations');
    const tally = tallyOf(outcome);
    expect(tally.failed, messages(tally.failure ? [tally.failure] : []).join('\n')).to.equal(0);
    expect(tally.lenient).to.be.greaterThan(0);
    expect(messages(tally.leniency)[0]).to.match(/^invalid input was accepted but ignored: GET .* answered 200 to query parameter limit set to .*; the same request without query parameter limit got the same answer \(200\)/);
    // Each distinct invalid value was re-sent once, without limit, through the exchange layer.
    const resends = outcome.sent.filter((e) => e.testCase.mode === 'positive');
    expect(resends.length).to.equal(tally.leniency.length);
    expect(resends.every((e) => !/[?&]limit=/.test(e.request.path))).to.equal(true);
    expect(tally.leniency[0].evidence?.[0].request.path).to.not.match(/limit=/);
    expect(leniencyFindings(outcome.session).length).to.equal(tally.leniency.length);
  });

  it('with --strict the same finding is a failure in category leniency', async () => {
    const outcome = await negativePhase({ overrides: invalidLimitIgnored.overrides() }, 'listSalesChannelFailedIntegrations', { strict: true });
    const tally = tallyOf(outcome);
    expect(tally.lenient).to.equal(0);
    expect(tally.failed).to.be.greaterThan(0);
    expect(tally.failure?.verdicts.find((v) => v.name === CHECK)?.failure?.category).to.equal('leniency');
  });

  it('a limit above the maximum that is used (a bigger page) stays a failure, saying how the answers differ', async () => {
    const outcome = await negativePhase({ overrides: limitAboveMaximumUsed.overrides() }, 'listSalesChannelFailedIntegrations');
    const tally = tallyOf(outcome);
    expect(tally.failed).to.be.greaterThan(0);
    const failure = tally.failure?.verdicts.find((v) => v.name === CHECK)?.failure;
    expect(failure?.category).to.equal('invalid input accepted');
    expect(failure?.message).to.match(/limit set to 101.*the invalid value changed the result: without limit the bodies differ at \/results\/10 \(101 item\(s\) with it, 10 item\(s\) without it\); with limit=100 \(the documented bound\) the bodies differ at \/results\/100 \(101 item\(s\) with it, 100 item\(s\) without it\)/);
  });

  it('a decimal filter value used as its integer part stays a failure', async () => {
    const outcome = await negativePhase({ overrides: decimalFilterTruncated.overrides() }, 'listSalesChannelCancellationRequestImages');
    const tally = tallyOf(outcome);
    expect(tally.failed).to.be.greaterThan(0);
    const failed = outcome.sent.map((e) => e.verdicts.find((v) => v.name === CHECK)).filter((v) => v?.status === 'failed');
    expect(failed.some((v) => /uploaded_by set to 1\.5.*the invalid value changed the result: without uploaded_by/.test(v?.failure?.message ?? ''))).to.equal(true);
  });

  it('an invalid body value that was stored stays a failure, with what the response or the read-back shows', async () => {
    const outcome = await negativePhase({ overrides: invalidPatchValueStored.overrides() }, 'partialUpdateSalesChannelFailedIntegration');
    const tally = tallyOf(outcome);
    expect(tally.failed).to.be.greaterThan(0);
    expect(tally.lenient).to.equal(0);
    const failed = outcome.sent.flatMap((e) => e.verdicts.filter((v) => v.name === CHECK && v.status === 'failed'));
    expect(failed.some((v) => /the response echoes it|it was stored/.test(v.failure?.message ?? ''))).to.equal(true);
  });

  it('the existing invalid-enum-accepted variant (value replaced by another) stays a failure: the read-back shows what was stored instead', async () => {
    const outcome = await negativePhase({ overrides: invalidEnumAccepted.overrides() }, 'createSalesChannelFailedIntegration');
    const failed = outcome.sent.flatMap((e) => e.verdicts.filter((v) => v.name === CHECK && v.status === 'failed'));
    expect(failed.length).to.be.greaterThan(0);
    expect(failed.some((v) => /reason_type set to .*it was stored as "remote" instead: reading it back \(GET \/api\/v1\/channel\/1\/failed_integrations\/\d+\/\) shows \/reason_type = "remote"/.test(v.failure?.message ?? ''))).to.equal(true);
  });

  it('a PATCH without a body answered as an empty partial update (DRF) is a leniency finding', async () => {
    const outcome = await negativePhase({ overrides: emptyPatchAccepted.overrides() }, 'partialUpdateSalesChannelFailedIntegration');
    const tally = tallyOf(outcome);
    expect(tally.failed).to.equal(0);
    expect(messages(tally.leniency).some((m) => /required request body omitted.*a PATCH without a body is an empty partial update/.test(m))).to.equal(true);
  });

  it('an unknown field dropped (neither echoed nor stored, shown by a read-back) is a leniency finding', async () => {
    // The reference server drops unknown fields, as DRF serializers do; the adjusted schema forbids them.
    const outcome = await negativePhase({}, 'createSalesChannelFailedIntegration', { adjust: forbidUnknownFields, only: addsUnknownField });
    const tally = tallyOf(outcome);
    expect(tally.failed).to.equal(0);
    expect(messages(tally.leniency).some((m) => /body \/unexpected_property .*the unknown field was dropped: neither echoed nor stored \(read back with GET \/api\/v1\/channel\/1\/failed_integrations\/\d+\/\)/.test(m))).to.equal(true);
    expect(tally.leniency[0].evidence?.[0].request.method).to.equal('GET');
  });

  it('an unknown field that is echoed back is a failure', async () => {
    const echoing = rewriteResponse('failedIntegrations.create', (response, context) => {
      const sent = (context.body as Record<string, unknown> | undefined)?.unexpected_property;
      return response.status === 201 && sent !== undefined ? json(201, { ...(response.body as object), unexpected_property: sent }) : response;
    });
    const outcome = await negativePhase({ overrides: echoing }, 'createSalesChannelFailedIntegration', { adjust: forbidUnknownFields, only: addsUnknownField });
    const failed = outcome.sent.flatMap((e) => e.verdicts.filter((v) => v.name === CHECK && v.status === 'failed'));
    expect(failed.some((v) => /unexpected_property.*the response echoes it/.test(v.failure?.message ?? ''))).to.equal(true);
    expect(tallyOf(outcome).lenient).to.equal(0);
  });
});

/** The coverage case of an operation whose value class is `className` at `pointer`, sent once through the exchange layer. */
async function coverageExchange(mock: MockOptions, operationId: string, className: string, pointer: string, strict = false): Promise<{ exchange: Exchange; session: Session }> {
  const server = await startMockServer({ port: 0, tokens: [TOKEN], ...mock });
  const session = await openSession({ ...DEFAULT_CONFIG, target: server.url, token: TOKEN, pathValues: { channel_id: ['1'] }, seed: 3, runs: 5, specs: ['omnitron'], strict }, undefined, checkRegistry);
  try {
    const api = session.apis[0] as ApiModel;
    const operation = api.operations.find((op) => op.id === operationId) as Operation;
    const testCase = coverageCases(operation, { pathValues: { channel_id: [1], id: [1] } }).find((c) => c.coverage?.class === className && c.coverage.pointer === pointer);
    if (!testCase) throw new Error(`no coverage case ${className} at ${pointer}`);
    return { exchange: await execute(session, api, testCase), session };
  } finally {
    await session.close();
    await server.close();
  }
}

/** A partial update that reads `is_active: 1`/`0` as the boolean, as DRF's BooleanField does. */
const coercingBooleans = (stored: (value: number) => unknown) => {
  const reference = referenceHandler('failedIntegrations.partialUpdate');
  return replaceHandler('failedIntegrations.partialUpdate', (context) => {
    const body = context.body as Record<string, unknown> | undefined;
    if (body && typeof body === 'object' && typeof body.is_active === 'number') {
      const value = body.is_active;
      const answer = reference({ ...context, body: { ...body, is_active: true } });
      const row = context.state.failedIntegrations.get(context.params.id as number);
      if (row) context.state.failedIntegrations.replace(row.pk, { ...row, is_active: stored(value) as boolean });
      return answer;
    }
    return reference(context);
  });
};

describe('engine/leniency (clamped and coerced)', function () {
  this.timeout(60_000);

  it('a body value of the wrong type stored as its canonical coercion (is_active: 1 stored as true, DRF) is leniency of kind coerced', async () => {
    const { exchange, session } = await coverageExchange({ overrides: coercingBooleans((v) => v === 1) }, 'partialUpdateSalesChannelFailedIntegration', 'boolean.as-number', '/is_active');
    const verdict = exchange.verdicts.find((v) => v.name === CHECK);
    expect(verdict?.status, verdict?.failure?.message).to.equal('lenient');
    expect(verdict?.failure?.message).to.match(/^invalid input was accepted and coerced to the documented type: .*is_active.*it was stored as true, its canonical value in the documented type .*\(a leniency finding of kind coerced, a failure only with --strict\)$/);
    expect(leniencyFindings(session).map((f) => f.kind)).to.deep.equal(['coerced']);
  });

  it('a wrong-type body value stored as itself (is_active: 1 kept as 1) stays a failure', async () => {
    const { exchange } = await coverageExchange({ overrides: coercingBooleans((v) => v) }, 'partialUpdateSalesChannelFailedIntegration', 'boolean.as-number', '/is_active');
    const verdict = exchange.verdicts.find((v) => v.name === CHECK);
    expect(verdict?.status).to.equal('failed');
    expect(verdict?.failure?.message).to.match(/it was stored: reading it back .* shows \/is_active = 1/);
  });

  it('a wrong-type body value stored as something else than its canonical coercion (1 stored as false) stays a failure', async () => {
    const { exchange } = await coverageExchange({ overrides: coercingBooleans(() => false) }, 'partialUpdateSalesChannelFailedIntegration', 'boolean.as-number', '/is_active');
    expect(exchange.verdicts.find((v) => v.name === CHECK)?.status).to.equal('failed');
  });

  it('limit=101 answered like limit=100 (DRF\'s max_page_size cutoff) is leniency of kind clamped, shown by two re-sends', async () => {
    const { exchange, session } = await coverageExchange({ overrides: invalidLimitAccepted.overrides() }, 'listSalesChannelFailedIntegrations', 'integer.maximum+1', '/limit');
    const verdict = exchange.verdicts.find((v) => v.name === CHECK);
    expect(verdict?.status, verdict?.failure?.message).to.equal('lenient');
    expect(verdict?.failure?.message).to.match(/^invalid input was accepted and clamped to the documented bound: .*limit set to 101.*the same request with limit=100 \(the documented bound\) got the same answer \(200\): the value was clamped/);
    expect(exchange.evidence?.map((e) => e.request.path.split('?')[1] ?? '')).to.deep.equal(['', 'limit=100']);
    expect(leniencyFindings(session)[0]?.kind).to.equal('clamped');
  });

  it('limit=101 honoured where more than 100 objects exist (101 rows, not the 100 the bound gives) stays a failure', async () => {
    const { exchange } = await coverageExchange({ overrides: limitAboveMaximumUsed.overrides() }, 'listSalesChannelFailedIntegrations', 'integer.maximum+1', '/limit');
    const verdict = exchange.verdicts.find((v) => v.name === CHECK);
    expect(verdict?.status).to.equal('failed');
    expect(verdict?.failure?.message).to.match(/with limit=100 \(the documented bound\) the bodies differ at \/results\/100 \(101 item\(s\) with it, 100 item\(s\) without it\)/);
  });

  it('a value clamped to a different answer than the bound gives (limit=101 served as 50 rows) stays a failure', async () => {
    const halving = rewriteResponse('failedIntegrations.list', (response, context) => {
      const body = response.body as { results?: unknown[] } | undefined;
      return new URLSearchParams(context.query).get('limit') === '101' && body?.results ? json(200, { ...body, results: body.results.slice(0, 5) }) : response;
    });
    const { exchange } = await coverageExchange({ overrides: { ...invalidLimitAccepted.overrides(), ...halving } }, 'listSalesChannelFailedIntegrations', 'integer.maximum+1', '/limit');
    expect(exchange.verdicts.find((v) => v.name === CHECK)?.status).to.equal('failed');
  });
});

/**
 * The image list with a decimal `uploaded_by`: `truncating` filters by its integer part, except that uploader 1
 * stands for every row (as on a page where all rows are uploader 1's); otherwise the decimal filter is dropped.
 */
function decimalUploader(truncating: boolean) {
  const reference = referenceHandler('images.list');
  return replaceHandler('images.list', (context) => {
    const value = context.query.get('uploaded_by');
    if (value === null || !/^\d+\.\d+$/.test(value)) return reference(context);
    const query = new URLSearchParams(context.query);
    const whole = Math.trunc(Number(value));
    if (!truncating || whole === 1) query.delete('uploaded_by');
    else query.set('uploaded_by', String(whole));
    return reference({ ...context, query });
  });
}

describe('engine/leniency (a decimal filter that answers like no filter)', function () {
  this.timeout(60_000);

  it('used truncated although uploaded_by=1.5 answered like no filter: a listed value + 0.5 tells, and it fails', async () => {
    const { exchange } = await coverageExchange({ overrides: decimalUploader(true) }, 'listSalesChannelCancellationRequestImages', 'integer.decimal', '/uploaded_by');
    const verdict = exchange.verdicts.find((v) => v.name === CHECK);
    expect(verdict?.status).to.equal('failed');
    expect(verdict?.failure?.message).to.match(/the decimal was used truncated: the same request without uploaded_by answered the same, but uploaded_by=\d+\.5 \(a listed object's uploaded_by \+ 0\.5\) did not/);
  });

  it('ignored (every decimal filter dropped): the listed value + 0.5 answers like no filter too, so it stays leniency', async () => {
    const { exchange } = await coverageExchange({ overrides: decimalUploader(false) }, 'listSalesChannelCancellationRequestImages', 'integer.decimal', '/uploaded_by');
    const verdict = exchange.verdicts.find((v) => v.name === CHECK);
    expect(verdict?.status, verdict?.failure?.message).to.equal('lenient');
    expect(verdict?.failure?.message).to.match(/and so did uploaded_by=\d+\.5 \(a listed object's uploaded_by \+ 0\.5\)/);
  });
});
