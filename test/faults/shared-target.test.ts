/**
 * A shared target (any host that is not loopback): without --allow-writes nothing that writes reaches it and the
 * report says what was skipped and why; with it, the run changes and deletes only objects it created, and removes
 * them all at the end, even when it is interrupted.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../../reporters/summary';
import { externalAddress, startRecordingMock, type Recorded, type RecordingMock } from './recording-mock';
import { closingCounts, runCli } from '../support/run-cli';

const TOKEN = 'shared-target-token-91ac';
// RFC 9110 §9.2.1: TRACE is safe too (the write policy lets it through; it changes nothing).
const SAFE = ['GET', 'HEAD', 'OPTIONS', 'TRACE'];
const FAILED_INTEGRATIONS = /^\/api\/v1\/channel\/1\/failed_integrations\/(\d+)\/$/;

/** Keys of the objects the run's POSTs created (2xx answers), in order. */
function createdKeys(log: Recorded[]): string[] {
  return log.filter((r) => r.method === 'POST' && r.status >= 200 && r.status < 300 && r.body).map((r) => String(r.body?.pk ?? r.body?.id));
}

/** Checks that every write to an item went to an object the run had created before it, and each was deleted. */
function expectOwnObjectsOnly(log: Recorded[]): void {
  const created = new Set<string>();
  for (const entry of log) {
    if (entry.method === 'POST' && entry.status >= 200 && entry.status < 300 && entry.body) created.add(String(entry.body.pk ?? entry.body.id));
    if (SAFE.includes(entry.method) || entry.method === 'POST') continue;
    const id = FAILED_INTEGRATIONS.exec(entry.path)?.[1];
    // A write with an id the schema refuses (a negative case) names no object; any well-formed id must be ours.
    if (id !== undefined) expect(created.has(id), `${entry.method} ${entry.path} aimed at an object the run did not create`).to.equal(true);
  }
  const deleted = new Set(log.filter((r) => r.method === 'DELETE' && (r.status < 300 || r.status === 404)).map((r) => FAILED_INTEGRATIONS.exec(r.path)?.[1]));
  const left = [...created].filter((key) => !deleted.has(key));
  expect(left, 'objects the run created and did not remove').to.deep.equal([]);
}

describe('faults: a shared (non-loopback) target', function () {
  this.timeout(180_000);
  const host = externalAddress();
  let server: RecordingMock;
  let reportDir: string;

  before(function () {
    if (!host) this.skip(); // no non-loopback interface on this machine: a shared target cannot be simulated
  });
  beforeEach(async () => {
    server = await startRecordingMock(host as string, TOKEN);
    reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-shared-'));
  });
  afterEach(async () => {
    await server?.close();
    fs.rmSync(reportDir, { recursive: true, force: true });
  });

  const baseArgs = (): string[] => ['run', '--target', server.url, '--path-param', 'channel_id=1', '--path-param', 'channel_id=2', '--runs', '3', '--seed', '11', '--report', reportDir, '--no-html'];

  it('sends no write without --allow-writes and reports each skipped test with the reason', async () => {
    const result = await runCli(baseArgs(), { env: { CONFORMANCE_TOKEN: TOKEN } });
    expect([0, 1]).to.include(result.code);
    const writes = server.log.filter((r) => !SAFE.includes(r.method) || /pull_from_omnitron/.test(r.path));
    expect(writes, 'writes that reached the shared target').to.deep.equal([]);
    const counts = closingCounts(result.stdout);
    const summary = JSON.parse(fs.readFileSync(path.join(reportDir, 'summary.json'), 'utf8')) as Summary;
    const skipped = summary.tests.filter((t) => t.status === 'skipped');
    expect(skipped.length).to.equal(counts?.skipped).and.be.greaterThan(0);
    // Every skip says why. Writes say the target is shared; a read can be skipped for lack of data the skipped writes
    // would have made (the OMS detail has nothing to read while its pull may not run), and says that instead.
    const loopbackReason = /which is not a loopback address \(pass --allow-writes to send them\)/;
    expect(skipped.every((t) => (t.message ?? '').length > 0), 'every skipped test carries its reason').to.equal(true);
    for (const operation of ['createSalesChannelFailedIntegration', 'deleteSalesChannelFailedIntegration', 'pullCancellationReasonsFromOmnitron']) {
      const rows = skipped.filter((t) => t.path.some((p) => p.includes(`(${operation})`)));
      expect(rows.length, operation).to.be.greaterThan(0);
      // A write operation's safe probes (TRACE, OPTIONS) are sent; a check with nothing to judge in them says so.
      expect(rows.some((t) => loopbackReason.test(t.message ?? '')), operation).to.equal(true);
      expect(rows.every((t) => loopbackReason.test(t.message ?? '') || /^not applicable: /.test(t.message ?? '')), rows.map((t) => t.message).join('\n')).to.equal(true);
    }
    const otherReasons = skipped.filter((t) => !loopbackReason.test(t.message ?? ''));
    expect(otherReasons.every((t) => /lists no object|--path-param|^not applicable: /.test(t.message ?? '')), otherReasons.map((t) => t.message).join('\n')).to.equal(true);
    // The reason is in the Allure results too (the description and a parameter of each skipped test).
    const results = fs.readdirSync(path.join(reportDir, 'allure-results')).filter((f) => f.endsWith('-result.json'));
    const skippedResults = results.map((f) => JSON.parse(fs.readFileSync(path.join(reportDir, 'allure-results', f), 'utf8'))).filter((r) => r.status === 'skipped');
    expect(skippedResults).to.have.length(skipped.length);
    expect(skippedResults.every((r) => /^Skipped: /.test(r.description ?? ''))).to.equal(true);
    expect(skippedResults.filter((r) => /not a loopback address/.test(r.description ?? ''))).to.have.length(skipped.length - otherReasons.length);
  });

  it('with --allow-writes aims writes only at objects it created and removes them all', async () => {
    const result = await runCli([...baseArgs(), '--allow-writes', '--only', 'SalesChannelFailedIntegrations'], { env: { CONFORMANCE_TOKEN: TOKEN } });
    expect([0, 1], result.stderr).to.include(result.code);
    expect(createdKeys(server.log).length).to.be.greaterThan(0);
    expect(server.log.some((r) => ['PUT', 'PATCH', 'DELETE'].includes(r.method) && r.status < 300), 'updates and deletes were sent').to.equal(true);
    expectOwnObjectsOnly(server.log);
    expect(result.stdout).to.match(/^cleanup: removed (\d+) of \1, 0 left behind \(see .*cleanup\.json\)$/m);
    const cleanup = JSON.parse(fs.readFileSync(path.join(reportDir, 'cleanup.json'), 'utf8')) as { created: number; removed: number; leftovers: unknown[] };
    expect(cleanup.leftovers).to.deep.equal([]);
    expect(cleanup.removed).to.equal(cleanup.created);
  });

  it('removes what it created when interrupted with SIGINT, and still writes the reports', async () => {
    let signalled = false;
    const result = await runCli([...baseArgs(), '--allow-writes', '--only', 'SalesChannelFailedIntegrations', '--runs', '20'], {
      env: { CONFORMANCE_TOKEN: TOKEN },
      onStderr: (text, child) => {
        // Interrupt once objects exist: after the create operation's fuzz phase.
        if (!signalled && /POST \/api\/v1\/channel\/\{channel_id\}\/failed_integrations\/ \(createSalesChannelFailedIntegration\) · fuzz/.test(text)) {
          signalled = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(signalled).to.equal(true);
    expect(result.code, result.stderr).to.equal(2);
    expect(result.stderr).to.match(/SIGINT: stopping after the current test/);
    expect(closingCounts(result.stdout)).to.not.equal(undefined);
    expect(fs.existsSync(path.join(reportDir, 'summary.json'))).to.equal(true);
    expect(createdKeys(server.log).length).to.be.greaterThan(0);
    expectOwnObjectsOnly(server.log);
    // Nothing but cleanup was sent after the interruption: the last requests are DELETEs.
    expect(server.log[server.log.length - 1].method).to.equal('DELETE');
  });
});
