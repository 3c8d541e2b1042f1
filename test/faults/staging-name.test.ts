/**
 * Staging on a test host name: `staging.omnitron.test` resolved (--resolve) to the embedded reference server on
 * loopback, so the shared-target policy runs end to end while the server's database can be dumped before and
 * after. Read-only: nothing changes and every skipped write says why. With --allow-writes against a server that
 * honours the body's `channel`: seeded objects unchanged, created ones gone (the cleanup line's counts match the
 * dump), and the scope check reports the server; the reference server passes it.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createMockApp, type MockOptions } from '../../mock/server';
import { exportStore, type StoreDump } from '../../mock/store/export';
import { writeMovesObjectsAcrossChannels } from '../../mock/variants/isolation';
import type { Summary } from '../../reporters/summary';
import { closingCounts, runCli } from '../support/run-cli';

const HOST = 'staging.omnitron.test';
const TOKEN = 'staging-name-token-5be0';
const SCOPE_CHECK = 'write cannot move an object to another scope';
const LOOPBACK_REASON = new RegExp(`writes are not sent to ${HOST.replace(/\./g, '\\.')}:\\d+, which is not a loopback address \\(pass --allow-writes to send them\\)`);

interface Logged {
  method: string;
  path: string;
  status: number;
}

/** The reference server (or a variant) on 127.0.0.1, logging every answer, with its database at hand. */
async function startServer(options: MockOptions = {}): Promise<{ port: number; log: Logged[]; dump(): StoreDump; close(): Promise<void> }> {
  const app = createMockApp({ tokens: [TOKEN], ...options });
  const log: Logged[] = [];
  const server = http.createServer((req, res) => {
    res.on('finish', () => log.push({ method: req.method ?? '', path: (req.url ?? '').split('?')[0], status: res.statusCode }));
    app.handler(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    log,
    dump: () => exportStore(app.state),
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

describe('faults: staging on a test host name (--resolve)', function () {
  this.timeout(240_000);
  let reportDir: string;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  beforeEach(() => {
    reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-staging-'));
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    fs.rmSync(reportDir, { recursive: true, force: true });
  });

  const args = (port: number): string[] => [
    'run', '--target', `http://${HOST}:${port}`, '--resolve', `${HOST}:${port}:127.0.0.1`,
    '--path-param', 'channel_id=1', '--path-param', 'channel_id=2', '--runs', '3', '--seed', '7', '--report', reportDir, '--no-html',
  ];
  const summaryOf = (): Summary => JSON.parse(fs.readFileSync(path.join(reportDir, 'summary.json'), 'utf8')) as Summary;

  it('read-only: the stored data is identical before and after, and every skipped write says why', async () => {
    const started = await startServer();
    server = started;
    const before = started.dump();
    const result = await runCli(args(started.port), { env: { CONFORMANCE_TOKEN: TOKEN } });
    expect([0, 1], result.stderr).to.include(result.code);
    expect(started.log.length, 'the run reached the server through the name').to.be.greaterThan(50);
    expect(started.dump()).to.deep.equal(before);
    expect(started.log.filter((r) => !['GET', 'HEAD', 'OPTIONS', 'TRACE'].includes(r.method) || /pull_from_omnitron/.test(r.path)), 'writes that reached the server').to.deep.equal([]);
    const skipped = summaryOf().tests.filter((t) => t.status === 'skipped');
    for (const operation of ['createSalesChannelFailedIntegration', 'updateSalesChannelFailedIntegration', 'partialUpdateSalesChannelFailedIntegration', 'deleteSalesChannelFailedIntegration', 'pullCancellationReasonsFromOmnitron']) {
      const rows = skipped.filter((t) => t.path.some((p) => p.includes(`(${operation})`)));
      expect(rows.length, operation).to.be.greaterThan(0);
      expect(rows.filter((t) => !LOOPBACK_REASON.test(t.message ?? '')).map((t) => `${t.check}: ${t.message}`), operation).to.deep.equal([]);
    }
    // The scope check is among them, skipped with the same reason.
    expect(skipped.filter((t) => t.check === SCOPE_CHECK).length).to.equal(3);
  });

  for (const [name, options, caught] of [
    ['a server that honours the body\'s channel', { overrides: writeMovesObjectsAcrossChannels.overrides() }, true],
    ['the reference server', {}, false],
  ] as const) {
    it(`--allow-writes against ${name}: seeded objects unchanged, created ones gone, the scope check ${caught ? 'reports it' : 'passes'}`, async () => {
      const started = await startServer(options);
      server = started;
      const before = started.dump();
      const result = await runCli([...args(started.port), '--allow-writes', '--only', 'SalesChannelFailedIntegrations'], { env: { CONFORMANCE_TOKEN: TOKEN } });
      expect(result.code, result.stderr).to.equal(caught ? 1 : 0);
      expect(closingCounts(result.stdout)).to.not.equal(undefined);
      // Every seeded object as it was, and nothing the run created is left.
      expect(started.dump()).to.deep.equal(before);
      const created = started.log.filter((r) => r.method === 'POST' && r.status >= 200 && r.status < 300).length;
      expect(created).to.be.greaterThan(0);
      const line = /^cleanup: removed (\d+) of (\d+), (\d+) left behind \(see (.+cleanup\.json)\)$/m.exec(result.stdout);
      expect(line, result.stdout).to.not.equal(null);
      expect(line?.slice(1, 4).map(Number)).to.deep.equal([created, created, 0]);
      const file = JSON.parse(fs.readFileSync(line?.[4] as string, 'utf8')) as { created: number; removed: number; leftovers: unknown[] };
      expect(file).to.include({ created, removed: created });
      expect(file.leftovers).to.deep.equal([]);
      // Per-object lines stay in the file: the console has the one line.
      expect(result.stderr).to.not.match(/not removed:/);
      // No write left channels 1 and 2 (the --path-param scopes).
      expect(started.log.filter((r) => r.method !== 'GET' && /\/channel\/\d+\//.test(r.path) && !/\/channel\/[12]\//.test(r.path) && r.status < 400)).to.deep.equal([]);
      const rows = summaryOf().tests.filter((t) => t.check === SCOPE_CHECK);
      expect(rows).to.have.length(3);
      expect(rows.map((t) => t.status)).to.deep.equal(caught ? ['failed', 'failed', 'failed'] : ['passed', 'passed', 'passed']);
      if (caught) expect(rows[0].message).to.match(/the write moved the object to another scope/);
    });
  }
});
