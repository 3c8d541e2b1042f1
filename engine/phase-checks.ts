/** Which checks a phase needs: those that apply to at least one of a few representative cases. */
import fc from 'fast-check';
import type { Case } from '../model/case';
import type { Check } from '../checks/check';
import type { PhasePlan } from './phase-plan';

const APPLICABILITY_SAMPLE = 5;

/** Cases to decide which checks a phase applies: a list phase's own, a few samples of a property phase. */
function representativeCases(plan: PhasePlan): Case[] {
  if (plan.kind === 'list') return plan.cases;
  try {
    return fc.sample(plan.arbitrary, { seed: plan.seed, numRuns: APPLICABILITY_SAMPLE });
  } catch {
    return [];
  }
}

/** Checks that apply to at least one representative case; with none (a generation error) all checks stay. */
export function checksForPhase(checks: readonly Check[], plan: PhasePlan): Check[] {
  const cases = representativeCases(plan);
  if (cases.length === 0) return plan.kind === 'property' ? [...checks] : [];
  return checks.filter((check) => cases.some((c) => check.appliesTo(c, c.operation)));
}
