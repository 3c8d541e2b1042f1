/**
 * Skipping a conformance test with its reason. Mocha's own skip carries no reason and allure-mocha writes a bare
 * "Test skipped", so the reason goes into the Allure description and an Allure parameter, and onto the test object
 * where the summary and progress reporters read it.
 */
import * as allure from 'allure-js-commons';

/** A mocha test that may carry the reason it was skipped. */
export type ReasonedTest = Mocha.Runnable & { skipReason?: string };

/** The reason a skipped test carries, if any. */
export function skipReasonOf(test: Mocha.Runnable): string | undefined {
  return (test as ReasonedTest).skipReason;
}

/** Marks the running test skipped with a reason a reader understands. Never returns. */
export async function skipWithReason(ctx: Mocha.Context, reason: string): Promise<never> {
  if (ctx.test) (ctx.test as ReasonedTest).skipReason = reason;
  await allure.description(`Skipped: ${reason}`);
  await allure.parameter('skipped because', reason);
  return ctx.skip();
}
