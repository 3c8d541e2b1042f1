/** Turns a write request's raw body into a JSON value, or the DRF-style error response that explains why not. */
import type { IncomingMessage } from 'node:http';
import { readBody } from './read-body';
import { json, type MockResponse } from './mock-response';

/** A parsed body, or the response to send instead. `value` is wrapped so that a JSON `null` stays distinguishable. */
export type JsonBodyResult = { kind: 'json'; value: unknown } | { kind: 'error'; response: MockResponse } | { kind: 'aborted' };

/** True for `application/json`, with or without parameters such as `charset=utf-8`. */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  return header.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Reads and parses a JSON body. An empty body reads as `{}` (DRF's parser yields empty data, so required-field
 * errors follow). Writes must declare `application/json`; any other media type (or none) is answered 415 with DRF's
 * message, as DRF's parser negotiation does (RFC 9110 section 15.5.16; documented by specs/omnitron/overlays/11).
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBodyResult> {
  const contentType = req.headers['content-type'];
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return { kind: 'error', response: tooLarge(maxBytes) };
  if (!isJsonContentType(contentType)) {
    const shown = contentType === undefined ? '' : contentType;
    return {
      kind: 'error',
      response: json(415, { detail: `Unsupported media type "${shown}" in request.` }),
    };
  }
  const read = await readBody(req, maxBytes);
  if (read.kind === 'aborted') return read;
  if (read.kind === 'too-large') return { kind: 'error', response: tooLarge(maxBytes) };
  const text = read.bytes.toString('utf8');
  if (text.trim() === '') return { kind: 'json', value: {} };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'error', response: json(400, { detail: `JSON parse error - ${reason}` }) };
  }
}

function tooLarge(maxBytes: number): MockResponse {
  return json(413, { detail: `Request body exceeds the limit of ${maxBytes} bytes.`, code: 'request_too_large' });
}
