/**
 * Progress on stderr, one line per phase of an operation, so stdout stays free for the closing line.
 */
import Mocha from 'mocha';
import { skipReasonOf } from './skip-reason';
import { currentSession } from '../runner/current-session';
import { redact } from '../runner/credentials';

/** Writes to stderr with the run's token replaced (a failure message can quote a server's answer). */
function write(text: string): void {
  process.stderr.write(redact(text, currentSession()?.secrets ?? process.env.CONFORMANCE_TOKEN));
}

const { EVENT_SUITE_END, EVENT_TEST_FAIL } = Mocha.Runner.constants;

/** Mocha reporter writing `✓ op · phase: N passed` / `✗ ...` lines to stderr. */
class ProgressReporter {
  constructor(runner: Mocha.Runner) {
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, err: Error) => {
      write(`    ✗ ${test.fullTitle()}\n      ${String(err.message).split('\n')[0]}\n`);
    });
    runner.on(EVENT_SUITE_END, (suite: Mocha.Suite) => {
      if (suite.tests.length === 0) return;
      const passed = suite.tests.filter((t) => t.state === 'passed').length;
      const failed = suite.tests.filter((t) => t.state === 'failed').length;
      const skipped = suite.tests.length - passed - failed;
      const mark = failed > 0 ? '✗' : '✓';
      const parent = suite.parent?.title ?? '';
      // One reason per suite is enough: the tests of a phase are skipped for the same reason.
      const reason = suite.tests.map(skipReasonOf).find((r) => r !== undefined);
      const why = skipped && reason ? ` (${reason})` : '';
      write(`  ${mark} ${parent} · ${suite.title}: ${passed} passed${failed ? `, ${failed} failed` : ''}${skipped ? `, ${skipped} skipped${why}` : ''}\n`);
    });
  }
}

export = ProgressReporter;
