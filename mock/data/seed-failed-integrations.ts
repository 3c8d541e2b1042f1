/** Deterministic failed integrations for the seeded channels. */
import type { Prng } from './prng';
import { drfDateTime } from './dates';
import { repeat, shuffled } from './shuffle';
import type { FailedIntegration, ReasonType } from '../models/failed-integration';
import type { Table } from '../store/table';

/**
 * How many failed integrations each channel starts with: enough in channels 1 and 2 for three pages at the
 * default limit; channel 3 has none, so the suite always has an existing channel with an empty list.
 */
export const FAILED_INTEGRATION_COUNTS: Readonly<Record<number, number>> = { 1: 25, 2: 24, 3: 0 };

const REASONS: readonly ReasonType[] = ['mapping', 'remote', 'channel_app'];
// Django content type ids of the models that usually fail to integrate (product, order, stock, price).
const CONTENT_TYPES = [14, 27, 33, 58];
const START = Date.UTC(2023, 6, 1, 0, 0, 0);

/** Inserts the seeded failed integrations, channels interleaved. */
export function seedFailedIntegrations(table: Table<FailedIntegration>, prng: Prng): void {
  const channels = shuffled(
    Object.entries(FAILED_INTEGRATION_COUNTS).flatMap(([channel, count]) => repeat(Number(channel), count)),
    prng,
  );
  let clock = START;
  for (const channel of channels) {
    clock += prng.int(1, 240) * 60_000 + prng.int(0, 59_999);
    const maxRetry = prng.int(1, 5);
    const expires = prng.chance(0.4);
    table.insert((pk) => ({
      pk,
      channel,
      version_date: drfDateTime(new Date(clock), prng.int(0, 999)),
      reason_type: prng.pick(REASONS),
      is_active: prng.chance(0.8),
      content_type: prng.pick(CONTENT_TYPES),
      object_id: prng.int(1000, 99_999),
      expiration_date: expires ? drfDateTime(new Date(clock + prng.int(1, 30) * 86_400_000)) : null,
      retry_count: prng.int(0, maxRetry),
      max_retry_count: maxRetry,
      retry_interval: prng.pick([0, 60, 300, 900, 3600]),
      integration_action: prng.chance(0.5) ? prng.int(1, 400) : null,
      log_id: prng.chance(0.6) ? prng.int(10_000, 999_999) : null,
    }));
  }
}
