/**
 * A Target wrapper that keeps a run polite towards a shared server: every request passes the load gate
 * (--concurrency, --rps), a 429 holds all traffic for its Retry-After, and a request is re-sent only when that
 * cannot do harm: it is idempotent, and it failed on the connection (refused, reset) or was turned away with 429.
 * A timeout is never retried: the request may have been processed, and a slow server must show up as slow.
 */
import { createLoadGate, type LoadLimits } from './load-gate';
import { retryAfterMs } from './retry-after';
import { TransportError } from './http-target';
import type { SendOptions, Target, WireResponse } from './target';
import type { WireRequest } from '../model/case';

/** How a polite target retries and backs off. */
export interface PolitenessOptions extends LoadLimits {
  /** Re-sends after a connection error or a 429, idempotent requests only. */
  retries: number;
  /** First back-off after a connection error; doubled on each retry. */
  backoffMs: number;
  /** Longest Retry-After honoured; a longer one is cut to this (a run must end). */
  maxRetryAfterMs: number;
  /** Back-off after a 429 without a readable Retry-After. */
  defaultRetryAfterMs: number;
}

/** Transport error codes that mean the connection failed, not that the server was slow. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'reset', 'body']);

const DEFAULTS: PolitenessOptions = { concurrency: 16, retries: 2, backoffMs: 200, maxRetryAfterMs: 60_000, defaultRetryAfterMs: 1000 };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** True for a transport error worth one more attempt. */
export function isConnectionError(err: unknown): boolean {
  return err instanceof TransportError && CONNECTION_CODES.has(err.code);
}

/** Wraps `inner` so that all its traffic obeys the load limits and the retry rules. */
export function politeTarget(inner: Target, options: Partial<PolitenessOptions> = {}): Target {
  const settings = { ...DEFAULTS, ...options };
  const gate = createLoadGate(settings);

  async function once(request: WireRequest): Promise<WireResponse> {
    const release = await gate.acquire();
    try {
      return await inner.send(request);
    } finally {
      release();
    }
  }

  async function send(request: WireRequest, sendOptions: SendOptions = {}): Promise<WireResponse> {
    const retryable = sendOptions.idempotent === true;
    for (let attempt = 0; ; attempt++) {
      let response: WireResponse;
      try {
        response = await once(request);
      } catch (err) {
        if (!retryable || attempt >= settings.retries || !isConnectionError(err)) throw err;
        await sleep(settings.backoffMs * 2 ** attempt);
        continue;
      }
      if (response.status !== 429) return response;
      const wait = Math.min(retryAfterMs(response.headers['retry-after']) ?? settings.defaultRetryAfterMs, settings.maxRetryAfterMs);
      // Honoured for every request, retried or not: the server asked the whole client to slow down.
      gate.pauseFor(wait);
      if (!retryable || attempt >= settings.retries) return response;
    }
  }

  return { name: inner.name, baseUrl: inner.baseUrl, send, close: () => inner.close() };
}
