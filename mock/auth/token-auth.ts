/** DRF TokenAuthentication as Omnitron and the OMS use it: `Authorization: Token <key>`. */
import { timingSafeEqual } from 'node:crypto';
import { json, type MockResponse } from '../http/mock-response';

/** Decides whether a request's Authorization header is accepted; answers the 401 to send when it is not. */
export type Authenticator = (authorization: string | undefined, tokens: readonly string[]) => MockResponse | undefined;

const CHALLENGE = { 'WWW-Authenticate': 'Token' };

/** The 401 for a request that carries no credentials. */
export function notAuthenticated(): MockResponse {
  return json(401, { detail: 'Authentication credentials were not provided.', code: 'not_authenticated' }, CHALLENGE);
}

/** The 401 for credentials that are present but wrong or malformed. */
export function invalidToken(): MockResponse {
  return json(401, { detail: 'Invalid token.', code: 'authentication_failed' }, CHALLENGE);
}

function sameKey(given: string, known: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(known);
  // Constant-time comparison, so the mock does not teach clients a timing side channel as acceptable.
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The keyword is matched case-insensitively, like DRF. Unlike DRF, any other scheme (`Bearer x`) or a header with
 * no key or several words counts as an invalid token rather than as absent credentials: the API tells the client its
 * header is wrong instead of pretending it sent none.
 */
export const tokenAuthenticator: Authenticator = (authorization, tokens) => {
  if (authorization === undefined || authorization.trim() === '') return notAuthenticated();
  const words = authorization.trim().split(/\s+/);
  if (words.length !== 2 || words[0]?.toLowerCase() !== 'token') return invalidToken();
  const key = words[1] as string;
  return tokens.some((known) => sameKey(key, known)) ? undefined : invalidToken();
};
