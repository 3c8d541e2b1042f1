/**
 * Findings: one per cause, with its count and smallest case, built from the run's events; then whole runs against
 * a server that breaks its schema in two ways, with a baseline that accepts one finding.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Case } from '../../model/case';
import { Failure } from '../../checks/check';
import type { Exchange } from '../../engine/exchange';
import { RunEvents } from '../../engine/events';
import type { PhaseResult } from '../../engine/phase-run';
import { collectFindings, fingerprintOf, normalizePointer } from '../../engine/findings';
import type { FindingsFile } from '../../cli/commands/run-findings';
import type { Summary } from '../../reporters/summary';
import { makeApi, makeCase, makeOperation, makeResponse } from '../checks/fixtures';
import { closingCounts, ROOT, runCli } from '../support/run-cli';
import { startFindingsServer, type FindingsServer } from './findings-server';

const CHECK = 'body conforms to the documented schema';

/** An exchange whose schema check failed at `pointer`, its request `size` characters long. */
function failing(testCase: Case, pointer: string, size: number): Exchange {
  const failure = new Failure(`at ${pointer}: must be string`, 'schema mismatch', pointer);
  return {
    testCase,
    request: { method: 'get', path: `/items/?q=${'x'.repeat(size)}`, headers: {} },
    response: makeResponse(200, {}),
    verdicts: [{ name: CHECK, severity: 'critical', status: 'failed', failure }, { name: 'status code is documented', severity: 'normal', status: 'passed' }],
    curl: 'curl ...',
  };
}

describe('report: findings', function () {
  this.timeout(240_000);

  it('groups 40 cases that break the same field (whatever the array index) into one finding with count 40', () => {
    const events = new RunEvents();
    const collector = collectFindings({ events });
    const api = makeApi();
    const operation = makeOperation();
    const testCase = makeCase(operation);
    events.emit({ type: 'phase-started', api, operation, phase: 'fuzz' });
    for (let i = 0; i < 40; i++) events.emit({ type: 'exchange', api, exchange: failing(testCase, `/results/${i}/name`, 50 - i) });
    events.emit({ type: 'exchange', api, exchange: failing(testCase, '/count', 3) });
    // A shrinking replay re-sends counted cases: it may give a smaller case, never a larger count.
    events.emit({ type: 'phase-shrinking', api, phase: 'fuzz' });
    events.emit({ type: 'exchange', api, exchange: failing(testCase, '/results/0/name', 1) });
    events.emit({ type: 'phase-finished', api, operation, result: { phase: 'fuzz' } as PhaseResult });
    const findings = collector.findings();
    expect(findings.map((f) => [f.location, f.count, f.judged])).to.deep.equal([['body /results/*/name', 40, 41], ['body /count', 1, 41]]);
    expect(findings[0].smallest?.request.path).to.equal('/items/?q=x');
    expect(findings[0].fingerprint).to.equal(fingerprintOf('omnitron', operation.id, CHECK, 'schema mismatch', 'body /results/*/name'));
    expect(normalizePointer('/a/12/b/3')).to.equal('/a/*/b/*');
  });

  describe('whole runs', () => {
    let server: FindingsServer;
    let dir: string;
    const spec = path.join(ROOT, 'test/reporters/fixtures/findings.yaml');
    const run = (extra: string[], report = dir) => runCli(['run', '--target', server.url, '--spec', spec, '--runs', '40', '--seed', '2', '--no-html', '--report', report, ...extra]);
    const read = (report = dir) => JSON.parse(fs.readFileSync(path.join(report, 'findings.json'), 'utf8')) as FindingsFile;

    before(async () => {
      server = await startFindingsServer();
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-findings-'));
    });
    after(async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('reports one finding per cause, splits a check by cause, and counts findings as failed', async () => {
      const result = await run(['--only', 'getSame,getSplit', '--check', CHECK]);
      expect(result.code, result.stderr).to.equal(1);
      const { findings } = read();
      const same = findings.filter((f) => f.operation === 'getSame');
      // Every case of every phase broke `id` the same way: one finding, counting all of them (40 of them fuzz cases).
      expect(same.map((f) => f.location)).to.deep.equal(['body /id']);
      expect(same[0].count).to.equal(same[0].judged);
      expect(same[0].count).to.be.greaterThanOrEqual(40);
      expect(same[0].phases).to.include('fuzz');
      const split = findings.filter((f) => f.operation === 'getSplit' && f.check === CHECK).map((f) => f.location).sort();
      expect(split).to.deep.equal(['body /id', 'body /name']);
      expect(closingCounts(result.stdout)?.failed).to.equal(findings.length);
      // The report shows each group as a failed test of its own (the phase that first hit it).
      const summary = JSON.parse(fs.readFileSync(path.join(dir, 'summary.json'), 'utf8')) as Summary;
      const failedTests = summary.tests.filter((t) => t.status === 'failed');
      expect(failedTests).to.have.length(findings.length);
      expect(failedTests.filter((t) => t.path.some((p) => p.includes('getSplit')))).to.have.length(2);
    });

    it('with a baseline: known findings do not fail the run, a new one does, and a vanished one is fixed', async () => {
      const baseline = path.join(dir, 'baseline.json');
      const written = await run(['--only', 'getSame,getSplit', '--check', CHECK, '--baseline', baseline, '--update-baseline']);
      expect(written.code, written.stderr).to.equal(1);
      const accepted = JSON.parse(fs.readFileSync(baseline, 'utf8')) as { findings: Array<{ fingerprint: string; note: string }> };
      expect(accepted.findings).to.have.length(read().findings.length);

      const known = await run(['--only', 'getSame,getSplit', '--check', CHECK, '--baseline', baseline], path.join(dir, 'known'));
      expect(known.code, known.stderr).to.equal(0);
      const lines = known.stdout.trim().split('\n');
      expect(lines.at(-2)).to.equal(`known: ${accepted.findings.length}, fixed: 0`);
      expect(closingCounts(known.stdout)?.failed).to.equal(0);
      expect(known.stderr).to.include('[known] [schema mismatch]');

      // A new finding (another check's) fails the run; the accepted ones stay known.
      // The coverage phase probes every undeclared method (TRACE, OPTIONS, ...); left out so one new finding per path shows.
      const fresh = await run(['--only', 'getSame,getSplit', '--check', CHECK, '--check', 'undocumented method answers 405 with Allow', '--skip-phase', 'coverage', '--baseline', baseline], path.join(dir, 'new'));
      expect(fresh.code, fresh.stderr).to.equal(1);
      expect(closingCounts(fresh.stdout)?.failed).to.equal(2);

      // Against the repaired server the accepted findings are reported fixed.
      const repaired = await startFindingsServer({ fixed: true });
      try {
        const result = await runCli(['run', '--target', repaired.url, '--spec', spec, '--runs', '10', '--seed', '2', '--no-html', '--report', path.join(dir, 'fixed'), '--only', 'getSame,getSplit', '--check', CHECK, '--baseline', baseline]);
        expect(result.code, result.stderr).to.equal(0);
        expect(result.stdout.trim().split('\n').at(-2)).to.equal(`known: 0, fixed: ${accepted.findings.length}`);
        expect(read(path.join(dir, 'fixed')).fixed.map((e) => e.fingerprint).sort()).to.deep.equal(accepted.findings.map((e) => e.fingerprint).sort());
      } finally {
        await repaired.close();
      }
    });

    it('refuses an unreadable baseline with one line and exit 2', async () => {
      const bad = path.join(dir, 'bad.json');
      fs.writeFileSync(bad, '{"findings": [{"note": "no fingerprint"}]}');
      const result = await run(['--only', 'getSame', '--baseline', bad]);
      expect(result.code).to.equal(2);
      expect(result.stderr.trim()).to.match(/--baseline .*findings\[0\] has no 16-hex-digit fingerprint$/);
      const missing = await run(['--only', 'getSame', '--baseline', path.join(dir, 'none.json')]);
      expect(missing.code).to.equal(2);
    });
  });
});
