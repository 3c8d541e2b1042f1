/** Fetches Omnitron's cancellation reasons from an upstream list URL, following `next` links. */
import type { OmnitronReason } from '../models/cancellation-reason';

/** Where to pull from and with which key. */
export interface UpstreamSource {
  url: string;
  token?: string;
}

// Stops a misbehaving upstream whose `next` links loop from keeping the pull running forever.
const MAX_PAGES = 1000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads one upstream item; Omnitron calls the ordering field `order` on some versions, so both are accepted. */
export function toOmnitronReason(item: unknown): OmnitronReason {
  if (!isRecord(item) || !Number.isInteger(item.id) || typeof item.subject !== 'string') {
    throw new Error(`upstream reason without an integer id and a subject: ${JSON.stringify(item)}`);
  }
  const ordering = item.ordering ?? item.order;
  return {
    id: item.id as number,
    cancellation_type: typeof item.cancellation_type === 'string' ? item.cancellation_type : 'cancel',
    subject: item.subject,
    extra_information_needed: item.extra_information_needed === true,
    ordering: Number.isInteger(ordering) ? (ordering as number) : 100,
    is_active: item.is_active !== false,
  };
}

/** Every reason the upstream lists, in its order; throws a one-line error when the upstream fails or answers nonsense. */
export async function fetchOmnitronReasons(source: UpstreamSource): Promise<OmnitronReason[]> {
  const reasons: OmnitronReason[] = [];
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (source.token !== undefined) headers.Authorization = `Token ${source.token}`;
  let url: string | null = source.url;
  for (let pages = 0; url !== null; pages++) {
    if (pages >= MAX_PAGES) throw new Error(`upstream lists more than ${MAX_PAGES} pages`);
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`upstream answered ${response.status} for ${url}`);
    const body: unknown = await response.json();
    if (!isRecord(body) || !Array.isArray(body.results)) throw new Error(`upstream ${url} did not answer an envelope list`);
    reasons.push(...body.results.map(toOmnitronReason));
    url = typeof body.next === 'string' && body.next !== '' ? new URL(body.next, url).toString() : null;
  }
  return reasons;
}
