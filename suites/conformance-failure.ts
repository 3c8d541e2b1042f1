/**
 * The error a conformance test fails with when the target broke the contract. It is named `AssertionError` because
 * that is how Allure (and mocha) tell a failed assertion from a crash: Allure marks it `failed` and matches the
 * checks' categories (most of which match failed tests only), and keeps `broken` for setup and generation errors.
 */

/** A contract violation by the target, reported as a failed (not broken) test. */
export class ConformanceFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionError';
  }
}
