/** `--phase` and `--skip-phase` choose the phases a run declares; an unknown name is one line and exit 2. */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../../reporters/summary';
import { runCli } from '../support/run-cli';

describe('cli: phase selection', function () {
  this.timeout(120_000);
  let dir = '';
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-phases-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function phasesRun(reportDir: string): string[] {
    const summary = JSON.parse(fs.readFileSync(path.join(reportDir, 'summary.json'), 'utf8')) as Summary;
    return [...new Set(summary.tests.map((row) => row.path.at(-1) ?? ''))].sort();
  }

  it('--skip-phase coverage leaves the coverage phase out and keeps the others', async () => {
    const reportDir = path.join(dir, 'skip');
    const result = await runCli(['run', '--report', reportDir, '--no-html', '--only', 'retrieveCancellationReason', '--runs', '2', '--skip-phase', 'coverage']);
    expect(result.code, result.stderr).to.equal(0);
    const phases = phasesRun(reportDir);
    expect(phases).to.not.include('coverage');
    expect(phases).to.include.members(['boundary', 'fuzz', 'negative']);
  });

  it('--phase coverage,auth runs those two phases only', async () => {
    const reportDir = path.join(dir, 'only');
    const result = await runCli(['run', '--report', reportDir, '--no-html', '--only', 'retrieveCancellationReason', '--phase', 'coverage,auth']);
    expect(result.code, result.stderr).to.equal(0);
    expect(phasesRun(reportDir).filter((p) => p !== 'semantics')).to.deep.equal(['auth', 'coverage']);
  });

  it('an unknown phase name is one line naming the valid ones, exit 2', async () => {
    const result = await runCli(['run', '--report', path.join(dir, 'bad'), '--no-html', '--phase', 'fuzzz']);
    expect(result.code).to.equal(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).to.have.length(1);
    expect(lines[0]).to.contain("--phase takes phase names (examples, boundary, coverage, fuzz, negative, auth, methods), not 'fuzzz'");
  });
});
