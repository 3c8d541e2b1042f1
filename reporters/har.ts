/**
 * Every exchange of a run as an HTTP Archive (HAR 1.2), `<report>/exchanges.har`, for browsers' and proxies' HAR
 * viewers. Entries are streamed to the file as the `exchange` events arrive, so a long run holds none in memory;
 * bodies are cut at BODY_LIMIT. Requests are recorded as reports show them (credentials already replaced by the
 * placeholder), and every string is passed through the token filter once more on its way out.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Exchange } from '../engine/exchange';
import type { RunEvents } from '../engine/events';
import { redact } from '../engine/credentials';

/** Bodies longer than this are cut in the archive (the comment says so). */
const BODY_LIMIT = 64 * 1024;

/**
 * Entries are handed to the stream in chunks of about this many characters: one stream write per entry cost
 * ~1.5 s of the run thread's CPU in a `--runs 200` profile (a buffer and a write request each); a long run still
 * holds no more than one chunk.
 */
const CHUNK_CHARS = 256 * 1024;

/** One HAR name/value pair. */
interface Pair {
  name: string;
  value: string;
}

function pairs(record: Record<string, string | undefined>): Pair[] {
  return Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined).map(([name, value]) => ({ name, value }));
}

function cut(text: string): { text: string; cut: boolean } {
  return text.length > BODY_LIMIT ? { text: text.slice(0, BODY_LIMIT), cut: true } : { text, cut: false };
}

/** The verdicts that failed, for the entry's comment: a reader of the archive sees which requests broke what. */
function failedChecks(exchange: Exchange): string[] {
  return exchange.verdicts.filter((v) => v.status === 'failed').map((v) => v.name);
}

/** One HAR entry for an exchange sent to `baseUrl`. */
export function harEntry(exchange: Exchange, baseUrl: string, startedAt: Date): Record<string, unknown> {
  const { request, response } = exchange;
  const url = new URL(request.path, `${baseUrl.replace(/\/$/, '')}/`);
  const body = request.body === undefined ? undefined : cut(String(request.body));
  const responseText = cut(response?.text ?? '');
  const contentType = (headers: Record<string, string>): string => Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  const failed = failedChecks(exchange);
  const comment = [
    `${exchange.testCase.operation.id} · ${exchange.testCase.phase}`,
    failed.length > 0 ? `failed: ${failed.join('; ')}` : '',
    exchange.transportError ? `no response: ${exchange.transportError}` : '',
    body?.cut || responseText.cut ? `bodies cut at ${BODY_LIMIT} characters` : '',
  ].filter(Boolean).join(' · ');
  const elapsed = Math.max(0, response?.elapsedMs ?? 0);
  return {
    startedDateTime: startedAt.toISOString(),
    time: elapsed,
    request: {
      method: request.method.toUpperCase(),
      url: url.toString(),
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(request.headers),
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      ...(body ? { postData: { mimeType: contentType(request.headers) || 'application/octet-stream', text: body.text } } : {}),
      headersSize: -1,
      bodySize: body ? Buffer.byteLength(body.text) : 0,
    },
    response: {
      // HAR's convention for a request that got no answer (browsers write the same).
      status: response?.status ?? 0,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(response?.headers ?? {}),
      content: { size: Buffer.byteLength(responseText.text), mimeType: contentType(response?.headers ?? {}) || 'x-unknown', text: responseText.text },
      redirectURL: response?.headers.location ?? '',
      headersSize: -1,
      bodySize: response ? Buffer.byteLength(responseText.text) : -1,
    },
    cache: {},
    timings: { send: 0, wait: elapsed, receive: 0 },
    comment,
  };
}

/** A HAR file being written. */
export interface HarWriter {
  file: string;
  /** Entries written so far. */
  readonly entries: number;
  /** Stops listening, closes the archive and resolves when it is on disk. */
  close(): Promise<void>;
}

/** Starts writing `file` from the session's exchange events (blocked cases, never sent, are left out). */
export function writeHar(session: { events: RunEvents; secrets: readonly string[] }, baseUrl: string, file: string, creator = { name: 'omnitron-conformance', version: '0.1.0' }): HarWriter {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const out = fs.createWriteStream(file);
  out.write(`{"log":{"version":"1.2","creator":${JSON.stringify(creator)},"pages":[],"entries":[\n`);
  let entries = 0;
  let chunk = '';
  const stop = session.events.on((event) => {
    if (event.type !== 'exchange' || event.exchange.blocked) return;
    const startedAt = new Date(Date.now() - (event.exchange.response?.elapsedMs ?? 0));
    chunk += `${entries > 0 ? ',\n' : ''}${redact(JSON.stringify(harEntry(event.exchange, baseUrl, startedAt)), session.secrets)}`;
    entries++;
    if (chunk.length >= CHUNK_CHARS) {
      out.write(chunk);
      chunk = '';
    }
  });
  return {
    file,
    get entries() {
      return entries;
    },
    close: () => {
      stop();
      return new Promise<void>((resolve, reject) => {
        out.end(`${chunk}\n]}}\n`, () => resolve());
        out.once('error', reject);
      });
    },
  };
}
