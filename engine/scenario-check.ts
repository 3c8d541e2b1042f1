/**
 * Scenario checks: the semantic checks a single response cannot show (pagination that walks, filters that filter,
 * isolation between scopes, identity, persistence). Each sends its own sequence of requests through a
 * ScenarioContext and throws a Failure a person understands. Most rest on inferences from the spec's shapes;
 * those say so in `basis`, and every scenario can be switched off by name (`--skip-check`).
 */
import type { ApiModel, Operation } from '../model/operation';
import type { Severity } from '../checks/check';
import type { CategoryName } from '../checks/categories';
import type { ScenarioContext } from './scenario-context';

/** A multi-request semantic check. */
export interface ScenarioCheck {
  /** Reads as a sentence: `pagination visits every object once`. */
  name: string;
  /** A scenario check sends its own requests (the registry lists both kinds). */
  kind: 'scenario';
  /** The category its failures are filed under (one of checks/categories.ts). */
  category: CategoryName;
  severity: Severity;
  /** True when the scenario rests on an inference rather than the document's words. */
  inferred: boolean;
  /** One sentence: what the scenario relies on (the inference, or the document's words). Shown in the report. */
  basis: string;
  /** True when the scenario has something to check on this operation of this API. */
  appliesTo(operation: Operation, api: ApiModel): boolean;
  /** Runs the scenario; throws a Failure on the first violation. */
  run(context: ScenarioContext, operation: Operation): Promise<void>;
}

/**
 * Thrown by a scenario that has nothing to judge on this target (no known path value, an empty list): its test is
 * skipped with the reason, which says how to give it data, instead of failing a server that broke nothing.
 */
export class ScenarioSkip extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ScenarioSkip';
  }
}
