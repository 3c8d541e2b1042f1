/** Runs checks on one exchange and reports, per check, whether it passed, failed or did not apply. */
import type { Case } from '../model/case';
import type { WireResponse } from '../targets/target';
import { Category } from './categories';
import { Failure, NotApplicable, type Check, type CheckContext, type Severity } from './check';

/** What one check made of one exchange. */
export interface CheckOutcome {
  name: string;
  severity: Severity;
  /**
   * `lenient`: a negative case was accepted, but the runner showed the server ignored the invalid part (a leniency
   * finding, not a failure unless --strict; set by runner/leniency.ts, never by a check).
   */
  status: 'passed' | 'failed' | 'skipped' | 'lenient';
  /** Set when status is `failed` or `lenient`. */
  failure?: Failure;
  /** Set when the check applied to the case but the response held nothing for it to judge (status `skipped`). */
  notApplicable?: string;
}

/** Runs every check that applies to the case; a check that crashes is a failure in category `check error`. */
export function runChecks(checks: readonly Check[], context: CheckContext, response: WireResponse, testCase: Case): CheckOutcome[] {
  return checks.map((check): CheckOutcome => {
    const { name, severity } = check;
    if (!check.appliesTo(testCase, testCase.operation)) return { name, severity, status: 'skipped' };
    try {
      const outcome = check.run(context, response, testCase);
      // Tallied as neither pass nor fail: a check that judged nothing must not swell the passed count.
      if (outcome instanceof NotApplicable) return { name, severity, status: 'skipped', notApplicable: outcome.reason };
      return { name, severity, status: 'passed' };
    } catch (err) {
      // One broken check must not hide what the others say about the same response.
      const failure = err instanceof Failure ? err : new Failure(`the check itself crashed: ${(err as Error)?.message ?? String(err)}`, Category.checkError);
      return { name, severity, status: 'failed', failure };
    }
  });
}
