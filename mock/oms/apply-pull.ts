/** Copies Omnitron's reasons into the OMS table: update in place by omnitron_id, insert the new ones. */
import { drfDateTime } from '../data/dates';
import type { CancellationReason, OmnitronReason } from '../models/cancellation-reason';
import type { Table } from '../store/table';

/**
 * Upserts synchronously (callers fetch first, then call this once), so two concurrent pulls can never insert the
 * same omnitron_id twice. A row whose values did not change keeps its modified_date.
 */
export function applyPull(table: Table<CancellationReason>, reasons: readonly OmnitronReason[], now: Date): void {
  const stamp = drfDateTime(now);
  const byOmnitronId = new Map(table.all().map((row) => [row.omnitron_id, row]));
  for (const reason of reasons) {
    const values = {
      cancellation_type: reason.cancellation_type,
      subject: reason.subject,
      extra_information_needed: reason.extra_information_needed,
      ordering: reason.ordering,
      is_active: reason.is_active,
    };
    const existing = byOmnitronId.get(reason.id);
    if (existing === undefined) {
      const created = table.insert((id) => ({ id, ...values, created_date: stamp, modified_date: stamp, omnitron_id: reason.id }));
      byOmnitronId.set(reason.id, created);
      continue;
    }
    const changed = (Object.keys(values) as (keyof typeof values)[]).some((key) => existing[key] !== values[key]);
    if (changed) table.replace(existing.id, { ...existing, ...values, modified_date: stamp });
  }
}
