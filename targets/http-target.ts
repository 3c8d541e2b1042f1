/**
 * A Target over Node's own http/https clients with a keep-alive agent.
 * Hand-written on purpose: the fuzzing loop needs per-request timeouts, a body size cap that stops reading,
 * no redirect following (a redirect must never carry the token to another host) and one-line transport errors,
 * which supertest/superagent do not give together without extra round trips.
 */
import http from 'node:http';
import https from 'node:https';
import type { WireRequest } from '../model/case';
import type { Target, WireResponse } from './target';
import { lookupFor, resolvedAddress, type ResolveMap } from './resolve';

/** Options of an HTTP target. */
export interface HttpTargetOptions {
  /** Per-request timeout, connection to last byte. */
  timeoutMs: number;
  /** Bodies beyond this many bytes are cut and the response marked `truncated`. */
  maxBodyBytes: number;
  /** Sockets kept open per host. */
  maxSockets: number;
  /** Headers added to every request (auth); their values never appear in errors. */
  defaultHeaders: Record<string, string>;
  /** `--resolve` overrides: the base URL's host and port connect to this address (Host and TLS name unchanged). */
  resolve?: ResolveMap;
}

/** A transport-level failure (no HTTP response): refused, reset, timeout, TLS. Its message is one line. */
export class TransportError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'TransportError';
  }
}

const DEFAULTS: HttpTargetOptions = { timeoutMs: 10_000, maxBodyBytes: 10 * 1024 * 1024, maxSockets: 16, defaultHeaders: {} };

/** Creates a Target that sends requests to `baseUrl` (its path is a prefix of every request path). */
export function createHttpTarget(name: string, baseUrl: string, options: Partial<HttpTargetOptions> = {}): Target {
  const settings = { ...DEFAULTS, ...options };
  const base = new URL(baseUrl);
  const isHttps = base.protocol === 'https:';
  const agent = isHttps
    ? new https.Agent({ keepAlive: true, maxSockets: settings.maxSockets })
    : new http.Agent({ keepAlive: true, maxSockets: settings.maxSockets });
  const prefix = base.pathname.replace(/\/+$/, '');
  const port = Number(base.port || (isHttps ? 443 : 80));
  const address = resolvedAddress(settings.resolve, base.hostname, port);
  // The hostname stays the URL's, so the Host header and TLS SNI/certificate check name it; only the connection moves.
  const lookup = address === undefined ? undefined : lookupFor(address);
  const display = `${base.protocol}//${base.host}`;

  function send(request: WireRequest): Promise<WireResponse> {
    const started = performance.now();
    return new Promise<WireResponse>((resolve, reject) => {
      const headers: Record<string, string> = { ...settings.defaultHeaders, ...request.headers };
      if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
      const client = isHttps ? https : http;
      let settled = false;
      const fail = (message: string, code: string): void => {
        if (settled) return;
        settled = true;
        reject(new TransportError(message, code));
      };
      const req = client.request(
        {
          protocol: base.protocol,
          hostname: base.hostname,
          port,
          ...(lookup ? { lookup } : {}),
          method: request.method.toUpperCase(),
          path: prefix + request.path,
          headers,
          agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          let truncated = false;
          res.on('data', (chunk: Buffer) => {
            if (truncated) return;
            if (size + chunk.length > settings.maxBodyBytes) {
              chunks.push(chunk.subarray(0, settings.maxBodyBytes - size));
              size = settings.maxBodyBytes;
              truncated = true;
              finish();
              // Stop reading an oversized body: the socket is discarded rather than drained.
              res.destroy();
              return;
            }
            chunks.push(chunk);
            size += chunk.length;
          });
          res.on('end', finish);
          res.on('error', (err) => fail(`${display}: connection broken while reading the body (${errorText(err)})`, 'body'));
          res.on('aborted', () => fail(`${display}: connection reset mid-body`, 'reset'));
          function finish(): void {
            if (settled) return;
            if (!truncated && !res.complete) {
              fail(`${display}: connection reset mid-body after ${size} bytes`, 'reset');
              return;
            }
            settled = true;
            clearTimeout(timer);
            resolve(toWireResponse(res, Buffer.concat(chunks), truncated, performance.now() - started));
          }
        },
      );
      const timer = setTimeout(() => {
        fail(`${display}: no complete response within ${settings.timeoutMs} ms (${request.method.toUpperCase()} ${request.path.split('?')[0]})`, 'timeout');
        req.destroy();
      }, settings.timeoutMs);
      req.on('error', (err) => {
        clearTimeout(timer);
        fail(`${display}: ${errorText(err)}`, (err as NodeJS.ErrnoException).code ?? 'error');
      });
      if (request.body !== undefined) req.write(request.body);
      req.end();
    });
  }

  return {
    name,
    baseUrl: base.toString().replace(/\/$/, ''),
    send,
    async close() {
      agent.destroy();
    },
  };
}

/** Turns a Node error into one line without secrets (only codes and addresses). */
function errorText(err: Error): string {
  const e = err as NodeJS.ErrnoException & { address?: string; port?: number };
  if (e.code === 'ECONNREFUSED') return `connection refused${e.address ? ` at ${e.address}:${e.port}` : ''}`;
  if (e.code === 'ECONNRESET') return 'connection reset by peer';
  if (e.code === 'ENOTFOUND') return 'host not found';
  if (e.code && /CERT|SSL|TLS/.test(e.code)) return `TLS error ${e.code}`;
  return (e.code ? `${e.code}: ` : '') + String(e.message).split('\n')[0];
}

function toWireResponse(res: http.IncomingMessage, body: Buffer, truncated: boolean, elapsedMs: number): WireResponse {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(res.headers)) {
    if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  const text = body.toString('utf8');
  const response: WireResponse = { status: res.statusCode ?? 0, headers, text, truncated, elapsedMs };
  if (text.length > 0 && /json/i.test(headers['content-type'] ?? '')) {
    try {
      response.json = JSON.parse(text);
    } catch (err) {
      response.parseError = truncated ? `body cut at ${body.length} bytes` : (err as Error).message;
    }
  }
  return response;
}
