/**
 * `POST /api/v1/auth/login/`: the login Akinon's Python SDK uses (`auth/login/` under the API root), as
 * dj-rest-auth answers it: `{"username", "password"}` → 200 `{"key": "<token>"}`, wrong or missing credentials →
 * 400 with DRF's messages. Not part of the published pages; documented as an addition in
 * specs/omnitron/overlays/optional/login.yaml. Issued keys are accepted like the configured tokens; for the
 * suite's renewal test the first one can be made to expire after a number of requests.
 */
import { randomBytes } from 'node:crypto';
import { json } from '../http/mock-response';
import type { Handler } from '../http/request-context';

/** The seeded user: `conformance` / `conformance-dev-password` (override with the mock's `users` option). */
export const DEVELOPMENT_USERS: Readonly<Record<string, string>> = { conformance: 'conformance-dev-password' };

/** The keys the login endpoint has issued, and how often each was used. */
export class LoginKeys {
  private readonly issued = new Map<string, { uses: number; expiresAfter?: number }>();

  /** `expireFirstAfter`: the first key issued answers 401 after this many authenticated requests. */
  constructor(private readonly expireFirstAfter?: number) {}

  /** A new random key (40 hex digits, like DRF's Token). */
  issue(): string {
    const key = randomBytes(20).toString('hex');
    this.issued.set(key, { uses: 0, expiresAfter: this.issued.size === 0 ? this.expireFirstAfter : undefined });
    return key;
  }

  /** Keys still accepted. */
  live(): string[] {
    return [...this.issued].filter(([, k]) => k.expiresAfter === undefined || k.uses < k.expiresAfter).map(([key]) => key);
  }

  /** Counts one accepted request made with this Authorization header (other tokens are not counted). */
  used(authorization: string | undefined): void {
    const key = authorization?.trim().split(/\s+/)[1];
    const entry = key === undefined ? undefined : this.issued.get(key);
    if (entry) entry.uses++;
  }

  /** Every key issued, in order (tests search outputs for them). */
  keys(): string[] {
    return [...this.issued.keys()];
  }

  /** How many keys were issued (the renewal test counts logins). */
  get count(): number {
    return this.issued.size;
  }
}

/** The login operation: checks the user's password, answers a fresh key. */
export const login: Handler = (context) => {
  const body = context.body as Record<string, unknown> | null | undefined;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return json(400, { non_field_errors: ['Invalid data. Expected a dictionary.'] });
  const missing: Record<string, string[]> = {};
  for (const field of ['username', 'password']) if (typeof body[field] !== 'string' || body[field] === '') missing[field] = ['This field is required.'];
  if (Object.keys(missing).length > 0) return json(400, missing);
  const known = context.options.users[body.username as string];
  if (known === undefined || known !== body.password) return json(400, { non_field_errors: ['Unable to log in with provided credentials.'] });
  return json(200, { key: context.options.logins.issue() });
};
