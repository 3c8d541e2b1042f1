/** Every scenario check by name. Each scenario file registers itself here by being listed. */
import type { ScenarioCheck } from './scenario';
import { lifecycleMatchesTheModel } from './lifecycle/lifecycle-matches-the-model';

/** All scenario checks, in report order. */
export const allScenarios: ScenarioCheck[] = [
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
