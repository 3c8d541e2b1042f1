/**
 * The category of a test's verdict, carried on the mocha test object from the engine's typed records, so that
 * reporters (summary.json) read it instead of parsing `[category]` back out of the failure message.
 */

/** A mocha test that may carry its verdict's category. */
type CategorizedTest = Mocha.Runnable & { verdictCategory?: string };

/** Records the category of the running test's verdict. */
export function setCategory(ctx: Mocha.Context, category: string | undefined): void {
  if (ctx.test && category) (ctx.test as CategorizedTest).verdictCategory = category;
}

/** The category the test's verdict was recorded with, if any. */
export function categoryOf(test: Mocha.Runnable): string | undefined {
  return (test as CategorizedTest).verdictCategory;
}
