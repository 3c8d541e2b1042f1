/** What kind of request a case is, as the checks need to tell apart: ordinary, auth probe, or method probe. */
import type { Case } from '../../model/case';

/** True for a case sent as the operation documents it: not an auth probe and not a method probe. */
export function isOrdinaryCase(testCase: Case): boolean {
  return testCase.auth === undefined && testCase.probe === undefined;
}

/** True when the case was sent as its operation's own method, so the documented responses describe the answer. */
export function answersAsDocumented(testCase: Case): boolean {
  return testCase.probe === undefined;
}
