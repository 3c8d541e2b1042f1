/** What every command does with an answered object: compare it with the model, then keep what it pinned down. */
import { canonicalJson } from '../../generators/arbitraries/canonical-json';
import type { ScenarioResponse } from '../../engine/scenario-context';
import { observe, shortJson } from './expectations';
import type { LifecycleModel, TrackedObject } from './lifecycle-model';
import type { LifecycleReal } from './lifecycle-real';

/** True for a 2xx status. */
export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** True when the answer carries an object to compare (a 204, or a write documented without a body, does not). */
export function answersObject(response: ScenarioResponse): boolean {
  return typeof response.json === 'object' && response.json !== null && !Array.isArray(response.json);
}

/**
 * Checks an answered object against `object`'s expectations and its identity, and stores the fields it is the first
 * to show; throws a ModelViolation naming every field that differs.
 */
export function checkAnswer(model: LifecycleModel, real: LifecycleReal, object: TrackedObject, response: ScenarioResponse, step: string): void {
  const answered = response.json as Record<string, unknown>;
  const key = real.collection.itemKey;
  if (Object.hasOwn(answered, key) && canonicalJson(answered[key]) !== canonicalJson(object.id)) {
    throw real.violation(`${object.label} answered ${key} ${shortJson(answered[key])}, but it is ${shortJson(object.id)}`);
  }
  const seen = observe(model.shape, object.expectations, answered, step);
  if (seen.mismatches.length > 0) {
    throw real.violation(`${object.label} (${key} ${shortJson(object.id)}) answered ${response.status} with fields that differ from the model: ${seen.mismatches.join('; ')}`);
  }
  object.expectations = seen.next;
}
