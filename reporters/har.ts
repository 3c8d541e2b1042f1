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
import type { WireRequest } from '../model/case';
import type { WireResponse } from '../targets/target';
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

/**
 * What an entry is built from: the parts of an Exchange it reads, so that the reporter thread (reporters/worker/)
 * can hand it a rebuilt record instead of a whole exchange.
 */
export interface HarExchange {
  testCase: { phase: string; operation: { id: string } };
  request: WireRequest;
  response?: Pick<WireResponse, 'status' | 'headers' | 'text' | 'elapsedMs'>;
  transportError?: string;
  verdicts: readonly { name: string; status: string }[];
}

/** The verdicts that failed, for the entry's comment: a reader of the archive sees which requests broke what. */
function failedChecks(exchange: HarExchange): string[] {
  return exchange.verdicts.filter((v) => v.status === 'failed').map((v) => v.name);
}

/** One HAR entry for an exchange sent to `baseUrl`. */
export function harEntry(exchange: HarExchange, baseUrl: string, startedAt: Date): Record<string, unknown> {
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

/** A HAR file open for entries, fed by whoever holds the exchanges (the run thread's events or the reporter thread). */
export interface HarFile {
  file: string;
  /** Entries written so far. */
  readonly entries: number;
  /** Adds one entry, its strings passed through the token filter with the secrets known now. */
  add(exchange: HarExchange, startedAt: Date): void;
  /** Closes the archive and resolves when it is on disk. */
  close(): Promise<void>;
}

/** Creates `file` and writes the archive's head; `secrets` is read per entry (a login can add one mid-run). */
export function openHarFile(file: string, baseUrl: string, secrets: () => readonly string[], creator = { name: 'omnitron-conformance', version: '0.1.0' }): HarFile {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const out = fs.createWriteStream(file);
  out.write(`{"log":{"version":"1.2","creator":${JSON.stringify(creator)},"pages":[],"entries":[\n`);
  let entries = 0;
  let chunk = '';
  return {
    file,
    get entries() {
      return entries;
    },
    add(exchange, startedAt) {
      chunk += `${entries > 0 ? ',\n' : ''}${redact(JSON.stringify(harEntry(exchange, baseUrl, startedAt)), secrets())}`;
      entries++;
      if (chunk.length >= CHUNK_CHARS) {
        out.write(chunk);
        chunk = '';
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        out.end(`${chunk}\n]}}\n`, () => resolve());
        out.once('error', reject);
      }),
  };
}

/** When the entry for an exchange seen now started: its response's elapsed time ago. */
export function startedAtOf(exchange: Pick<Exchange, 'response'>, now = Date.now()): number {
  return now - (exchange.response?.elapsedMs ?? 0);
}

/** Starts writing `file` from the session's exchange events (blocked cases, never sent, are left out). */
export function writeHar(session: { events: RunEvents; secrets: readonly string[] }, baseUrl: string, file: string, creator = { name: 'omnitron-conformance', version: '0.1.0' }): HarWriter {
  const har = openHarFile(file, baseUrl, () => session.secrets, creator);
  const stop = session.events.on((event) => {
    if (event.type !== 'exchange' || event.exchange.blocked) return;
    har.add(event.exchange, new Date(startedAtOf(event.exchange)));
  });
  return {
    file,
    get entries() {
      return har.entries;
    },
    close: () => {
      stop();
      return har.close();
    },
  };
}
