/**
 * What the engine needs of the check registry: the checks a run's `--check`/`--skip-check` names select. The
 * registry itself (suites/registry) is handed in by the entry (the CLI, mocha's entry, a test), so the engine
 * never imports the scenario checks that import it.
 */
import type { Check } from '../checks/check';
import type { ScenarioCheck } from './scenario-check';

/** Names to run (all when `only` is empty) and names to leave out. */
export interface CheckSelection {
  only?: readonly string[];
  skip?: readonly string[];
}

/** The selected checks of both kinds, each in registry order. */
export interface SelectedChecks {
  checks: Check[];
  scenarios: ScenarioCheck[];
}

/** A registry the engine can select from; throws a usage error listing the valid names on an unknown one. */
export interface CheckRegistry {
  select(selection: CheckSelection): SelectedChecks;
}
