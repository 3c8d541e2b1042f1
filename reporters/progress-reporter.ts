/**
 * Progress on stderr, one line per phase of an operation, so stdout stays free for the closing line.
 */
import Mocha from 'mocha';
import { skipReasonOf } from './skip-reason';
import { redact } from '../engine/credentials';

/** Writes to stderr with the run's secrets replaced (a failure message can quote a server's answer). */
function write(text: string, secrets: readonly string[] | undefined): void {
  process.stderr.write(redact(text, secrets ?? process.env.CONFORMANCE_TOKEN));
}

const { EVENT_SUITE_END, EVENT_TEST_FAIL } = Mocha.Runner.constants;

/**
 * Mocha reporter writing `✓ op · phase: N passed` / `✗ ...` lines to stderr. `reporterOptions.secrets` is the run's
 * live list of secrets (a login renewal adds to it), redacted from every line.
 */
class ProgressReporter {
  constructor(runner: Mocha.Runner, options: { reporterOptions?: { secrets?: readonly string[] } } = {}) {
    const secrets = options.reporterOptions?.secrets;
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, err: Error) => {
      write(`    ✗ ${test.fullTitle()}\n      ${String(err.message).split('\n')[0]}\n`, secrets);
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
      write(`  ${mark} ${parent} · ${suite.title}: ${passed} passed${failed ? `, ${failed} failed` : ''}${skipped ? `, ${skipped} skipped${why}` : ''}\n`, secrets);
    });
  }
}

export = ProgressReporter;
