/** What lint reports and what a lint rule is. */
import type { OpenAPIV3 } from 'openapi-types';

/** How serious a finding is: `error` breaks clients or tests, `warning` misleads readers. */
export type LintSeverity = 'error' | 'warning';

/** One defect in a published document. */
export interface Finding {
  rule: string;
  severity: LintSeverity;
  /** The file the defective part was read from (repo-relative when inside the repo). */
  file: string;
  /** JSON pointer to the defective part, in the (merged) document. */
  pointer: string;
  message: string;
  /** The overlay action that corrects it: `specs/oms/overlays/02-date-time.yaml#0: <its description>`. */
  fixedBy?: string;
}

/** What a rule sees: the raw document (merged, $refs kept). */
export interface LintSubject {
  document: OpenAPIV3.Document;
}

/** Where a rule found something. */
export interface RuleHit {
  pointer: string;
  message: string;
}

/** A lint rule: a name that says what is wrong, and a function over a raw document. */
export interface LintRule {
  name: string;
  severity: LintSeverity;
  /** One sentence: what the rule looks for and why it matters. */
  description: string;
  check(subject: LintSubject): RuleHit[];
}
