/**
 * How the run's token becomes request headers for an operation's security schemes, and the deliberately wrong
 * credentials the auth probes send.
 */
import type { AuthProbeKind } from '../model/case';
import type { Operation, SecurityScheme } from '../model/operation';

/** The placeholder that stands in for the token in every output. */
export const TOKEN_PLACEHOLDER = '${CONFORMANCE_TOKEN}';

/** Credentials to put on a request: headers, query parameters and cookies by name. */
export interface Credentials {
  headers: Record<string, string>;
  query: Record<string, string>;
  cookies: Record<string, string>;
}


/**
 * The value a scheme carries for a token. An apiKey in `Authorization` follows Django REST Framework's
 * `Token <key>` convention unless the token already names its own scheme (contains a space).
 */
export function credentialValue(scheme: SecurityScheme, token: string): string {
  if (scheme.type === 'http') {
    const kind = (scheme.scheme ?? 'bearer').toLowerCase();
    if (kind === 'basic') return `Basic ${token.includes(':') ? Buffer.from(token).toString('base64') : token}`;
    return `${kind === 'bearer' ? 'Bearer' : scheme.scheme} ${token}`;
  }
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return `Bearer ${token}`;
  if (scheme.in === 'header' && (scheme.paramName ?? '').toLowerCase() === 'authorization' && !token.includes(' ')) {
    return `Token ${token}`;
  }
  return token;
}

/** Adds one scheme's credential to a credential set. */
function place(scheme: SecurityScheme, value: string, into: Credentials): void {
  if (scheme.type === 'apiKey' && scheme.in === 'query') into.query[scheme.paramName ?? 'api_key'] = value;
  else if (scheme.type === 'apiKey' && scheme.in === 'cookie') into.cookies[scheme.paramName ?? 'api_key'] = value;
  else {
    const header = scheme.type === 'apiKey' ? (scheme.paramName ?? 'Authorization') : 'Authorization';
    into.headers[header.toLowerCase()] = value;
  }
}

/** Credentials satisfying the operation's first security alternative (none for public operations). */
export function credentialsFor(operation: Operation, token: string | undefined): Credentials {
  const credentials: Credentials = { headers: {}, query: {}, cookies: {} };
  const alternative = operation.security[0];
  if (!alternative || token === undefined) return credentials;
  for (const scheme of alternative) place(scheme, credentialValue(scheme, token), credentials);
  return credentials;
}

/** Credentials for an auth probe: none, a well-formed but wrong key, or a value of the wrong form. */
export function probeCredentials(operation: Operation, probe: AuthProbeKind): Credentials {
  const credentials: Credentials = { headers: {}, query: {}, cookies: {} };
  const alternative = operation.security[0];
  if (!alternative || probe === 'missing') return credentials;
  for (const scheme of alternative) {
    const wrong = credentialValue(scheme, 'conformance-wrong-key-0000000000');
    // Malformed: the scheme word without a key, the commonest client mistake, which a server must not accept.
    const malformed = wrong.includes(' ') ? wrong.split(' ')[0] : '%%%';
    place(scheme, probe === 'wrong' ? wrong : malformed, credentials);
  }
  return credentials;
}

/** Names of headers whose values are secret (redacted in every report and message). */
export function secretHeaderNames(operation: Operation): readonly string[] {
  // Asked for every request; the answer depends on the operation's security only.
  let known = secretHeaders.get(operation);
  if (!known) {
    const names = new Set<string>(['authorization', 'cookie', 'proxy-authorization']);
    for (const alternative of operation.security) {
      for (const scheme of alternative) if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.paramName) names.add(scheme.paramName.toLowerCase());
    }
    known = [...names];
    secretHeaders.set(operation, known);
  }
  return known;
}

const secretHeaders = new WeakMap<Operation, readonly string[]>();

/** The forms a token can take in a text: raw, percent-encoded, JSON-escaped, base64 (as in Basic credentials). */
export function secretForms(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), Buffer.from(secret).toString('base64')]);
  return [...forms].filter((form) => form.length >= 4);
}

/** One secret, or a set of them (the run's token, every key a login returned, the login password). */
export type Secrets = string | undefined | readonly (string | undefined)[];

/** The secrets worth hiding: given, and long enough that replacing them cannot garble ordinary text. */
export function secretList(secrets: Secrets): string[] {
  const all = typeof secrets === 'string' || secrets === undefined ? [secrets] : secrets;
  // Longest first: a key that contains another secret is replaced whole, not half.
  return [...new Set(all.filter((s): s is string => typeof s === 'string' && s.length >= 4))].sort((a, b) => b.length - a.length);
}

/** Replaces every form of every secret in a text by the placeholder: the one redaction the suite uses everywhere. */
export function redact(text: string, secrets: Secrets): string {
  // Most texts hold no secret: then nothing below would replace anything, and listing and sorting the secrets
  // for every text (every response and header of a run) is skipped.
  if (!holdsAnyForm(text, secrets)) return text;
  let out = text;
  // `includes` first: the common case, a text with no secret in it, then allocates nothing (this runs per exchange).
  for (const secret of secretList(secrets)) for (const form of formsOf(secret)) if (out.includes(form)) out = out.split(form).join(TOKEN_PLACEHOLDER);
  return out;
}

/** True when some form of some secret worth hiding (secretList's) occurs in the text. */
function holdsAnyForm(text: string, secrets: Secrets): boolean {
  if (secrets === undefined) return false;
  const holds = (secret: string | undefined): boolean => typeof secret === 'string' && secret.length >= 4 && formsOf(secret).some((form) => text.includes(form));
  return typeof secrets === 'string' ? holds(secrets) : secrets.some(holds);
}

/** secretForms, remembered per secret (a run has a handful of secrets and redacts thousands of texts). */
const knownForms = new Map<string, readonly string[]>();
function formsOf(secret: string): readonly string[] {
  let forms = knownForms.get(secret);
  if (!forms) {
    forms = secretForms(secret);
    if (knownForms.size > 1000) knownForms.clear();
    knownForms.set(secret, forms);
  }
  return forms;
}
