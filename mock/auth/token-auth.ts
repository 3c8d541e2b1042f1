/** DRF TokenAuthentication as Omnitron and the OMS use it: `Authorization: Token <key>`. */
import { timingSafeEqual } from 'node:crypto';
import { json, type MockResponse } from '../http/mock-response';

/** Decides whether a request's Authorization header is accepted; answers the 401 to send when it is not. */
export type Authenticator = (authorization: string | undefined, tokens: readonly string[]) => MockResponse | undefined;

const CHALLENGE = { 'WWW-Authenticate': 'Token' };

/** The 401 for a request that carries no credentials. */
export function notAuthenticated(): MockResponse {
  return json(401, { detail: 'Authentication credentials were not provided.' }, CHALLENGE);
}

/** The 401 for credentials that are present but wrong or malformed. */
export function invalidToken(detail = 'Invalid token.'): MockResponse {
  return json(401, { detail }, CHALLENGE);
}

function sameKey(given: string, known: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(known);
  // Constant-time comparison, so the mock does not teach clients a timing side channel as acceptable.
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * DRF's TokenAuthentication, message for message (the differential test compares them with a DRF server): the
 * keyword is matched case-insensitively; another scheme (`Bearer x`) or a bare key is no Token credential at all
 * (not authenticated); the keyword alone or a key with spaces is a malformed header; a well-formed unknown key is
 * an invalid token.
 */
export const tokenAuthenticator: Authenticator = (authorization, tokens) => {
  const words = (authorization ?? '').trim().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0 || words[0]?.toLowerCase() !== 'token') return notAuthenticated();
  if (words.length === 1) return invalidToken('Invalid token header. No credentials provided.');
  if (words.length > 2) return invalidToken('Invalid token header. Token string should not contain spaces.');
  const key = words[1] as string;
  return tokens.some((known) => sameKey(key, known)) ? undefined : invalidToken();
};
