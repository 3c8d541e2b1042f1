/**
 * Progress on stderr, one line per phase of an operation, so stdout stays free for the closing line.
 */
import Mocha from 'mocha';

const { EVENT_SUITE_END, EVENT_TEST_FAIL } = Mocha.Runner.constants;

/** Mocha reporter writing `✓ op · phase: N passed` / `✗ ...` lines to stderr. */
class ProgressReporter {
  constructor(runner: Mocha.Runner) {
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, err: Error) => {
      process.stderr.write(`    ✗ ${test.fullTitle()}\n      ${String(err.message).split('\n')[0]}\n`);
    });
    runner.on(EVENT_SUITE_END, (suite: Mocha.Suite) => {
      if (suite.tests.length === 0) return;
      const passed = suite.tests.filter((t) => t.state === 'passed').length;
      const failed = suite.tests.filter((t) => t.state === 'failed').length;
      const skipped = suite.tests.length - passed - failed;
      const mark = failed > 0 ? '✗' : '✓';
      const parent = suite.parent?.title ?? '';
      process.stderr.write(`  ${mark} ${parent} · ${suite.title}: ${passed} passed${failed ? `, ${failed} failed` : ''}${skipped ? `, ${skipped} skipped` : ''}\n`);
    });
  }
}

export = ProgressReporter;
