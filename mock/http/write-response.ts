/** Writes a MockResponse to Node's ServerResponse. */
import type { ServerResponse } from 'node:http';
import type { MockResponse } from './mock-response';

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

/**
 * Serialises and sends the response. A HEAD request gets the headers a GET would (length included) but no body,
 * as HTTP requires. A Content-Type the response already carries is kept, so a variant can send a wrong one.
 */
export function writeResponse(res: ServerResponse, response: MockResponse, isHead: boolean): void {
  const headers: Record<string, string> = { ...response.headers };
  let payload: Buffer | undefined;
  if (response.rawBody !== undefined) {
    payload = Buffer.from(response.rawBody);
  } else if (response.body !== undefined) {
    // DRF's JSONRenderer does not escape non-ASCII, so the Turkish subjects travel as UTF-8.
    payload = Buffer.from(JSON.stringify(response.body), 'utf8');
    if (!hasHeader(headers, 'content-type')) headers['Content-Type'] = 'application/json';
  }
  headers['Content-Length'] = String(payload?.length ?? 0);
  res.writeHead(response.status, headers);
  res.end(isHead ? undefined : payload);
}
