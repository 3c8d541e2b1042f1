/**
 * Writes the DRF target's seed fixture from the embedded server's seeded database, so that both targets start with
 * the same rows (same ids, channels, values): `node --require tsx/cjs reference/drf/tools/export-seed.ts`.
 * test/reference/seed-fixture.test.ts fails when the committed fixture drifts from the embedded seed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSeededState } from '../../../mock/data/seed';
import { EMBEDDED_OMNITRON_REASONS } from '../../../mock/data/omnitron-reasons';

/** The fixture file loaddata reads. */
export const SEED_FIXTURE = path.join(__dirname, '..', 'omnitron', 'fixtures', 'seed.json');
/** The embedded copy of Omnitron's reasons the OMS pull reads. */
export const REASONS_FILE = path.join(__dirname, '..', 'oms', 'omnitron_reasons.json');

/** One Django fixture row. */
interface FixtureRow {
  model: string;
  pk: number;
  fields: Record<string, unknown>;
}

/** The rows of the embedded seed (seed 1, the default of both targets) as a Django fixture. */
export function seedFixture(seed = 1): FixtureRow[] {
  const state = buildSeededState(seed);
  const channels = new Set<number>([1, 2, 3]);
  for (const image of state.images.all()) channels.add(image.channel);
  for (const row of state.failedIntegrations.all()) channels.add(row.channel);
  const rows: FixtureRow[] = [...channels].sort((a, b) => a - b).map((pk) => ({ model: 'omnitron.channel', pk, fields: { name: `Channel ${pk}` } }));
  for (const { channel, status, fields } of state.images.all()) {
    const { id, ...rest } = fields;
    // The integration status the embedded server stores becomes the date the channel last integrated the image.
    const integrated = status === 'new' ? null : status === 'changed' ? fields.created_date : fields.modified_date;
    rows.push({ model: 'omnitron.saleschannelcancellationrequestimage', pk: id, fields: { ...rest, channel, integrated_date: integrated } });
  }
  for (const { pk, ...fields } of state.failedIntegrations.all()) {
    rows.push({ model: 'omnitron.saleschannelfailedintegration', pk, fields });
  }
  return rows;
}

/** The embedded Omnitron reasons, as the OMS pull reads them. */
export function omnitronReasons(): unknown[] {
  return EMBEDDED_OMNITRON_REASONS.map((reason) => ({ ...reason }));
}

if (require.main === module) {
  writeFileSync(SEED_FIXTURE, `${JSON.stringify(seedFixture(), null, 1)}\n`);
  writeFileSync(REASONS_FILE, `${JSON.stringify(omnitronReasons(), null, 1)}\n`);
  process.stdout.write(`wrote ${SEED_FIXTURE} and ${REASONS_FILE}\n`);
}
