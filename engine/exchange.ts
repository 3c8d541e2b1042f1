/**
 * One exchange: a Case serialised, sent to the target, and judged by every applicable check.
 * The only place in the runner that touches the network.
 */
import type { Case, WireRequest } from '../model/case';
import type { ApiModel } from '../model/operation';
import { curlFor, serializeCase } from '../generators/params/serialize';
import { Failure, type Check, type CheckContext } from '../checks/check';
import { Category } from '../checks/categories';
import { runChecks, type CheckOutcome } from '../checks/run-checks';
import type { WireResponse } from '../targets/target';
import { credentialsFor, probeCredentials, redact, secretHeaderNames, secretList, TOKEN_PLACEHOLDER, type Credentials, type Secrets } from './credentials';
import { recordWrite } from './record-write';
import { ownershipProblem, scopeProblem } from './own-objects';
import type { Session } from './session';
import { idempotent, writes } from './write-policy';
import { settleAcceptedInvalidInput } from './leniency';
import { settleRefusedReference } from './reference-leniency';

/** A sent case with what came back and what the checks said. */
export interface Exchange {
  testCase: Case;
  /** The request as sent, secret header values replaced by the placeholder. */
  request: WireRequest;
  response?: WireResponse;
  /** One-line transport error when no response came. */
  transportError?: string;
  verdicts: CheckOutcome[];
  /** A curl command that reproduces the request, token replaced by a placeholder (built when first read). */
  readonly curl: string;
  /** Why the request was not sent (a write the policy forbids, or an interrupted run); verdicts are all skipped. */
  blocked?: string;
  /** Requests sent to tell whether an accepted invalid part was ignored or used (see leniency.ts). */
  evidence?: Exchange[];
}

/** A case ready for the wire: the request to send, the same request as reports show it, and its curl. */
export interface PreparedRequest {
  request: WireRequest;
  shown: WireRequest;
  /** Built when first read. */
  readonly curl: string;
  /** The method actually sent (a probe's, or the operation's), lower case. */
  method: string;
}

/** Judges a response with the checks; without one (a transport error) every applicable check fails with it. */
export function judge(checks: readonly Check[], context: CheckContext, testCase: Case, response: WireResponse | undefined, transportError?: string): CheckOutcome[] {
  if (response) return runChecks(checks, context, response, testCase);
  return checks.map((check): CheckOutcome => {
    const { name, severity } = check;
    if (!check.appliesTo(testCase, testCase.operation)) return { name, severity, status: 'skipped' };
    return { name, severity, status: 'failed', failure: new Failure(`no response: ${transportError}`, Category.transport) };
  });
}

/** Adds credentials that are not operation parameters (query / cookie api keys) to a serialised request. */
function withCredentials(request: WireRequest, credentials: Credentials): WireRequest {
  const headers = { ...request.headers, ...credentials.headers };
  const cookies = Object.entries(credentials.cookies).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  if (cookies.length > 0) headers.cookie = [headers.cookie, ...cookies].filter(Boolean).join('; ');
  // Query credentials are rare (an apiKey in the query); most requests skip building URLSearchParams.
  const query = Object.keys(credentials.query).length > 0 ? new URLSearchParams(credentials.query).toString() : '';
  const path = query ? `${request.path}${request.path.includes('?') ? '&' : '?'}${query}` : request.path;
  return { ...request, headers, path };
}

/** The credentials a case travels with: the run's token, or a probe's deliberately bad ones. */
function caseCredentials(session: Session, testCase: Case): Credentials {
  return testCase.auth ? probeCredentials(testCase.operation, testCase.auth) : credentialsFor(testCase.operation, session.token);
}

/** Serialises a case with its credentials, and the redacted copies that reports show. */
export function prepareRequest(session: Session, testCase: Case, override?: (request: WireRequest) => WireRequest): PreparedRequest {
  const secrets = secretHeaderNames(testCase.operation);
  const token = session.secrets;
  const serialised = override ? override(serializeCase(testCase)) : serializeCase(testCase);
  // An undocumented-method probe sends the operation's request with another method.
  if (testCase.probe) serialised.method = testCase.probe.method;
  const request = withCredentials(serialised, caseCredentials(session, testCase));
  const shown: WireRequest = { ...request, headers: { ...request.headers } };
  for (const name of Object.keys(shown.headers)) if (secrets.includes(name.toLowerCase())) shown.headers[name] = TOKEN_PLACEHOLDER;
  shown.path = redact(shown.path, token);
  // Built on first read: only failures and a few samples are ever shown, and quoting every fuzz case's curl line
  // was a measurable share of the fuzz loop.
  let curl: string | undefined;
  return {
    request,
    shown,
    method: request.method.toLowerCase(),
    get curl() {
      return (curl ??= redact(curlFor(request, session.target.baseUrl, secrets), token));
    },
  };
}

/** Why this case must not be sent now, or undefined. */
function blockReason(session: Session, api: ApiModel, testCase: Case, method: string): string | undefined {
  if (session.stopping) return session.stopping;
  if (!writes(testCase.operation, method)) return undefined;
  if (!session.policy.allowed) return session.policy.reason;
  if (session.policy.ownObjectsOnly) {
    const problem = ownershipProblem(session, api, testCase);
    if (problem) return `a write aimed at an object this run did not create (${problem})`;
    const scope = scopeProblem(testCase);
    if (scope) return `a write that could move an object to another scope (${scope})`;
  }
  return undefined;
}

/** A server that echoes the token back must not carry it into the report: the body and headers are redacted. */
function redactResponse(response: WireResponse, token: Secrets): WireResponse {
  if (secretList(token).length === 0) return response;
  const text = redact(response.text, token);
  // A copy of the headers only when one of them held a secret: the common answer carries none.
  let headers = response.headers;
  for (const [name, value] of Object.entries(response.headers)) {
    const clean = redact(value, token);
    if (clean === value) continue;
    if (headers === response.headers) headers = { ...response.headers };
    headers[name] = clean;
  }
  if (text === response.text && headers === response.headers) return response;
  let json = response.json;
  if (json !== undefined) {
    try {
      json = JSON.parse(text);
    } catch {
      json = text; // only reachable when the redaction broke JSON escaping; the text is still what the checks see
    }
  }
  return { ...response, text, headers, json };
}

/**
 * Serialises, sends and judges one case. Never throws for a target's misbehaviour. `override` replaces the
 * serialised request (scenarios use it for malformed bodies and followed links); credentials are added after it.
 * A write the run's policy forbids is not sent: the exchange comes back `blocked`, every verdict skipped.
 */
export async function execute(session: Session, api: ApiModel, testCase: Case, override?: (request: WireRequest) => WireRequest): Promise<Exchange> {
  const token = session.secrets;
  const keyUsed = session.token;
  let prepared = prepareRequest(session, testCase, override);
  const { request, method } = prepared;
  const blocked = blockReason(session, api, testCase, method);
  if (blocked) {
    const verdicts = session.checks.map((c): CheckOutcome => ({ name: c.name, severity: c.severity, status: 'skipped' }));
    const exchange: Exchange = { testCase, request: prepared.shown, transportError: `not sent: ${blocked}`, verdicts, blocked, get curl() { return prepared.curl; } };
    session.events.emit({ type: 'exchange', api, exchange });
    return exchange;
  }
  const context: CheckContext = { ...session.context, api };
  let response: WireResponse | undefined;
  let transportError: string | undefined;
  try {
    response = await session.target.send(request, { idempotent: idempotent(testCase.operation, method) });
    // A key that expired mid-run (--login): one fresh login, and this request once more with the new key.
    if (response.status === 401 && session.login && !testCase.auth && testCase.operation.security.length > 0 && keyUsed !== undefined) {
      if (await session.login.renew(keyUsed)) {
        prepared = prepareRequest(session, testCase, override);
        response = await session.target.send(prepared.request, { idempotent: idempotent(testCase.operation, method) });
      }
    }
  } catch (err) {
    transportError = redact(String((err as Error).message ?? err).split('\n')[0], token);
  }
  if (response) {
    response = redactResponse(response, token);
    recordWrite(session, api, testCase, method, response);
    if (response.truncated) {
      // A body cut at the cap cannot be judged (it does not parse, its schema cannot be checked): it is a failure of
      // its own, named as such, rather than a misleading parse error.
      transportError = `${response.status} response body is larger than the ${session.config.maxBodyBytes}-byte cap (--max-body); reading stopped there`;
      response = undefined;
    }
  }
  let verdicts = judge(session.checks, context, testCase, response, transportError);
  let evidence: Exchange[] | undefined;
  if (response) ({ verdicts, evidence } = await settleAcceptedInvalidInput(session, api, testCase, response, verdicts, (next) => execute(session, api, next)));
  if (response && !evidence?.length) ({ verdicts, evidence } = await settleRefusedReference(session, testCase, response, verdicts, (next) => execute(session, api, next)));
  // The curl line is built on first read (copying it would build it for every case); `prepared` may be replaced
  // above, so the getter reads the final one.
  const sent = prepared;
  const exchange: Exchange = { testCase, request: sent.shown, response, transportError, verdicts, evidence: evidence?.length ? evidence : undefined, get curl() { return sent.curl; } };
  session.events.emit({ type: 'exchange', api, exchange });
  return exchange;
}
