/**
 * One exchange: a Case serialised, sent to the target, and judged by every applicable check.
 * The only place in the runner that touches the network.
 */
import type { Case, WireRequest } from '../../generators/model/case';
import type { ApiModel } from '../../generators/model/operation';
import { curlFor, serializeCase } from '../../generators/params/serialize';
import { Failure, type Check, type CheckContext } from '../checks/check';
import { Category, runChecks, type CheckOutcome } from '../checks/registry';
import type { WireResponse } from '../targets/target';
import { credentialsFor, probeCredentials, redact, secretHeaderNames, type Credentials } from './credentials';
import type { Session } from './session';

/** A sent case with what came back and what the checks said. */
export interface Exchange {
  testCase: Case;
  /** The request as sent, secret header values replaced by the placeholder. */
  request: WireRequest;
  response?: WireResponse;
  /** One-line transport error when no response came. */
  transportError?: string;
  verdicts: CheckOutcome[];
  /** A curl command that reproduces the request, token replaced by a placeholder. */
  curl: string;
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
  const query = new URLSearchParams(credentials.query).toString();
  const path = query ? `${request.path}${request.path.includes('?') ? '&' : '?'}${query}` : request.path;
  return { ...request, headers, path };
}

/** The credentials a case travels with: the run's token, or a probe's deliberately bad ones. */
function caseCredentials(session: Session, testCase: Case): Credentials {
  return testCase.auth ? probeCredentials(testCase.operation, testCase.auth) : credentialsFor(testCase.operation, session.config.token);
}

/**
 * Serialises, sends and judges one case. Never throws for a target's misbehaviour. `override` replaces the
 * serialised request (scenarios use it for malformed bodies and followed links); credentials are added after it.
 */
export async function execute(session: Session, api: ApiModel, testCase: Case, override?: (request: WireRequest) => WireRequest): Promise<Exchange> {
  const secrets = secretHeaderNames(testCase.operation);
  const token = session.config.token;
  const serialised = override ? override(serializeCase(testCase)) : serializeCase(testCase);
  // An undocumented-method probe sends the operation's request with another method.
  if (testCase.probe) serialised.method = testCase.probe.method;
  const request = withCredentials(serialised, caseCredentials(session, testCase));
  const shown: WireRequest = { ...request, headers: { ...request.headers } };
  for (const name of Object.keys(shown.headers)) if (secrets.includes(name.toLowerCase())) shown.headers[name] = '${CONFORMANCE_TOKEN}';
  shown.path = redact(shown.path, token);
  const curl = redact(curlFor(request, session.target.baseUrl, secrets), token);
  const context: CheckContext = { ...session.context, api };
  let response: WireResponse | undefined;
  let transportError: string | undefined;
  try {
    response = await session.target.send(request);
  } catch (err) {
    transportError = redact(String((err as Error).message ?? err).split('\n')[0], token);
  }
  if (response && token) {
    // A server that echoes the token back must not carry it into the report.
    response = { ...response, text: redact(response.text, token) };
  }
  return { testCase, request: shown, response, transportError, verdicts: judge(session.checks, context, testCase, response, transportError), curl };
}
