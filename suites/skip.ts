/**
 * Skipping a conformance test with its reason. Mocha's own skip carries no reason and allure-mocha writes a bare
 * "Test skipped", so the reason goes into the Allure description and an Allure parameter, and onto the test object
 * where the summary and progress reporters read it.
 */
import * as allure from 'allure-js-commons';
import type { ReasonedTest } from '../reporters/skip-reason';

export { skipReasonOf, type ReasonedTest } from '../reporters/skip-reason';

/** Marks the running test skipped with a reason a reader understands. Never returns. */
export async function skipWithReason(ctx: Mocha.Context, reason: string): Promise<never> {
  if (ctx.test) (ctx.test as ReasonedTest).skipReason = reason;
  await allure.description(`Skipped: ${reason}`);
  await allure.parameter('skipped because', reason);
  return ctx.skip();
}
