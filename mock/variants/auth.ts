/** Variants that let through requests whose credentials are missing, wrong or malformed. */
import type { Variant } from './variant';
import { tokenAuthenticator, type Authenticator } from '../auth/token-auth';

/** Checks the header's form but never the key: any `Token <something>` passes. */
const anyKey: Authenticator = (authorization, tokens) => {
  const words = (authorization ?? '').trim().split(/\s+/);
  if (words.length === 2 && words[0]?.toLowerCase() === 'token') return undefined;
  return tokenAuthenticator(authorization, tokens);
};

/** A request without an Authorization header is treated as authenticated (an anonymous fallback left on). */
const anonymousAllowed: Authenticator = (authorization, tokens) =>
  authorization === undefined || authorization.trim() === '' ? undefined : tokenAuthenticator(authorization, tokens);

/** A header with the keyword but no key falls through to the anonymous path instead of being refused. */
const keywordOnlyAllowed: Authenticator = (authorization, tokens) =>
  authorization !== undefined && authorization.trim().split(/\s+/).length === 1 ? undefined : tokenAuthenticator(authorization, tokens);

/** Any well-formed key is accepted. */
export const anyTokenAccepted: Variant = {
  name: 'any-token-accepted',
  area: 'auth',
  description: 'Any `Authorization: Token <key>` is accepted, whatever the key.',
  expectedCheck: 'secured operation rejects wrong credentials',
  overrides: () => ({ authenticate: anyKey }),
};

/** No credentials at all are accepted. */
export const missingCredentialsAccepted: Variant = {
  name: 'missing-credentials-accepted',
  area: 'auth',
  description: 'A request without an Authorization header is served as if authenticated.',
  expectedCheck: 'secured operation rejects missing credentials',
  overrides: () => ({ authenticate: anonymousAllowed }),
};

/** A header of one word (`Token` with no key) is accepted. */
export const malformedHeaderAccepted: Variant = {
  name: 'malformed-header-accepted',
  area: 'auth',
  description: 'An Authorization header of a single word (`Token` without a key) is served as if authenticated.',
  expectedCheck: 'secured operation rejects malformed credentials',
  overrides: () => ({ authenticate: keywordOnlyAllowed }),
};

/** Every auth variant. */
export const authVariants: Variant[] = [anyTokenAccepted, missingCredentialsAccepted, malformedHeaderAccepted];
