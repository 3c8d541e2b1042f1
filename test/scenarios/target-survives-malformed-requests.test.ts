import { expect } from 'chai';
import type { IncomingMessage } from 'node:http';
import { listImages } from '../../mock/handlers/images';
import { readJsonBody } from '../../mock/http/json-body';
import { json, type MockResponse } from '../../mock/http/mock-response';
import type { Handler } from '../../mock/http/request-context';
import { readBody } from '../../mock/http/read-body';
import type { ResponseInfo } from '../../mock/server';
import { targetSurvivesMalformedRequests as scenario } from '../../scenarios/target-survives-malformed-requests';
import { serverError } from './broken';
import { describeOutcome, runScenarioOn } from './support';

const IMAGES = 'listSalesChannelCancellationRequestImages';
const PATCH = 'partialUpdateSalesChannelFailedIntegration';

/** Query parameters the image lists know; anything else is unknown to them. */
const KNOWN = /^(page|limit|cancellation_request|uploaded_by|attributes\[[^\]]+\])$/;

function unknownParams(info: ResponseInfo): boolean {
  return [...info.query.keys()].some((name) => !KNOWN.test(name));
}

/** Runs `fn` without the mock's "mock server error" warnings, which a deliberately crashing variant causes. */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const original = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    return await fn();
  } finally {
    process.emitWarning = original;
  }
}

function oversizedPath(info: ResponseInfo): boolean {
  return /\/\d{17,}\//.test(info.pathname);
}

describe('scenario: target survives malformed requests', () => {
  it('passes on the reference server for reads and writes', async () => {
    for (const operationId of [IMAGES, 'retrieveSalesChannelFailedIntegration', 'createSalesChannelFailedIntegration', 'updateSalesChannelFailedIntegration', PATCH, 'deleteSalesChannelFailedIntegration']) {
      const outcome = await runScenarioOn(scenario, { operationId });
      expect(outcome.failure, `${operationId}: ${describeOutcome(outcome)}`).to.equal(undefined);
      expect(outcome.exchanges.length).to.be.within(4, 8);
    }
  });

  it('passes on a strict server that refuses unknown query parameters', async () => {
    const postProcess = (response: MockResponse, info: ResponseInfo) => (unknownParams(info) ? json(400, { detail: 'Unknown parameter.' }) : response);
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { postProcess } } });
    expect(outcome.failure, describeOutcome(outcome)).to.equal(undefined);
  });

  it('fails when a body that does not parse crashes the server', async () => {
    const crashing = async (req: IncomingMessage, maxBytes: number) => {
      const read = await readJsonBody(req, maxBytes);
      if (read.kind === 'error' && String((read.response.body as { detail?: unknown }).detail).startsWith('JSON parse error - ')) throw new SyntaxError('Unexpected end of JSON input');
      return read;
    };
    const outcome = await quietly(() => runScenarioOn(scenario, { operationId: PATCH, mock: { overrides: { readJsonBody: crashing } } }));
    expect(outcome.failure?.category).to.equal('robustness');
    expect(outcome.failure?.message).to.match(/^a JSON body that does not parse was answered 500, not a 4xx/);
  });

  it('fails when a write accepts a body under the wrong Content-Type', async () => {
    const lenient = async (req: IncomingMessage, maxBytes: number) => {
      const read = await readBody(req, maxBytes);
      if (read.kind !== 'body') return readJsonBody(req, maxBytes);
      try {
        return { kind: 'json' as const, value: JSON.parse(read.bytes.toString('utf8') || '{}') as unknown };
      } catch {
        return { kind: 'error' as const, response: json(400, { detail: 'JSON parse error', code: 'parse_error' }) };
      }
    };
    const outcome = await runScenarioOn(scenario, { operationId: PATCH, mock: { overrides: { readJsonBody: lenient } } });
    expect(outcome.failure?.category).to.equal('robustness');
    expect(outcome.failure?.message).to.match(/^a JSON body sent as text\/plain was answered 200, not a 4xx/);
  });

  it('fails when an oversized path id crashes the server', async () => {
    const postProcess = (response: MockResponse, info: ResponseInfo) => (/\/\d{17,}\//.test(info.pathname) ? serverError() : response);
    const outcome = await runScenarioOn(scenario, { operationId: 'retrieveSalesChannelFailedIntegration', mock: { overrides: { postProcess } } });
    expect(outcome.failure?.category).to.equal('robustness');
    expect(outcome.failure?.message).to.match(/^path parameter channel_id=99999999999999999999 was answered 500/);
  });

  it('passes when a list answers an oversized scope value with 200 and no rows, and still fails on a 500 there', async () => {
    const empty = (response: MockResponse, info: ResponseInfo) => (oversizedPath(info) ? json(200, { count: 0, next: null, previous: null, results: [] }) : response);
    const accepted = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { postProcess: empty } } });
    expect(accepted.failure, describeOutcome(accepted)).to.equal(undefined);
    expect(accepted.exchanges.some((exchange) => exchange.response?.status === 200 && /\/99999999999999999999\//.test(exchange.request.path))).to.equal(true);
    const crashing = (response: MockResponse, info: ResponseInfo) => (oversizedPath(info) ? serverError() : response);
    const crashed = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { postProcess: crashing } } });
    expect(crashed.failure?.message).to.match(/^path parameter channel_id=99999999999999999999 was answered 500, not a 4xx/);
  });

  it('fails when a list answers an oversized scope value with the rows of other scopes', async () => {
    // The value is truncated or wrapped onto an existing channel: that channel's row comes back for one that does not exist.
    const row = { id: 1, cancellation_request: 1, image: 'https://cdn.example.com/1.png', description: 'd', attributes: {}, uploaded_by: 1, created_date: '2024-01-01T00:00:00Z', modified_date: '2024-01-01T00:00:00Z' };
    const leaking = (response: MockResponse, info: ResponseInfo) => (oversizedPath(info) ? json(200, { count: 1, next: null, previous: null, results: [row] }) : response);
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { postProcess: leaking } } });
    expect(outcome.failure?.category).to.equal('robustness');
    expect(outcome.failure?.message).to.match(/^path parameter channel_id=99999999999999999999 was answered 200 with \d+ row\(s\), which cannot be of a scope that names no object/);
  });

  it('fails when a request gets no answer (a hang), within the request timeout', async () => {
    const hanging = async (req: IncomingMessage, maxBytes: number) =>
      /json/.test(req.headers['content-type'] ?? '') ? readJsonBody(req, maxBytes) : new Promise<never>(() => undefined);
    const outcome = await runScenarioOn(scenario, { operationId: PATCH, mock: { overrides: { readJsonBody: hanging } }, config: { timeoutMs: 300 } });
    expect(outcome.failure?.category).to.equal('robustness');
    expect(outcome.failure?.message).to.match(/^a JSON body sent as text\/plain: no response: .*no complete response within 300 ms/);
  });

  it('fails when an unknown query parameter crashes the server', async () => {
    const postProcess = (response: MockResponse, info: ResponseInfo) => (unknownParams(info) ? serverError() : response);
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { postProcess } } });
    expect(outcome.failure?.message).to.match(/^an unknown query parameter conformance_unknown_param was answered 500/);
  });

  it('fails when an unknown query parameter changes the answer', async () => {
    // Unknown parameters are taken as a filter nothing matches.
    const handler: Handler = (context) => {
      const unknown = [...context.query.keys()].some((name) => !KNOWN.test(name));
      return unknown ? context.paginator.envelope([], context.pageRequest) : listImages(context);
    };
    const outcome = await runScenarioOn(scenario, { operationId: IMAGES, mock: { overrides: { handlers: { 'images.list': handler } } } });
    expect(outcome.failure?.category).to.equal('robustness');
    expect(outcome.failure?.message).to.match(/was answered 200 \{"count":0.*but without it 200 \{"count":35.*neither refused nor ignored/);
  });
});
