import type { HttpMethod } from './operation';

/**
 * The id of an operation the document leaves unnamed: method and path, lower-cased, every run of characters other
 * than letters and digits turned into one `_`, edges trimmed. `GET /api/v1/channel/{channel_id}/items/{id}/`
 * becomes `get_api_v1_channel_channel_id_items_id`. It depends on nothing but the method and path, so it is stable
 * across runs and document edits elsewhere.
 */
export function deriveOperationId(method: HttpMethod, path: string): string {
  const slug = `${method}_${path}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return slug;
}

/** Makes an id unique among those already taken by suffixing `_2`, `_3`, ...; records it as taken. */
export function claimUniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}_${n}`;
  taken.add(unique);
  return unique;
}
