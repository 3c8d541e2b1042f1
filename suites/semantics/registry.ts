/** Every scenario check by name. Each scenario file registers itself here by being listed. */
import type { ScenarioCheck } from './scenario';
import { paginationEnvelopeIsConsistent } from './pagination-envelope-is-consistent';
import { paginationVisitsEveryObjectOnce } from './pagination-visits-every-object-once';
import { paginationHonoursLimit } from './pagination-honours-limit';
import { invalidPageAndLimitAreRejected } from './invalid-page-and-limit-are-rejected';
import { filterReturnsOnlyMatchingObjects } from './filter-returns-only-matching-objects';
import { filterFindsAListedObject } from './filter-finds-a-listed-object';
import { scopeIsolationHolds } from './scope-isolation-holds';
import { detailAnswersTheObjectAskedFor } from './detail-answers-the-object-asked-for';
import { deltaUnionIsExact } from './delta-union-is-exact';
import { sideEffectPullIsIdempotent } from './side-effect-pull-is-idempotent';
import { targetSurvivesMalformedRequests } from './target-survives-malformed-requests';
import { lifecycleMatchesTheModel } from './lifecycle/lifecycle-matches-the-model';
import { writeCannotMoveAnObjectToAnotherScope } from './write-cannot-move-an-object-to-another-scope';

/** All scenario checks, in report order: one import and one entry per check. */
export const allScenarios: ScenarioCheck[] = [
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

/** Names of all scenario checks. */
export function scenarioNames(): string[] {
  return allScenarios.map((s) => s.name);
}

/** The selected scenarios: `only` (all when empty) minus `skip`; names that are not scenarios are ignored here. */
export function selectScenarios(only: readonly string[], skip: readonly string[]): ScenarioCheck[] {
  const names = new Set(scenarioNames());
  const onlyHere = only.filter((n) => names.has(n));
  // `--check` naming only response checks means: no scenarios.
  if (only.length > 0 && onlyHere.length === 0) return [];
  return allScenarios.filter((s) => (onlyHere.length === 0 || onlyHere.includes(s.name)) && !skip.includes(s.name));
}
