/** Every response check by name, and the selection `--only` / `--skip` make from them. */
import type { Check } from './check';
import { bodyConformsToSchema } from './body-conforms-to-schema';
import { bodyIsEmptyWhenNoneIsDocumented } from './body-is-empty-when-none-is-documented';
import { contentTypeIsDocumented } from './content-type-is-documented';
import { errorBodyHasDocumentedShape } from './error-body-has-documented-shape';
import { invalidInputIsRejected } from './invalid-input-is-rejected';
import { responseIsNotAServerError } from './response-is-not-a-server-error';
import { responseTimeIsWithinBudget } from './response-time-is-within-budget';
import {
  securedOperationRejectsMalformedCredentials,
  securedOperationRejectsMissingCredentials,
  securedOperationRejectsWrongCredentials,
} from './secured-operation-rejects-bad-credentials';
import { statusCodeIsDocumented } from './status-code-is-documented';
import { undocumentedMethodAnswers405 } from './undocumented-method-answers-405';
import { validInputIsAccepted } from './valid-input-is-accepted';

export { failureCategories, formatFailureMessage, Category, type FailureCategory } from './categories';
export { runChecks, type CheckOutcome } from './run-checks';

/** All checks, in the order reports list them: the gravest and most basic first. */
export const allChecks: readonly Check[] = [
  responseIsNotAServerError,
  statusCodeIsDocumented,
  contentTypeIsDocumented,
  bodyIsEmptyWhenNoneIsDocumented,
  bodyConformsToSchema,
  errorBodyHasDocumentedShape,
  invalidInputIsRejected,
  validInputIsAccepted,
  securedOperationRejectsMissingCredentials,
  securedOperationRejectsWrongCredentials,
  securedOperationRejectsMalformedCredentials,
  undocumentedMethodAnswers405,
  responseTimeIsWithinBudget,
];

const byName = new Map(allChecks.map((check) => [check.name, check]));

function unknownNames(names: readonly string[]): Error {
  const valid = allChecks.map((check) => `  - ${check.name}`).join('\n');
  return new Error(`unknown check name${names.length === 1 ? '' : 's'}: ${names.map((name) => `"${name}"`).join(', ')}; valid names are:\n${valid}`);
}

/** The check with this exact name; throws an error listing the valid names when there is none. */
export function checkByName(name: string): Check {
  const check = byName.get(name);
  if (!check) throw unknownNames([name]);
  return check;
}

/** Which checks to run. */
export interface CheckSelection {
  /** Run only these (all when absent or empty). */
  only?: readonly string[];
  /** Leave these out. */
  skip?: readonly string[];
}

/** The selected checks in registry order; every unknown name in `only` or `skip` is reported at once. */
export function selectChecks(selection: CheckSelection = {}): Check[] {
  const only = selection.only ?? [];
  const skip = selection.skip ?? [];
  const unknown = [...only, ...skip].filter((name) => !byName.has(name));
  if (unknown.length > 0) throw unknownNames([...new Set(unknown)]);
  return allChecks.filter((check) => (only.length === 0 || only.includes(check.name)) && !skip.includes(check.name));
}
