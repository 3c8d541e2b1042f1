/** Which phases a run keeps: `--phase` names the only ones to run, `--skip-phase` the ones to leave out. */
import { UsageError, type RunConfig } from './config';

// The names live here rather than in phase-plan.ts, which reads the selection: one direction, no import loop.
/** The phases, in the order they run. */
export const PHASES = ['examples', 'boundary', 'coverage', 'fuzz', 'negative', 'auth', 'methods'] as const;

/** A phase's name. */
export type PhaseName = (typeof PHASES)[number];

/** The names split on commas and checked against the phases; a UsageError lists the valid ones. */
export function parsePhaseNames(values: readonly string[], option: string): string[] {
  const names = values.flatMap((value) => value.split(',')).map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !(PHASES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new UsageError(`${option} takes phase names (${PHASES.join(', ')}), not '${unknown.join(', ')}'`);
  return names;
}

/** True when the configuration keeps this phase. */
export function isSelected(config: Pick<RunConfig, 'phases' | 'skipPhases'>, phase: string): boolean {
  return (config.phases.length === 0 || config.phases.includes(phase)) && !config.skipPhases.includes(phase);
}
