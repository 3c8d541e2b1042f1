/**
 * The HAR writer and the coverage map on the reporter thread give what the in-thread subscribers give for the same
 * exchanges (real ones, from the engine against a broken variant, plus a transport error, a blocked case and a
 * server echoing a secret); a thread that cannot start hands over to the run thread with nothing lost; one that dies
 * mid-run is one line, and closing never hangs.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEEDED_PATH_VALUES } from '../../../mock/data/seed';
import { startMockServer } from '../../../mock/server';
import { imageUploaderAsString } from '../../../mock/variants/schema';
import { DEFAULT_CONFIG, type RunConfig } from '../../../engine/config';
import { EMBEDDED_DEV_TOKEN } from '../../../engine/embedded';
import { RunEvents, type RunEvent } from '../../../engine/events';
import type { Exchange } from '../../../engine/exchange';
import { run } from '../../../engine/run';
import type { ApiModel } from '../../../model/operation';
import { checkRegistry } from '../../../suites/registry';
import { isIntegerText } from '../../../json/integer-text';
import { writeHar } from '../../../reporters/har';
import { CoverageCollector, type CoverageReport } from '../../../reporters/coverage';
import { startExchangeReporters, type ReporterOptions, type ReportersResult } from '../../../reporters/worker/reporter-worker';
import { threadEntry } from '../../support/thread-entries';

const OPERATIONS = ['retrieveSalesChannelCancellationRequestImage', 'createSalesChannelFailedIntegration'];
const CONFIG: RunConfig = { ...DEFAULT_CONFIG, pathValues: {}, specs: ['omnitron'], only: OPERATIONS, seed: 7, runs: 10 };
const SECRET = 'echoed-S3CRET-9f1e2d';
const LATE_SECRET = 'late-S3CRET-renewed-77ab';
const BASE_URL = 'http://127.0.0.1:8000';

type ApiExchange = { api: ApiModel; exchange: Exchange };

/** The engine's exchanges against the variant, and the model it ran. */
async function engineExchanges(): Promise<{ apis: readonly ApiModel[]; exchanges: ApiExchange[] }> {
  const server = await startMockServer({ port: 0, host: '127.0.0.1', tokens: [EMBEDDED_DEV_TOKEN], overrides: imageUploaderAsString.overrides() });
  try {
    const handle = run(CONFIG, { server: { url: server.url, token: EMBEDDED_DEV_TOKEN, pathValues: SEEDED_PATH_VALUES, close: () => server.close() }, registry: checkRegistry });
    const events: RunEvent[] = [];
    handle.events.on((event) => events.push(event));
    await handle.result;
    const started = events.find((e) => e.type === 'run-started');
    if (started?.type !== 'run-started') throw new Error('no run-started event');
    const exchanges = events.flatMap((e) => (e.type === 'exchange' ? [{ api: e.api, exchange: e.exchange }] : []));
    return { apis: started.apis, exchanges };
  } finally {
    await server.close();
  }
}

/** A copy of an exchange with other parts (the curl getter is left behind: neither subscriber reads it). */
function variant(exchange: Exchange, parts: Partial<Exchange>): Exchange {
  return { ...exchange, ...parts } as Exchange;
}

/** The engine's exchanges plus the cases a short run may not produce: no response, blocked, a secret echoed. */
function withEdgeCases(exchanges: ApiExchange[]): ApiExchange[] {
  const [first] = exchanges;
  const response = first.exchange.response;
  if (!response) throw new Error('the first exchange has no response');
  return [
    ...exchanges,
    { api: first.api, exchange: variant(first.exchange, { response: undefined, transportError: 'socket hang up' }) },
    { api: first.api, exchange: variant(first.exchange, { blocked: 'a write the policy forbids' }) },
    { api: first.api, exchange: variant(first.exchange, { response: { ...response, text: `{"echo":"${SECRET}"}`, json: { echo: SECRET } } }) },
    // The last one: feed() has it echo the secret added mid-run.
    { api: first.api, exchange: variant(first.exchange, {}) },
  ];
}

/** Entries without their start time (taken from the clock when each subscriber saw the exchange). */
function harEntries(file: string): unknown[] {
  const har = JSON.parse(fs.readFileSync(file, 'utf8')) as { log: { entries: { startedDateTime: string }[] } };
  return har.log.entries.map(({ startedDateTime: _at, ...entry }) => entry);
}

/** Without the time it was generated. */
function counts(report: CoverageReport | undefined): unknown {
  if (!report) return undefined;
  const { generatedAt: _at, ...rest } = report;
  return rest;
}

/**
 * Feeds the exchanges through the given subscribers' bus, a secret added mid-run as a login renewal would. A body
 * changed here keeps `json` the parse of `text`, as the engine always has it (the reporter thread parses the text).
 */
function feed(events: RunEvents, secrets: string[], exchanges: ApiExchange[]): void {
  exchanges.forEach(({ api, exchange }, i) => {
    if (i === Math.floor(exchanges.length / 2)) secrets.push(LATE_SECRET);
    const late = i === exchanges.length - 1 && exchange.response ? variant(exchange, { response: { ...exchange.response, text: `["${LATE_SECRET}"]`, json: [LATE_SECRET] } }) : exchange;
    events.emit({ type: 'exchange', api, exchange: late });
  });
}

/** Today's in-thread subscribers over the exchanges. */
async function inThread(apis: readonly ApiModel[], exchanges: ApiExchange[], file: string): Promise<{ entries: number; coverage: CoverageReport }> {
  const session = { events: new RunEvents(), secrets: [SECRET] };
  const har = writeHar(session, BASE_URL, file);
  const coverage = new CoverageCollector(apis);
  const stop = coverage.subscribe(session.events);
  feed(session.events, session.secrets, exchanges);
  stop();
  await har.close();
  return { entries: har.entries, coverage: coverage.report() };
}

/** The same exchanges through startExchangeReporters. */
async function throughReporters(apis: readonly ApiModel[], exchanges: ApiExchange[], file: string, options: ReporterOptions = {}): Promise<{ result: ReportersResult; thread: string }> {
  const session = { events: new RunEvents(), secrets: [SECRET] };
  const reporters = startExchangeReporters(session, apis, BASE_URL, file, options);
  feed(session.events, session.secrets, exchanges);
  const result = await reporters.close();
  return { result, thread: reporters.thread };
}

describe('reporters/worker: HAR and coverage map on the reporter thread', function () {
  this.timeout(120_000);
  let dir = '';
  let apis: readonly ApiModel[] = [];
  let exchanges: ApiExchange[] = [];
  let expected: { entries: number; coverage: CoverageReport };
  let expectedHar: unknown[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-reporter-worker-'));
    const ran = await engineExchanges();
    apis = ran.apis;
    exchanges = withEdgeCases(ran.exchanges);
    expected = await inThread(apis, exchanges, path.join(dir, 'in-thread.har'));
    expectedHar = harEntries(path.join(dir, 'in-thread.har'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is fed exchanges that exercise what the records carry', () => {
    const cases = exchanges.map((e) => e.exchange.testCase);
    const holdsBig = (values: Record<string, unknown>): boolean => Object.values(values).some(isIntegerText);
    expect(cases.some((c) => c.body !== undefined), 'a body').to.equal(true);
    expect(cases.some((c) => c.mutation !== undefined && c.mode === 'negative'), 'a negative case').to.equal(true);
    expect(cases.some((c) => c.coverage !== undefined), 'a coverage case').to.equal(true);
    expect(cases.some((c) => c.probe !== undefined), 'a method probe').to.equal(true);
    expect(cases.some((c) => holdsBig(c.pathParams) || holdsBig(c.query)), 'a big integer').to.equal(true);
    expect(exchanges.some((e) => e.exchange.verdicts.some((v) => v.status === 'failed')), 'a failed verdict').to.equal(true);
    expect(expected.entries).to.equal(exchanges.filter((e) => !e.exchange.blocked).length);
    expect(expected.coverage.totals.keywords.covered).to.be.greaterThan(0);
  });

  it('writes the same HAR entries and counts the same coverage map as the in-thread subscribers', async () => {
    const file = path.join(dir, 'worker.har');
    const { result, thread } = await throughReporters(apis, exchanges, file);
    expect(thread).to.equal('reporter');
    expect(result.problem).to.equal(undefined);
    expect(result.errors).to.deep.equal([]);
    expect(result.har).to.deep.equal({ file, entries: expected.entries });
    expect(harEntries(file)).to.deep.equal(expectedHar);
    expect(counts(result.coverage)).to.deep.equal(counts(expected.coverage));
    const text = fs.readFileSync(file, 'utf8');
    // The secrets were in the responses (the in-thread HAR shows the placeholder there), and not in the thread's HAR.
    expect(fs.readFileSync(path.join(dir, 'in-thread.har'), 'utf8')).to.not.include(SECRET);
    expect(text).to.include('echo').and.not.include(SECRET);
    expect(text).to.not.include(LATE_SECRET);
  });

  it('compares something: a HAR written without the late secret differs', async () => {
    const session = { events: new RunEvents(), secrets: [SECRET] };
    const file = path.join(dir, 'no-late-secret.har');
    const reporters = startExchangeReporters(session, apis, BASE_URL, file);
    feed(session.events, [], exchanges);
    await reporters.close();
    expect(fs.readFileSync(file, 'utf8')).to.include(LATE_SECRET);
    expect(harEntries(file)).to.not.deep.equal(expectedHar);
  });

  it('falls back to the run thread, losing no exchange, when the thread cannot start', async () => {
    const warnings: string[] = [];
    const entry = threadEntry(dir, 'broken');
    const file = path.join(dir, 'fallback.har');
    const { result, thread } = await throughReporters(apis, exchanges, file, { entry, warn: (line) => warnings.push(line) });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^conformance: the reporter thread did not start \(.*this thread cannot start.*\); the HAR and the coverage map are built on the run thread$/);
    expect(thread).to.equal('run');
    expect(result.problem).to.equal(undefined);
    expect(result.har.entries).to.equal(expected.entries);
    expect(harEntries(file)).to.deep.equal(expectedHar);
    expect(counts(result.coverage)).to.deep.equal(counts(expected.coverage));
  });

  it('falls back when the thread never says it is ready', async () => {
    const warnings: string[] = [];
    const entry = threadEntry(dir, 'silent');
    const file = path.join(dir, 'silent.har');
    const { result } = await throughReporters(apis, exchanges, file, { entry, warn: (line) => warnings.push(line), startTimeoutMs: 300 });
    expect(warnings.join('\n')).to.include('no answer within 300 ms');
    expect(result.har.entries).to.equal(expected.entries);
    expect(counts(result.coverage)).to.deep.equal(counts(expected.coverage));
  });

  it('says in one line that the HAR and the map are incomplete when the thread dies mid-run, and does not hang', async () => {
    const entry = threadEntry(dir, 'dying');
    const session = { events: new RunEvents(), secrets: [SECRET] };
    const reporters = startExchangeReporters(session, apis, BASE_URL, path.join(dir, 'dying.har'), { entry });
    // Sent after the thread is up, so that they reach it rather than the start-up queue.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    feed(session.events, session.secrets, exchanges);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const result = await reporters.close();
    expect(result.coverage).to.equal(undefined);
    expect(result.problem).to.match(/^conformance: the reporter thread failed .*code 3.*: .*dying\.har and the coverage map are incomplete or missing$/);
  });

  it('says so in one line when a record cannot be posted (a value no structured clone takes), and does not hang', async () => {
    const session = { events: new RunEvents(), secrets: [] };
    const reporters = startExchangeReporters(session, apis, BASE_URL, path.join(dir, 'unclonable.har'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const [{ api, exchange }] = exchanges;
    const query = { ...exchange.testCase.query, callback: () => undefined };
    session.events.emit({ type: 'exchange', api, exchange: variant(exchange, { testCase: { ...exchange.testCase, query } }) });
    const result = await reporters.close();
    expect(result.problem).to.match(/^conformance: the reporter thread could not be sent exchanges: .*could not be cloned.*: .*unclonable\.har and the coverage map are incomplete or missing$/);
  });

  it('does not hang when the thread never answers the close', async () => {
    const entry = threadEntry(dir, 'mute');
    const session = { events: new RunEvents(), secrets: [] };
    const reporters = startExchangeReporters(session, apis, BASE_URL, path.join(dir, 'mute.har'), { entry, closeTimeoutMs: 300 });
    const result = await reporters.close();
    expect(result.problem).to.include('no answer within 300 ms');
  });
});
