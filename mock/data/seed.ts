/** Builds the mock's starting database from a seed. */
import { createPrng } from './prng';
import { seedImages } from './seed-images';
import { seedFailedIntegrations } from './seed-failed-integrations';
import { createEmptyState, type MockState } from '../store/state';

/**
 * Path values that exist in every seeded database, as `--path-param` would name them: the suite aims its cases at
 * them when it runs against the embedded server. Channels 1 and 2 hold data; channel 3 has images but no failed
 * integrations.
 */
export const SEEDED_PATH_VALUES: Readonly<Record<string, string[]>> = { channel_id: ['1', '2', '3'] };

/**
 * The seeded database: images and failed integrations in channels 1-3. Cancellation reasons start empty, as on a
 * fresh OMS, until the first pull. Each resource draws from its own generator so adding rows to one resource
 * leaves the other's data unchanged.
 */
export function buildSeededState(seed: number): MockState {
  const state = createEmptyState();
  seedImages(state.images, createPrng(seed));
  seedFailedIntegrations(state.failedIntegrations, createPrng(seed ^ 0x5eed));
  return state;
}
