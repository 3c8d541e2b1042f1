/** The reason a skipped conformance test carries (set by suites/skip.ts), which the reporters show. */

/** A mocha test that may carry the reason it was skipped. */
export type ReasonedTest = Mocha.Runnable & { skipReason?: string };

/** The reason a skipped test carries, if any. */
export function skipReasonOf(test: Mocha.Runnable): string | undefined {
  return (test as ReasonedTest).skipReason;
}
