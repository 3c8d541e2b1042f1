/** The shape of a check: a small named function that throws a Failure a person understands. */
import type { Case } from '../model/case';
import type { Operation, ApiModel } from '../model/operation';
import type { WireResponse } from '../targets/target';
import type { CategoryName } from './categories';

/** How bad a failure of the check is; mapped to Allure severities. */
export type Severity = 'blocker' | 'critical' | 'normal' | 'minor' | 'trivial';

/** Thrown by a check: what was expected, what came, where in the body. */
export class Failure extends Error {
  constructor(
    message: string,
    /** A short category for the report (`schema mismatch`, `undocumented status`, `server error`, ...). */
    readonly category: CategoryName,
    /** JSON pointer in the response body the failure is about, when there is one. */
    readonly pointer?: string,
  ) {
    super(message);
    this.name = 'Failure';
  }
}

/**
 * Returned by a check that looked at a response and found nothing of its concern to judge (no budget set, no
 * documented body, not an error answer). It is neither a pass nor a fail: counting it as a pass would inflate the
 * passed count with checks that cannot fail.
 */
export class NotApplicable {
  constructor(
    /** Why there was nothing to judge, in words a reader understands. */
    readonly reason: string,
  ) {}
}

/** Shorthand for `return new NotApplicable(reason)` in a check's run. */
export function notApplicable(reason: string): NotApplicable {
  return new NotApplicable(reason);
}

/** What a check may consult besides the exchange: the API model and the run's options. */
export interface CheckContext {
  api: ApiModel;
  /** Response-time budget in ms, when one was asked for. */
  maxResponseTimeMs?: number;
}

/** A registered check. */
export interface Check {
  /** Reads as a sentence: `response is not a server error`. Also the name `--skip`/`--only` match. */
  name: string;
  /** A response check judges each response of a phase (the registry lists both kinds). */
  kind: 'response';
  /** The category its failures are filed under (one of checks/categories.ts; some also throw others). */
  category: CategoryName;
  severity: Severity;
  /** True when the check rests on an inference rather than the document's words. */
  inferred?: boolean;
  appliesTo(testCase: Case, operation: Operation): boolean;
  /** Why the check has nothing to judge in this whole run (e.g. no budget asked for); such a check is not run. */
  idleReason?(context: CheckContext): string | undefined;
  /** Throws a Failure, returns NotApplicable when the response held nothing to judge, or returns to pass. */
  run(context: CheckContext, response: WireResponse, testCase: Case): void | NotApplicable;
}
