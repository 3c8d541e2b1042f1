/**
 * `--shard i/n` through the real command line: the shards of a run, with the same seed, together run exactly the
 * tests of the unsharded run with the same verdicts, and their allure-results merge into one report with the
 * documented command (`allure generate` over several result directories).
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../../reporters/summary';
import { closingCounts, ROOT, runCli } from '../support/run-cli';

const SHARDS = 3;

/** One comparable line per test: where, which check, what verdict. */
function rows(reportDir: string): string[] {
  const summary = JSON.parse(fs.readFileSync(path.join(reportDir, 'summary.json'), 'utf8')) as Summary;
  return summary.tests.map((t) => `${t.path.join(' > ')} :: ${t.check} :: ${t.status}`);
}

describe('cli: --shard', function () {
  this.timeout(240_000);
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-shards-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('splits a run into shards whose union is the unsharded run, and merges their reports', async () => {
    const args = (report: string): string[] => ['run', '--seed', '3', '--runs', '2', '--report', path.join(dir, report), '--no-html'];
    const [whole, ...shards] = await Promise.all([
      runCli(args('whole')),
      ...Array.from({ length: SHARDS }, (_, i) => runCli([...args(`shard-${i + 1}`), '--shard', `${i + 1}/${SHARDS}`])),
    ]);
    for (const result of [whole, ...shards]) expect(result.code, result.stderr).to.be.oneOf([0, 1]);
    const shardRows = shards.map((_, i) => rows(path.join(dir, `shard-${i + 1}`)));
    for (const share of shardRows) expect(share.length, 'every shard runs something').to.be.greaterThan(0);
    const union = shardRows.flat();
    const unsharded = rows(path.join(dir, 'whole'));
    const missing = unsharded.filter((row) => !union.includes(row));
    const extra = union.filter((row) => !unsharded.includes(row));
    expect({ missing, extra }).to.deep.equal({ missing: [], extra: [] });
    expect(union).to.have.length(unsharded.length);

    // The documented merge: one `allure generate` over every shard's results.
    const output = path.join(dir, 'merged');
    const bin = path.join(ROOT, 'node_modules', '.bin', 'allure');
    const merged = spawnSync(bin, ['generate', ...shards.map((_, i) => path.join(dir, `shard-${i + 1}`, 'allure-results')), '--output', output], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(merged.status, merged.stderr).to.equal(0);
    const stats = (JSON.parse(fs.readFileSync(path.join(output, 'summary.json'), 'utf8')) as { stats: { total: number } }).stats;
    const counts = closingCounts(whole.stdout);
    expect(stats.total).to.equal((counts?.passed ?? 0) + (counts?.failed ?? 0) + (counts?.skipped ?? 0));

    // The CI helper does the same and ends with the unsharded run's closing line.
    const script = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/ci/merge-reports.ts', '--out', path.join(dir, 'merged-ci'), ...shards.map((_, i) => path.join(dir, `shard-${i + 1}`))], { cwd: ROOT, encoding: 'utf8' });
    expect(script.status, script.stderr).to.equal(counts?.failed ? 1 : 0);
    expect(script.stdout.trim().split('\n').pop()).to.equal(whole.stdout.trim().split('\n').pop());
    expect(fs.existsSync(path.join(dir, 'merged-ci', 'allure-report', 'index.html'))).to.equal(true);
  });

  it('runs an empty shard as an empty, passing run', async () => {
    const result = await runCli(['run', '--only', 'listCancellationReasons', '--shard', '2/2', '--report', path.join(dir, 'empty'), '--no-html']);
    expect(result.code, result.stderr).to.equal(0);
    expect(closingCounts(result.stdout)).to.deep.equal({ passed: 0, failed: 0, skipped: 0 });
  });
});
