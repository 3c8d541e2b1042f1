/**
 * Fetches a spec document (or a file its $refs name) over HTTP(S). Node's fetch, with what a spec download needs
 * and fetch leaves to the caller: a timeout, a size cap, redirects followed by hand so that credentials never
 * travel to another origin, credentials sent only when the server asks for them (401/403), and every failure as
 * one SpecError line that names the URL and never a credential.
 */
import { SpecError } from './errors';

/** How to fetch. */
export interface FetchOptions {
  /** Headers that carry the run's credentials; sent only to `credentialOrigin`, and only after a 401/403. */
  credentials?: Record<string, string>;
  /** The origin (`https://host:port`) the credentials belong to: the run's target. */
  credentialOrigin?: string;
  timeoutMs?: number;
  maxBytes?: number;
  /** Called with the URL when it was served only with the credentials (refused without them first). */
  onAuthenticated?: (url: string) => void;
}

const MAX_REDIRECTS = 5;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** True for an http(s) URL (what `--spec` fetches instead of reading a file). */
export function isSpecUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

/** The URL parsed, or a SpecError saying it is not one. */
export function parseSpecUrl(text: string): URL {
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // reported below
  }
  throw new SpecError(`${text}: not a valid http(s) URL`);
}

/** The body of `url` as text. */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<string> {
  let current = parseSpecUrl(url).href;
  let withCredentials = false;
  for (let hop = 0; hop <= MAX_REDIRECTS; ) {
    const mayAuthenticate = options.credentials !== undefined && options.credentialOrigin !== undefined && new URL(current).origin === options.credentialOrigin;
    const response = await request(url, current, withCredentials && mayAuthenticate ? options.credentials : undefined, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      current = new URL(location, current).href;
      hop++;
      continue;
    }
    if ((response.status === 401 || response.status === 403) && mayAuthenticate && !withCredentials) {
      await response.body?.cancel();
      withCredentials = true;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      const hint = response.status === 401 || response.status === 403 ? (mayAuthenticate ? ' (also with the run\'s credentials)' : ' (credentials are sent only to the --target origin)') : '';
      throw new SpecError(`${url}: cannot fetch the spec: HTTP ${response.status}${hint}`);
    }
    const text = await readCapped(url, response, options.maxBytes ?? DEFAULT_MAX_BYTES);
    if (withCredentials && mayAuthenticate) options.onAuthenticated?.(url);
    return text;
  }
  throw new SpecError(`${url}: cannot fetch the spec: more than ${MAX_REDIRECTS} redirects`);
}

async function request(shown: string, url: string, headers: Record<string, string> | undefined, timeoutMs: number): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, {
        headers: { accept: 'application/json, application/yaml;q=0.9, application/vnd.oai.openapi;q=0.9, */*;q=0.5', ...headers },
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      // A kept-alive socket the server closed meanwhile fails the next GET at once; one fresh try settles it.
      if (attempt === 1 && /ECONNRESET|UND_ERR_SOCKET/.test(transportReason(error, timeoutMs))) continue;
      throw new SpecError(`${shown}: cannot fetch the spec: ${transportReason(error, timeoutMs)}`);
    }
  }
}

function transportReason(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  return err.cause?.code ?? err.cause?.message ?? err.message ?? String(error);
}

async function readCapped(shown: string, response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new SpecError(`${shown}: cannot fetch the spec: larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}
