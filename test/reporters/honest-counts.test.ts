/**
 * A check that judged nothing is not a pass: without --max-response-time the time-budget check has no test at all,
 * and a check that applied but found nothing of its concern in a phase is skipped saying so, never passed.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../../reporters/summary';
import { closingCounts, runCli } from '../support/run-cli';

const BUDGET_CHECK = 'response time is within budget';

/** Runs one operation against the embedded server and returns its summary rows and closing counts. */
async function run(extra: string[]): Promise<{ summary: Summary; counts: ReturnType<typeof closingCounts> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-honest-'));
  try {
    const result = await runCli(['run', '--only', 'retrieveCancellationReason', '--runs', '2', '--seed', '3', '--no-html', '--report', dir, ...extra]);
    expect(result.code, result.stderr).to.equal(0);
    return { summary: JSON.parse(fs.readFileSync(path.join(dir, 'summary.json'), 'utf8')) as Summary, counts: closingCounts(result.stdout) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('report: honest counts', function () {
  this.timeout(120_000);

  it('has no time-budget test without a budget, and time-budget passes with one', async () => {
    const without = await run([]);
    expect(without.summary.tests.filter((t) => t.check === BUDGET_CHECK)).to.deep.equal([]);
    const withBudget = await run(['--max-response-time', '60000']);
    const budgetRows = withBudget.summary.tests.filter((t) => t.check === BUDGET_CHECK);
    expect(budgetRows.length).to.be.greaterThan(0);
    expect(budgetRows.every((t) => t.status === 'passed')).to.equal(true);
    // The closing line's passed count is exactly the budget tests apart: nothing else changed.
    expect(withBudget.counts?.passed).to.equal((without.counts?.passed ?? 0) + budgetRows.length);
  });

  it('skips a check that applied but judged nothing in a phase, naming why, instead of passing it', async () => {
    const { summary } = await run([]);
    // The auth probes are answered 401, documented with a body: "body is empty when none is documented" has nothing to judge.
    const idle = summary.tests.filter((t) => t.message?.startsWith('not applicable:'));
    expect(idle.length).to.be.greaterThan(0);
    expect(idle.every((t) => t.status === 'skipped')).to.equal(true);
    expect(idle.map((t) => t.check)).to.include('body is empty when none is documented');
  });
});
