/** The value every pipeline stage and handler produces: a response not yet written to the socket. */

/**
 * A response to write. `body` undefined means an empty body (204, the OMS pull's 200); anything else is sent as
 * JSON. `rawBody`, when set, is sent byte for byte instead (only broken variants need it, e.g. to send invalid JSON).
 */
export interface MockResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string | Buffer;
}

/** A JSON response. */
export function json(status: number, body: unknown, headers?: Record<string, string>): MockResponse {
  return { status, body, headers };
}

/** A response with no body at all (no Content-Type either). */
export function empty(status: number): MockResponse {
  return { status };
}

/** DRF's 404 for a missing or foreign object, and for unknown routes. */
export function notFound(): MockResponse {
  return json(404, { detail: 'Not found.' });
}
