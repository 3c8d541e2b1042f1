/**
 * A dump of the mock's database: every table's rows in key order, as plain JSON. Tests compare a dump taken before
 * a run with one taken after, to show what a run changed (nothing, on a read-only run against a shared target).
 */
import type { MockState } from './state';

/** Every table's rows, by table name, deep-copied. */
export type StoreDump = Record<keyof MockState, unknown[]>;

/** Dumps the database; a later change to the store does not show in an earlier dump. */
export function exportStore(state: MockState): StoreDump {
  const copy = (rows: unknown[]): unknown[] => JSON.parse(JSON.stringify(rows)) as unknown[];
  return {
    images: copy(state.images.all()),
    failedIntegrations: copy(state.failedIntegrations.all()),
    cancellationReasons: copy(state.cancellationReasons.all()),
  };
}
