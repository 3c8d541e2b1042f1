/**
 * A target that misbehaves in every way a real one can: each fault becomes a recorded failure with a message that
 * names it, the run goes on to the end, and the reports are written. Through the real command line.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../../reporters/summary';
import { startFaultServer, startRecorder, type FaultServer } from './fault-server';
import { closingCounts, ROOT, runCli, type CliResult } from '../support/run-cli';

const SPEC = path.join(ROOT, 'test/faults/fixtures/faults.yaml');
const TOKEN = 'fault-token-5b1e7c';

describe('faults: a misbehaving target', function () {
  this.timeout(120_000);
  let server: FaultServer;
  let elsewhere: FaultServer;
  let reportDir: string;
  let result: CliResult;
  let summary: Summary;

  before(async () => {
    // 127.0.0.2 is another loopback host: the redirect points away from the target, not just to another port.
    elsewhere = await startRecorder('127.0.0.2');
    server = await startFaultServer({ token: TOKEN, redirectTo: `${elsewhere.url}/steal/`, slowMs: 1500 });
    reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-faults-'));
    result = await runCli(['run', '--target', server.url, '--spec', SPEC, '--runs', '2', '--timeout', '500', '--max-body', '4096', '--seed', '7', '--report', reportDir, '--no-html'], {
      env: { CONFORMANCE_TOKEN: TOKEN },
    });
    summary = JSON.parse(fs.readFileSync(path.join(reportDir, 'summary.json'), 'utf8')) as Summary;
  });
  after(async () => {
    await server.close();
    await elsewhere.close();
    fs.rmSync(reportDir, { recursive: true, force: true });
  });

  /** The failure messages of one operation's tests. */
  const failures = (operationId: string): string[] =>
    summary.tests.filter((t) => t.status === 'failed' && t.path.some((p) => p.includes(`(${operationId})`))).map((t) => t.message ?? '');

  it('ends with exit 1, the closing line and every report written', () => {
    expect(result.code, result.stderr).to.equal(1);
    const counts = closingCounts(result.stdout);
    expect(counts).to.not.equal(undefined);
    expect(counts?.failed).to.be.greaterThan(0);
    expect(counts?.passed).to.be.greaterThan(0);
    expect(fs.readdirSync(path.join(reportDir, 'allure-results')).some((f) => f.endsWith('-result.json'))).to.equal(true);
    expect(fs.readFileSync(path.join(reportDir, 'junit', 'conformance.xml'), 'utf8')).to.match(/<testsuite/);
    expect(summary.tests.length).to.equal((counts?.passed ?? 0) + (counts?.failed ?? 0) + (counts?.skipped ?? 0));
  });

  it('leaves the well-behaved operation passing', () => {
    expect(failures('getOk')).to.deep.equal([]);
  });

  it('records a response slower than --timeout', () => {
    expect(failures('getSlow')).to.have.length.greaterThan(0);
    expect(failures('getSlow')[0]).to.match(/^\[transport\] no response: http:\/\/127\.0\.0\.1:\d+: no complete response within 500 ms \(GET \/slow\/\)$/);
  });

  it('records a connection reset mid-body', () => {
    expect(failures('getReset')).to.have.length.greaterThan(0);
    expect(failures('getReset').every((m) => /connection reset mid-body/.test(m))).to.equal(true);
  });

  it('records an empty body where JSON is documented', () => {
    expect(failures('getEmpty')).to.include('[content type] expected a application/json body for 200 of GET /empty/, got an empty body');
  });

  it('records an HTML body where JSON is documented', () => {
    expect(failures('getHtml').some((m) => /Content-Type text\/html; charset=utf-8 is not documented for 200 of GET \/html\//.test(m))).to.equal(true);
  });

  it('records a truncated JSON body', () => {
    expect(failures('getTruncated').some((m) => /does not parse as JSON/.test(m))).to.equal(true);
  });

  it('records a body over the --max-body cap', () => {
    expect(failures('getBig')).to.have.length.greaterThan(0);
    expect(failures('getBig').every((m) => /200 response body is larger than the 4096-byte cap \(--max-body\)/.test(m))).to.equal(true);
  });

  it('records a redirect to another host and never follows it', () => {
    expect(failures('getRedirect').some((m) => /status 302 is not documented/.test(m))).to.equal(true);
    expect(elsewhere.seen, 'the other host received a request').to.deep.equal([]);
    const junit = fs.readFileSync(path.join(reportDir, 'junit', 'conformance.xml'), 'utf8');
    expect(junit).to.include('not followed');
  });

  it('never prints a stack trace', () => {
    expect(result.stderr + result.stdout).to.not.match(/\n\s+at .+:\d+:\d+\)?\n/);
  });
});
