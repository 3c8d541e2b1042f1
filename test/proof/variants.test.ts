/**
 * The proof that the suite catches what it claims to: the reference server passes every check, and each
 * deliberately broken variant (mock/variants/) is reported failing by the check meant to catch it. Every server runs
 * in this process; the CLI runs against it as a child process, as a user would run it.
 */
import { loadavg } from 'node:os';
import { expect } from 'chai';
import { variants, type Variant } from '../../mock/variants';
import { createLimiter } from './support/limiter';
import { PROOF_REPORT_ROOT, failedChecks, runAgainstServer, type ServerRun } from './support/server-run';
import { explainMiss, judgeVariant } from './support/verdict';
import { writeResults, type ProofResults } from './support/results-table';
import { acquireReportLock } from './support/report-lock';

/** Runs at a time: the machine has two cores; CONFORMANCE_PROOF_CONCURRENCY overrides it for measurements. */
const CONCURRENCY = Math.max(1, Number(process.env.CONFORMANCE_PROOF_CONCURRENCY) || 2);
/** A run that takes longer than this is killed and reported as failed. */
const RUN_TIMEOUT_MS = 180_000;
/** Only these variants (comma-separated names) when set: for working on one variant without waiting for all. */
const ONLY = (process.env.CONFORMANCE_PROOF_ONLY ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');

const REFERENCE = 'reference';

/** The 1-minute load average, two decimals. */
function oneMinuteLoad(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}
const selected: Variant[] = ONLY.length === 0 ? variants : variants.filter((variant) => ONLY.includes(variant.name));

describe('proof: the suite catches every broken variant', function () {
  // The runs start together in `before`; each test only waits for its own, so no single test owns the total time.
  this.timeout(RUN_TIMEOUT_MS * Math.ceil((selected.length + 1) / CONCURRENCY) + 60_000);
  const runs = new Map<string, Promise<ServerRun>>();
  let started = 0;
  let loadAtStart = 0;
  let releaseLock: (() => Promise<void>) | undefined;

  before(async function () {
    releaseLock = await acquireReportLock(PROOF_REPORT_ROOT, (holder) =>
      process.stderr.write(`proof: waiting for process ${holder}, which holds ${PROOF_REPORT_ROOT}/.lock\n`),
    );
    started = Date.now();
    loadAtStart = oneMinuteLoad();
    const schedule = createLimiter(CONCURRENCY);
    runs.set(REFERENCE, schedule(() => runAgainstServer(REFERENCE, undefined, RUN_TIMEOUT_MS)));
    for (const variant of selected) runs.set(variant.name, schedule(() => runAgainstServer(variant.name, variant.overrides(), RUN_TIMEOUT_MS)));
  });

  after(async function () {
    if (releaseLock === undefined) return;
    try {
      await writeTable();
    } finally {
      await releaseLock();
    }
  });

  async function writeTable(): Promise<void> {
    const reference = await (runs.get(REFERENCE) as Promise<ServerRun>);
    const verdicts = await Promise.all(selected.map(async (variant) => judgeVariant(variant, await (runs.get(variant.name) as Promise<ServerRun>))));
    const results: ProofResults = {
      generatedAt: new Date().toISOString(),
      concurrency: CONCURRENCY,
      totalSeconds: Math.round((Date.now() - started) / 1000),
      loadAverage: { start: loadAtStart, end: oneMinuteLoad() },
      reference: {
        passed: reference.exitCode === 0 && failedChecks(reference.rows).length === 0,
        exitCode: reference.exitCode,
        closingLine: reference.closingLine,
        failedChecks: failedChecks(reference.rows),
        seconds: Math.round(reference.durationMs / 100) / 10,
      },
      variants: verdicts,
    };
    await writeResults(PROOF_REPORT_ROOT, results);
  }

  it('has at least 27 variants with unique names', function () {
    const names = variants.map((variant) => variant.name);
    expect(new Set(names).size, 'duplicate variant names').to.equal(names.length);
    expect(names.length).to.be.at.least(27);
  });

  it('the reference server passes every check', async function () {
    const run = await (runs.get(REFERENCE) as Promise<ServerRun>);
    const failed = failedChecks(run.rows).map((entry) => `${entry.check} (${entry.count})`);
    expect(run.summaryError, `no summary.json; stderr:\n${run.stderrTail}`).to.equal(undefined);
    expect(failed, `the reference server fails checks; report: ${run.reportDir}`).to.deep.equal([]);
    expect(run.rows.length, 'the reference run reported no tests').to.be.greaterThan(0);
    expect(run.exitCode, `exit code; last line: ${run.closingLine ?? '(none)'}`).to.equal(0);
  });

  for (const variant of selected) {
    it(`${variant.name} (${variant.area}) is caught by "${variant.expectedCheck}"`, async function () {
      const run = await (runs.get(variant.name) as Promise<ServerRun>);
      const verdict = judgeVariant(variant, run);
      expect(verdict.detected, explainMiss(verdict, run)).to.equal(true);
      // A variant meant for one phase shows what only that phase reaches: random fuzzing must not have found it.
      if (variant.expectedPhase) expect(verdict.alsoFailedIn, `"${variant.expectedCheck}" also failed outside the ${variant.expectedPhase} phase`).to.not.include('fuzz');
      // A failing check must also fail the command, or CI reading the exit code would miss the variant.
      expect(run.exitCode, `exit code of a run with failures; last line: ${run.closingLine ?? '(none)'}`).to.equal(1);
    });
  }
});
