/** A Target is where requests go: a staging base URL or the embedded reference server. */
import type { WireRequest } from '../model/case';

/** A response as the checks see it: status, lower-case headers, raw and parsed body, and timing. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  /** The raw body text (bodies are capped: see `truncated`). */
  text: string;
  /** `undefined` when the body is empty or does not parse; see `parseError`. */
  json?: unknown;
  parseError?: string;
  truncated: boolean;
  elapsedMs: number;
}

/** What the sender knows about a request beyond its bytes. */
export interface SendOptions {
  /** The request may be re-sent after a connection error without changing the outcome. */
  idempotent?: boolean;
}

/** Sends one request and resolves with the response, or rejects with a one-line transport error. */
export interface Target {
  name: string;
  baseUrl: string;
  send(request: WireRequest, options?: SendOptions): Promise<WireResponse>;
  close(): Promise<void>;
}
