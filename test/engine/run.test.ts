/**
 * The engine driven directly: `run(config, options)` with no mocha tree, against the embedded reference server and
 * against one broken variant, receiving typed events and findings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { SEEDED_PATH_VALUES } from '../../mock/data/seed';
import { startInProcessServer } from '../../suites/in-process-server';
import { startMockServer } from '../../mock/server';
import { imageUploaderAsString } from '../../mock/variants/schema';
import { Category } from '../../checks/categories';
import { DEFAULT_CONFIG, type RunConfig } from '../../engine/config';
import { EMBEDDED_DEV_TOKEN, type EmbeddedServer } from '../../engine/embedded';
import type { RunEvent } from '../../engine/events';
import { run } from '../../engine/run';
import { checkRegistry } from '../../suites/registry';

const OPERATION = 'retrieveSalesChannelCancellationRequestImage';
const CONFIG: RunConfig = { ...DEFAULT_CONFIG, pathValues: {}, specs: ['omnitron'], only: [OPERATION], seed: 11, runs: 20 };

/** The variant that answers the image detail's `uploaded_by` as a string, served as the engine's target. */
async function startVariant(): Promise<EmbeddedServer> {
  const server = await startMockServer({ port: 0, host: '127.0.0.1', tokens: [EMBEDDED_DEV_TOKEN], overrides: imageUploaderAsString.overrides() });
  return { url: server.url, token: EMBEDDED_DEV_TOKEN, pathValues: SEEDED_PATH_VALUES, close: () => server.close() };
}

/** Runs the engine once on a fresh server, collecting every event. */
async function runOn(start: () => Promise<EmbeddedServer>): Promise<{ events: RunEvent[]; result: Awaited<ReturnType<typeof run>['result']> }> {
  const server = await start();
  try {
    const handle = run(CONFIG, { server, registry: checkRegistry });
    const events: RunEvent[] = [];
    handle.events.on((event) => events.push(event));
    return { events, result: await handle.result };
  } finally {
    await server.close();
  }
}

describe('engine/run (the engine without mocha)', function () {
  this.timeout(60_000);

  it('runs every phase and scenario of the operation on the reference server with no finding', async () => {
    const { events, result } = await runOn(() => startInProcessServer());
    const types = events.map((e) => e.type);
    expect(types[0]).to.equal('run-started');
    expect(types[types.length - 1]).to.equal('run-finished');
    expect(types).to.include.members(['operation-planned', 'phase-started', 'exchange', 'phase-finished', 'scenario-finished']);
    expect(types).not.to.include('finding');
    expect(result.findings).to.deep.equal([]);
    expect(result.totals.operations).to.equal(1);
    expect(result.totals.failed).to.equal(0);
    expect(result.totals.passed).to.be.greaterThan(10);
    expect(result.totals.casesSent).to.be.greaterThan(40);
    const finished = events[events.length - 1];
    expect(finished.type === 'run-finished' && finished.totals).to.deep.equal(result.totals);
    const [record] = result.operations;
    expect(record.operation.id).to.equal(OPERATION);
    expect([...record.phases.keys()]).to.include.members(['examples', 'fuzz', 'negative', 'auth']);
    expect(record.phases.get('fuzz')?.verdicts.get('body conforms to the documented schema')).to.deep.equal({ status: 'passed' });
  });

  it('reports a broken variant as typed findings with fingerprints stable across two runs with the same seed', async () => {
    const first = await runOn(startVariant);
    const second = await runOn(startVariant);
    const schema = first.result.findings.filter((f) => f.check === imageUploaderAsString.expectedCheck);
    expect(schema, JSON.stringify(first.result.findings.map((f) => [f.check, f.location]))).to.have.length.greaterThan(0);
    for (const finding of schema) {
      expect(finding.category).to.equal(Category.schemaMismatch);
      expect(finding.operation).to.equal(OPERATION);
      expect(finding.location).to.equal('body /uploaded_by');
      expect(finding.message).to.match(/^\[schema mismatch\] /);
      expect(finding.smallest?.request.method.toUpperCase()).to.equal('GET');
    }
    // Each finding is announced once as an event, carrying the same typed finding the result holds.
    const announced = first.events.flatMap((e) => (e.type === 'finding' ? [e.finding] : []));
    expect(announced).to.deep.equal(first.result.findings);
    expect(first.result.totals.failed).to.be.greaterThan(0);
    expect(first.result.totals.findings).to.equal(first.result.findings.length);
    expect(second.result.findings.map((f) => f.fingerprint)).to.deep.equal(first.result.findings.map((f) => f.fingerprint));
  });

  it('keeps mocha out of the engine: no module under engine imports it', () => {
    const dir = path.join(__dirname, '../../engine');
    const offenders = fs.readdirSync(dir).filter((file) => file.endsWith('.ts') && /from '(mocha|allure-[a-z-]+)'|require\('mocha'\)/.test(fs.readFileSync(path.join(dir, file), 'utf8')));
    expect(offenders).to.deep.equal([]);
  });
});
