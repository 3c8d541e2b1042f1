/**
 * Leniency through the real command line: a server that ignores an invalid `limit` the way Django REST Framework
 * does is reported with leniency findings (skipped tests in category `leniency`, in summary.json and Allure) and
 * exits 0; `--strict` (or CONFORMANCE_STRICT=true) makes the same findings failures and the run exits 1.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startMockServer } from '../../mock/server';
import { invalidLimitIgnored } from '../../mock/variants/leniency';
import type { Summary, SummaryRow } from '../../reporters/summary';
import { closingCounts, runCli } from '../support/run-cli';

const TOKEN = 'leniency-cli-token';
type MockServer = Awaited<ReturnType<typeof startMockServer>>;

function summaryOf(reportDir: string): SummaryRow[] {
  return (JSON.parse(fs.readFileSync(path.join(reportDir, 'summary.json'), 'utf8')) as Summary).tests;
}

describe('cli: leniency findings and --strict', function () {
  this.timeout(180_000);
  let dir: string;
  let server: MockServer | undefined;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-strict-'));
    server = await startMockServer({ port: 0, tokens: [TOKEN], overrides: invalidLimitIgnored.overrides() });
  });
  after(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const args = (report: string): string[] => [
    'run', '--target', (server as MockServer).url, '--seed', '1', '--runs', '30', '--only', 'listSalesChannelFailedIntegrations',
    '--path-param', 'channel_id=1', '--report', path.join(dir, report), '--no-html',
  ];

  it('reports an ignored invalid limit as leniency, not as a failure, and exits 0', async () => {
    const result = await runCli(args('lenient'), { env: { CONFORMANCE_TOKEN: TOKEN } });
    expect(result.code, result.stderr).to.equal(0);
    expect(closingCounts(result.stdout)?.failed).to.equal(0);
    expect(result.stdout).to.match(/^leniency: \d+ finding\(s\): invalid input accepted and shown to be ignored, clamped or coerced, or a valid reference to no object refused \((ignored|clamped|dropped|empty-update|coerced|refuses-unknown-reference) \d+[^)]*\) \(not failures; --strict counts them\)$/m);
    const rows = summaryOf(path.join(dir, 'lenient'));
    const lenient = rows.filter((row) => row.category === 'leniency');
    expect(lenient.length).to.be.greaterThan(0);
    expect(lenient.every((row) => row.status === 'skipped')).to.equal(true);
    expect(lenient.map((row) => row.check)).to.include.members(['invalid page and limit are rejected']);
    expect(lenient.some((row) => /^leniency: query parameter limit set to .* was ignored$/.test(row.check))).to.equal(true);
    expect(rows.find((row) => row.check === 'invalid input is rejected')?.status).to.equal('passed');
    // Allure files the skipped findings under the category leniency: their message carries the `[leniency]` word.
    const results = path.join(dir, 'lenient', 'allure-results');
    const messages = fs.readdirSync(results).filter((f) => f.endsWith('-result.json')).map((f) => JSON.parse(fs.readFileSync(path.join(results, f), 'utf8')) as { status: string; statusDetails?: { message?: string } });
    expect(messages.some((r) => r.status === 'skipped' && /^\[leniency\] /.test(r.statusDetails?.message ?? ''))).to.equal(true);
    const categories = JSON.parse(fs.readFileSync(path.join(results, 'categories.json'), 'utf8')) as { name: string; matchedStatuses: string[] }[];
    expect(categories.find((c) => c.name === 'leniency')?.matchedStatuses).to.include('skipped');
  });

  it('with --strict (or CONFORMANCE_STRICT=true) the same findings fail the run with exit 1', async () => {
    const [flag, env] = await Promise.all([
      runCli([...args('strict'), '--strict'], { env: { CONFORMANCE_TOKEN: TOKEN } }),
      runCli(args('strict-env'), { env: { CONFORMANCE_TOKEN: TOKEN, CONFORMANCE_STRICT: 'true' } }),
    ]);
    for (const [result, report] of [[flag, 'strict'], [env, 'strict-env']] as const) {
      expect(result.code, result.stderr).to.equal(1);
      const failed = summaryOf(path.join(dir, report)).filter((row) => row.status === 'failed');
      expect(failed.length).to.be.greaterThan(0);
      expect(failed.every((row) => row.category === 'leniency'), JSON.stringify(failed)).to.equal(true);
      expect(result.stdout).to.match(/^leniency: \d+ finding\(s\).*\(counted as failures: --strict\)$/m);
    }
  });
});
