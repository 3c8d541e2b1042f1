import { expect } from 'chai';
import { startMockServer, type MockOptions } from '../../mock/server';
import { json } from '../../mock/http/mock-response';
import { referenceHandler, replaceHandler } from '../../mock/variants/reference';
import type { Handler } from '../../mock/http/request-context';
import { exampleCases } from '../../generators/cases/example-cases';
import type { ApiModel, Operation } from '../../model/operation';
import { DEFAULT_CONFIG } from '../../engine/config';
import { execute, type Exchange } from '../../engine/exchange';
import { leniencyFindings, type LeniencyFinding } from '../../engine/leniency';
import { referencedPathParameter } from '../../engine/reference-leniency';
import { checkRegistry } from '../../suites/registry';
import { openSession } from '../../engine/session';

const TOKEN = 'conformance-dev-token';
const CHECK = 'valid input is accepted';
const CHOICE = { channel: ['Select a valid choice. That choice is not one of the available choices.'] };

/** The failed-integration list, refusing some `channel` filter values with DRF's ModelChoiceFilter field error. */
function refusingChannels(refused: (channel: string) => boolean, body: unknown = CHOICE): MockOptions {
  const reference = referenceHandler('failedIntegrations.list');
  const handler: Handler = (context) => {
    const channel = context.query.get('channel');
    return channel !== null && refused(channel) ? json(400, body) : reference(context);
  };
  return { overrides: replaceHandler('failedIntegrations.list', handler) };
}

/** Sends the list with `channel` set to `value` as a positive boundary case; the exchange, its sent requests and the findings. */
async function listWithChannel(mock: MockOptions, value: unknown, strict = false, change: { pathParams?: Record<string, unknown>; query?: Record<string, unknown> } = {}): Promise<{ exchange: Exchange; sent: Exchange[]; findings: readonly LeniencyFinding[] }> {
  const server = await startMockServer({ port: 0, tokens: [TOKEN], ...mock });
  const session = await openSession({ ...DEFAULT_CONFIG, target: server.url, token: TOKEN, pathValues: { channel_id: ['1', '2'] }, seed: 1, runs: 5, specs: ['omnitron'], strict }, undefined, checkRegistry);
  const sent: Exchange[] = [];
  session.events.on((event) => {
    if (event.type === 'exchange') sent.push(event.exchange);
  });
  try {
    const api = session.apis[0] as ApiModel;
    const operation = api.operations.find((op) => op.id === 'listSalesChannelFailedIntegrations') as Operation;
    const base = exampleCases(operation, { pathValues: { channel_id: [1] } })[0];
    if (!base) throw new Error('no example case');
    const exchange = await execute(session, api, { ...base, phase: 'boundary', mode: 'positive', pathParams: change.pathParams ?? { channel_id: 1 }, query: change.query ?? { channel: value } });
    return { exchange, sent, findings: leniencyFindings(session) };
  } finally {
    await session.close();
    await server.close();
  }
}

describe('engine/reference-leniency (a filter value naming no object refused)', function () {
  this.timeout(60_000);

  it('finds the path parameter a filter names: channel for {channel_id}, none for an unrelated filter', async () => {
    const operation = { parameters: [{ in: 'path', name: 'channel_id' }, { in: 'query', name: 'channel' }] } as unknown as Operation;
    expect(referencedPathParameter(operation, 'channel')).to.equal('channel_id');
    expect(referencedPathParameter(operation, 'uploaded_by')).to.equal(undefined);
  });

  it('DRF-like (ModelChoiceFilter): channel=-2147483648 refused with a field error, channel=1 accepted, is leniency of kind refuses-unknown-reference', async () => {
    const { exchange, sent, findings } = await listWithChannel(refusingChannels((c) => !['1', '2', '3'].includes(c)), -2147483648);
    const verdict = exchange.verdicts.find((v) => v.name === CHECK);
    expect(verdict?.status, verdict?.failure?.message).to.equal('lenient');
    expect(verdict?.failure?.category).to.equal('leniency');
    expect(verdict?.failure?.message).to.match(/^valid input was refused as naming no object: GET .* answered 400 to query parameter channel set to -2147483648 \(boundary case\), a field error naming channel; the same request with channel=1 \(an id the run knows an object for\) was answered 200: only a reference to no object was refused \(a leniency finding of kind refuses-unknown-reference/);
    expect(sent.map((e) => e.request.path.split('?')[1])).to.deep.equal(['channel=1', 'channel=-2147483648']);
    expect(findings.map((f) => f.kind)).to.deep.equal(['refuses-unknown-reference']);
  });

  it('with --strict the same refusal is a failure in category leniency', async () => {
    const { exchange } = await listWithChannel(refusingChannels((c) => !['1', '2', '3'].includes(c)), -2147483648, true);
    const verdict = exchange.verdicts.find((v) => v.name === CHECK);
    expect(verdict?.status).to.equal('failed');
    expect(verdict?.failure?.category).to.equal('leniency');
  });

  it('a server that refuses the known id too (valid filter values refused in general) stays a failure', async () => {
    const { exchange } = await listWithChannel(refusingChannels(() => true), -2147483648);
    const verdict = exchange.verdicts.find((v) => v.name === CHECK);
    expect(verdict?.status).to.equal('failed');
    expect(verdict?.failure?.category).to.equal('valid input rejected');
    expect(verdict?.failure?.message).to.match(/the same request with channel=1 \(an id the run knows an object for\) was answered 400 too$/);
  });

  it('a known id refused is a failure without a re-send; so is a 400 that is not a field error naming the filter', async () => {
    const known = await listWithChannel(refusingChannels((c) => c === '2'), 2);
    expect(known.exchange.verdicts.find((v) => v.name === CHECK)?.status).to.equal('failed');
    expect(known.sent.length).to.equal(1);
    const generic = await listWithChannel(refusingChannels(() => true, { detail: 'Bad request.' }), -2147483648);
    expect(generic.exchange.verdicts.find((v) => v.name === CHECK)?.status).to.equal('failed');
    expect(generic.sent.length).to.equal(1);
  });

  it('a path scope the run does not know is no known id: the re-send uses a --path-param value (and a page past the last one is still an acceptance)', async () => {
    const { exchange, sent } = await listWithChannel(refusingChannels((c) => !['1', '2', '3'].includes(c)), 77, false, { pathParams: { channel_id: 77 }, query: { channel: 77, page: 999 } });
    expect(exchange.verdicts.find((v) => v.name === CHECK)?.status).to.equal('lenient');
    expect(sent[0]?.request.path).to.match(/\/channel\/77\/failed_integrations\/\?(?=.*channel=1)(?=.*page=999)/);
  });
});
