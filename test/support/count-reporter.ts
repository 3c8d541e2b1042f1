/**
 * Mocha reporter for the project's own tests: the spec reporter's output, then the closing line
 * `tests: N passed, N failed` that CI reads.
 */
import Mocha from 'mocha';

const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

/** Spec reporter that ends with `tests: N passed, N failed[, N skipped]`. */
class CountReporter extends Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      // Printed after the spec reporter's epilogue, alone on its line, so CI can read the counts.
      process.nextTick(() => {
        const skipped = stats.pending > 0 ? `, ${stats.pending} skipped` : '';
        process.stdout.write(`\ntests: ${stats.passes} passed, ${stats.failures} failed${skipped}\n`);
      });
    });
  }
}

export = CountReporter;
