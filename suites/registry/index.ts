/**
 * The one registry of checks: every response check and scenario check, one line each, in report order. `--check`
 * and `--skip-check` select from it, the README's check table is compared with it (test/suites/registry), and
 * each check declares its own name, kind, category and severity in its file. Adding a check: its file, its
 * test, and one line here.
 */
import type { Check } from '../../checks/check';
import type { ScenarioCheck } from '../../engine/scenario-check';
import type { CheckRegistry, CheckSelection, SelectedChecks } from '../../engine/check-set';
import { bodyConformsToSchema } from '../../checks/body-conforms-to-schema';
import { bodyIsEmptyWhenNoneIsDocumented } from '../../checks/body-is-empty-when-none-is-documented';
import { contentTypeIsDocumented } from '../../checks/content-type-is-documented';
import { errorBodyHasDocumentedShape } from '../../checks/error-body-has-documented-shape';
import { invalidInputIsRejected } from '../../checks/invalid-input-is-rejected';
import { responseIsNotAServerError } from '../../checks/response-is-not-a-server-error';
import { responseTimeIsWithinBudget } from '../../checks/response-time-is-within-budget';
import {
  securedOperationRejectsMalformedCredentials,
  securedOperationRejectsMissingCredentials,
  securedOperationRejectsWrongCredentials,
} from '../../checks/secured-operation-rejects-bad-credentials';
import { statusCodeIsDocumented } from '../../checks/status-code-is-documented';
import { undocumentedMethodAnswers405 } from '../../checks/undocumented-method-answers-405';
import { validInputIsAccepted } from '../../checks/valid-input-is-accepted';
import { paginationEnvelopeIsConsistent } from '../../scenarios/pagination-envelope-is-consistent';
import { paginationVisitsEveryObjectOnce } from '../../scenarios/pagination-visits-every-object-once';
import { paginationHonoursLimit } from '../../scenarios/pagination-honours-limit';
import { invalidPageAndLimitAreRejected } from '../../scenarios/invalid-page-and-limit-are-rejected';
import { filterReturnsOnlyMatchingObjects } from '../../scenarios/filter-returns-only-matching-objects';
import { filterFindsAListedObject } from '../../scenarios/filter-finds-a-listed-object';
import { scopeIsolationHolds } from '../../scenarios/scope-isolation-holds';
import { writeCannotMoveAnObjectToAnotherScope } from '../../scenarios/write-cannot-move-an-object-to-another-scope';
import { detailAnswersTheObjectAskedFor } from '../../scenarios/detail-answers-the-object-asked-for';
import { deltaUnionIsExact } from '../../scenarios/delta-union-is-exact';
import { sideEffectPullIsIdempotent } from '../../scenarios/side-effect-pull-is-idempotent';
import { targetSurvivesMalformedRequests } from '../../scenarios/target-survives-malformed-requests';
import { lifecycleMatchesTheModel } from '../../scenarios/lifecycle/lifecycle-matches-the-model';

/** A check of either kind, told apart by `kind`. */
export type RegisteredCheck = Check | ScenarioCheck;

/** Every check in report order: response checks (the gravest and most basic first), then scenario checks. */
export const allChecks: readonly RegisteredCheck[] = [
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
  paginationEnvelopeIsConsistent,
  paginationVisitsEveryObjectOnce,
  paginationHonoursLimit,
  invalidPageAndLimitAreRejected,
  filterReturnsOnlyMatchingObjects,
  filterFindsAListedObject,
  scopeIsolationHolds,
  writeCannotMoveAnObjectToAnotherScope,
  detailAnswersTheObjectAskedFor,
  deltaUnionIsExact,
  sideEffectPullIsIdempotent,
  targetSurvivesMalformedRequests,
  lifecycleMatchesTheModel,
];

/** The response checks, in registry order. */
export const responseChecks: readonly Check[] = allChecks.filter((check): check is Check => check.kind === 'response');

/** The scenario checks, in registry order. */
export const scenarioChecks: readonly ScenarioCheck[] = allChecks.filter((check): check is ScenarioCheck => check.kind === 'scenario');

const byName = new Map(allChecks.map((check) => [check.name, check]));

function unknownNames(names: readonly string[]): Error {
  const valid = allChecks.map((check) => `  - ${check.name}`).join('\n');
  return new Error(`unknown check name${names.length === 1 ? '' : 's'}: ${names.map((name) => `"${name}"`).join(', ')}; valid names are:\n${valid}`);
}

/** The check with this exact name; throws an error listing the valid names when there is none. */
export function checkByName(name: string): RegisteredCheck {
  const check = byName.get(name);
  if (!check) throw unknownNames([name]);
  return check;
}

/**
 * The selected checks of both kinds in registry order: `only` (every check when empty) minus `skip`. `--check`
 * naming only scenarios runs no response check, and the other way round. Every unknown name is reported at once.
 */
export function selectChecks(selection: CheckSelection = {}): SelectedChecks {
  const only = selection.only ?? [];
  const skip = selection.skip ?? [];
  const unknown = [...only, ...skip].filter((name) => !byName.has(name));
  if (unknown.length > 0) throw unknownNames([...new Set(unknown)]);
  const chosen = allChecks.filter((check) => (only.length === 0 || only.includes(check.name)) && !skip.includes(check.name));
  return {
    checks: chosen.filter((check): check is Check => check.kind === 'response'),
    scenarios: chosen.filter((check): check is ScenarioCheck => check.kind === 'scenario'),
  };
}

/** The registry as the engine takes it (`openSession(config, server, checkRegistry)`). */
export const checkRegistry: CheckRegistry = { select: selectChecks };
