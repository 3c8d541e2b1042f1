/** What the differential test compares of a response: status, media type, body shape and error messages. */
import type { WireResponse } from '../../../targets/target';

/** The comparable parts of one response. */
export interface Observation {
  status: number;
  /** The media type without parameters, lower case; `none` for an empty body without a Content-Type. */
  mediaType: string;
  /** Keys and JSON types of a JSON body (`{a:integer,b:[{...}]}`), `text` for a non-JSON body, `empty` for none. */
  shape: string;
  /** For error answers (4xx/5xx) with a JSON body: every string in it, by JSON pointer. */
  messages: string;
}

/** The aspects compared, in the order a difference is reported. */
export const ASPECTS = ['status', 'mediaType', 'shape', 'messages'] as const;
/** One compared aspect. */
export type Aspect = (typeof ASPECTS)[number];

/** The type name of a JSON value: integer and number are told apart, as a schema tells them apart. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * The shape of a JSON value: objects list their keys (sorted) with the shapes of their values, arrays the distinct
 * shapes of their items; values themselves are left out (the two servers' rows differ in dates and ids).
 */
export function jsonShape(value: unknown): string {
  if (Array.isArray(value)) return `[${[...new Set(value.map(jsonShape))].sort().join('|')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${key}:${jsonShape(item)}`).join(',')}}`;
  }
  return typeName(value);
}

function strings(value: unknown, pointer: string, out: string[]): void {
  if (typeof value === 'string') out.push(`${pointer}=${value}`);
  else if (Array.isArray(value)) value.forEach((item, index) => strings(item, `${pointer}/${index}`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) strings(item, `${pointer}/${key}`, out);
  }
}

/** The comparable parts of a response. */
export function observe(response: WireResponse): Observation {
  const contentType = response.headers['content-type'];
  const mediaType = contentType === undefined || contentType === '' ? 'none' : (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const isJson = response.json !== undefined && /json/.test(mediaType);
  const shape = response.text === '' ? 'empty' : isJson ? jsonShape(response.json) : 'text';
  const messages: string[] = [];
  if (response.status >= 400 && isJson) strings(response.json, '', messages);
  return { status: response.status, mediaType, shape, messages: messages.join(' ; ') };
}

/** The aspects in which two observations differ, with both sides' values as text. */
export function differences(mock: Observation, drf: Observation): { aspect: Aspect; mock: string; drf: string }[] {
  return ASPECTS.filter((aspect) => String(mock[aspect]) !== String(drf[aspect])).map((aspect) => ({ aspect, mock: String(mock[aspect]), drf: String(drf[aspect]) }));
}
