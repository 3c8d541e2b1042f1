/**
 * `--login PATH`: staging credentials are usually a user name and password. Like Akinon's Python SDK, the run
 * posts `{"username", "password"}` (CONFORMANCE_USERNAME / CONFORMANCE_PASSWORD, from the environment only, so
 * neither lands in a shell history or a process list) to the target's login endpoint and uses the key it returns
 * (`key`, `token` or `access`) with the scheme the document's security scheme names. After a 401 on an
 * authenticated request the run logs in again once and retries that request. The password and every key are
 * secrets of the session: redacted wherever the token is.
 */
import type { Target } from '../targets/target';
import { redact } from './credentials';
import { UsageError } from './config';

/** The fields of a login answer that can carry the key, in the order they are tried. */
const KEY_FIELDS = ['key', 'token', 'access'] as const;
/** Logins after the first, at most, in one run: a server that refuses every key must not see a login storm. */
const MAX_RENEWALS = 3;

/** A one-line reason the login did not give a key (exit code 2). */
export class LoginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoginError';
  }
}

/** The user name and password from the environment; a UsageError naming what is missing. */
export function loginCredentials(env: NodeJS.ProcessEnv): { username: string; password: string } {
  const username = env.CONFORMANCE_USERNAME;
  const password = env.CONFORMANCE_PASSWORD;
  const missing = [username ? undefined : 'CONFORMANCE_USERNAME', password ? undefined : 'CONFORMANCE_PASSWORD'].filter(Boolean);
  if (missing.length > 0) throw new UsageError(`--login needs ${missing.join(' and ')} in the environment (never as flags)`);
  return { username: username as string, password: password as string };
}

/** Logs in once; resolves with the key. Never lets the password or a key into its error message. */
export async function logIn(target: Target, path: string, credentials: { username: string; password: string }): Promise<string> {
  const request = {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ username: credentials.username, password: credentials.password }),
  };
  let status: number;
  let json: unknown;
  try {
    const response = await target.send(request, { idempotent: false });
    status = response.status;
    json = response.json;
  } catch (err) {
    throw new LoginError(redact(`login at ${path} failed: ${String((err as Error).message).split('\n')[0]}`, credentials.password));
  }
  const body = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const key = KEY_FIELDS.map((field) => body[field]).find((value): value is string => typeof value === 'string' && value !== '');
  if (status >= 200 && status < 300 && key) return key;
  const said = typeof body.detail === 'string' ? body.detail : Array.isArray(body.non_field_errors) ? String(body.non_field_errors[0]) : undefined;
  const why = status >= 200 && status < 300 ? `answered ${status} without a key, token or access field` : `answered ${status}${said ? ` (${said})` : ''}`;
  throw new LoginError(redact(`login at ${path} ${why}`, [credentials.password, key]));
}

/** The run's login: the current key, and one renewal shared by every request that saw the same key refused. */
export class LoginSession {
  private renewing?: Promise<string | undefined>;
  /** Logins after the first. */
  renewals = 0;

  constructor(
    private readonly target: Target,
    private readonly path: string,
    private readonly credentials: { username: string; password: string },
    /** Called with each new key (the session makes it the token and a secret). */
    private readonly onKey: (key: string) => void,
    public key: string,
  ) {}

  /**
   * A fresh key after `refused` was answered 401, or undefined when none can be had. Requests that saw the same
   * key refused share one login; a request that saw an older key refused just retries with the current one.
   */
  async renew(refused: string): Promise<string | undefined> {
    if (refused !== this.key) return this.key;
    if (this.renewing) return this.renewing;
    if (this.renewals >= MAX_RENEWALS) return undefined;
    this.renewals++;
    this.renewing = logIn(this.target, this.path, this.credentials).then(
      (key) => {
        this.key = key;
        this.onKey(key);
        return key;
      },
      () => undefined,
    );
    try {
      return await this.renewing;
    } finally {
      this.renewing = undefined;
    }
  }
}
