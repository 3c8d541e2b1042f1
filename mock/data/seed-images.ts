/** Deterministic cancellation request images for the seeded channels. */
import type { Prng } from './prng';
import { drfDateTime } from './dates';
import { repeat, shuffled } from './shuffle';
import type { IntegrationStatus, StoredImage } from '../models/image';
import type { Table } from '../store/table';

/** How many images of each integration status a channel starts with. */
export interface ImageMix {
  channel: number;
  new: number;
  changed: number;
  unchanged: number;
}

/**
 * The seeded image mix: channels 1 and 2 hold enough images that every list (and inserts/, updates/,
 * inserts_or_updates/) spans several pages at the default limit of 10; channel 3 holds a handful.
 */
export const IMAGE_MIX: readonly ImageMix[] = [
  { channel: 1, new: 14, changed: 11, unchanged: 10 },
  { channel: 2, new: 13, changed: 12, unchanged: 10 },
  { channel: 3, new: 2, changed: 1, unchanged: 1 },
];

const DESCRIPTIONS = [
  'Kargo kutusu ezik geldi',
  'Ürünün ön yüzünde çizik var',
  'Yanlış renk gönderilmiş',
  'Etiket ile beden uyuşmuyor',
  'Ambalaj açılmış olarak teslim edildi',
  'Ürünün dikiş yeri sökük',
  'Fatura ile ürün farklı',
  'Kırık parça fotoğrafı',
  'Lekeli ürün',
  'Eksik aksesuar',
];
const COLORS = ['red', 'blue', 'black', 'white'];
const SIZES = ['S', 'M', 'L', 'XL'];
const SIDES = ['front', 'back', 'detail'];
const UPLOADERS = [3, 7, 12, 15, 21];
const HEX = '0123456789abcdef';
const START = Date.UTC(2023, 5, 1, 8, 0, 0);

/** The cancellation requests a channel's images belong to: a small pool, so that filtering by one finds several. */
function cancellationRequestsOf(channel: number): number[] {
  return Array.from({ length: 8 }, (_, k) => channel * 1000 + 100 + k + 1);
}

function fileName(prng: Prng): string {
  return Array.from({ length: 16 }, () => prng.pick([...HEX])).join('');
}

function attributesFor(prng: Prng): Record<string, string> {
  const attributes: Record<string, string> = { color: prng.pick(COLORS) };
  if (prng.chance(0.7)) attributes.size = prng.pick(SIZES);
  if (prng.chance(0.5)) attributes.side = prng.pick(SIDES);
  return attributes;
}

/** Inserts the seeded images, channels interleaved (their ids mix like rows of one database table). */
export function seedImages(table: Table<StoredImage>, prng: Prng): void {
  const slots: { channel: number; status: IntegrationStatus }[] = [];
  for (const mix of IMAGE_MIX) {
    const statuses = shuffled(
      [...repeat<IntegrationStatus>('new', mix.new), ...repeat<IntegrationStatus>('changed', mix.changed), ...repeat<IntegrationStatus>('unchanged', mix.unchanged)],
      prng,
    );
    for (const status of statuses) slots.push({ channel: mix.channel, status });
  }
  let clock = START;
  for (const slot of shuffled(slots, prng)) {
    clock += prng.int(5, 600) * 60_000 + prng.int(0, 59_999);
    const created = new Date(clock);
    // A changed image was modified after it was last integrated; the others were not touched since creation.
    const modified = slot.status === 'changed' ? new Date(clock + prng.int(1, 72) * 3_600_000) : created;
    const createdMicros = prng.int(0, 999);
    const day = created.toISOString().slice(0, 10).replace(/-/g, '/');
    table.insert((id) => ({
      channel: slot.channel,
      status: slot.status,
      fields: {
        id,
        cancellation_request: prng.pick(cancellationRequestsOf(slot.channel)),
        image: `https://cdn-omnitron.akinon.net/cancellation_request_images/${day}/${fileName(prng)}.jpg`,
        description: prng.pick(DESCRIPTIONS),
        attributes: attributesFor(prng),
        uploaded_by: prng.pick(UPLOADERS),
        created_date: drfDateTime(created, createdMicros),
        modified_date: drfDateTime(modified, slot.status === 'changed' ? prng.int(0, 999) : createdMicros),
      },
    }));
  }
}
