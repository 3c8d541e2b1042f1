/**
 * Writes `<report dir>/summary.json`: one row per test (API, operation, phase or `semantics`, check, status,
 * failure category, from the engine's typed verdicts, and first line), for scripts that want the verdicts without parsing JUnit or Allure.
 */
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import type { Summary, SummaryRow } from './summary';
import { skipReasonOf } from './skip-reason';
import { categoryOf } from './verdict-category';

const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;

/** Mocha reporter writing summary.json; `reporterOptions.output` names the file. */
class SummaryReporter {
  constructor(runner: Mocha.Runner, options: { reporterOptions?: { output?: string } }) {
    const output = options.reporterOptions?.output ?? path.join('reports', 'summary.json');
    const rows: SummaryRow[] = [];
    const row = (test: Mocha.Test, status: SummaryRow['status'], err?: Error): void => {
      const titles = test.titlePath();
      const firstLine = err ? String(err.message).split('\n')[0] : skipReasonOf(test);
      // The category the engine recorded for the verdict; a failure outside any verdict (a hook's) is a setup one.
      const category = categoryOf(test) ?? (status === 'failed' ? 'setup' : undefined);
      rows.push({ path: titles.slice(0, -1), check: titles[titles.length - 1], status, category, message: firstLine });
    };
    runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => row(test, 'passed'));
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, err: Error) => row(test, 'failed', err));
    runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => row(test, 'skipped'));
    runner.once(EVENT_RUN_END, () => {
      fs.mkdirSync(path.dirname(output), { recursive: true });
      fs.writeFileSync(output, `${JSON.stringify({ tests: rows } satisfies Summary, null, 1)}\n`);
    });
  }
}

export = SummaryReporter;
