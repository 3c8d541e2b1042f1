/**
 * What a scenario check sends its requests through: built on the same serialisation, credentials, target and
 * redaction as the phases, and recording every exchange for the report.
 */
import type { Case, WireRequest } from '../model/case';
import type { ApiModel, Operation } from '../model/operation';
import { Failure } from '../checks/check';
import { execute, type Exchange } from './exchange';
import type { Session } from './session';

/** Values for one request: raw parameter values and an optional JSON body. */
export interface RequestValues {
  pathParams?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  body?: unknown;
  /** Send with missing, wrong or malformed credentials instead of the run's token. */
  auth?: Case['auth'];
  /** A deliberate write naming another scope in its body than in its path (the scope check's probe). */
  crossScope?: boolean;
}

/** A response as scenarios need it; `json` is undefined when the body is empty or not JSON. */
export interface ScenarioResponse {
  status: number;
  json: unknown;
  text: string;
  headers: Record<string, string>;
  exchange: Exchange;
}

/** The context handed to every scenario check. */
export interface ScenarioContext {
  api: ApiModel;
  session: Session;
  /** Every exchange the scenario made, in order (the report shows them). */
  exchanges: Exchange[];
  /** Values known to exist on the target for a path parameter (from --path-param; the embedded server's seed). */
  knownPathValues(name: string): unknown[];
  /** Sends one request of an operation. */
  send(operation: Operation, values?: RequestValues): Promise<ScenarioResponse>;
  /** Sends an already-built request for an operation (malformed bodies, odd paths), with the run's credentials. */
  sendRaw(operation: Operation, request: WireRequest): Promise<ScenarioResponse>;
  /** GETs an absolute link the target returned (`next`, `previous`) on the target, with the operation's credentials. */
  follow(operation: Operation, link: string): Promise<ScenarioResponse>;
}

/** A Failure for a response with no body or a transport error: scenarios stop there with a clear message. */
export function noResponse(exchange: Exchange): Failure {
  return new Failure(`no response: ${exchange.transportError}`, 'transport');
}

function toScenarioResponse(exchange: Exchange): ScenarioResponse {
  if (!exchange.response) throw noResponse(exchange);
  const { status, json, text, headers } = exchange.response;
  return { status, json, text, headers, exchange };
}

/** Builds the Case a scenario request stands for. */
export function scenarioCase(operation: Operation, values: RequestValues = {}): Case {
  const jsonMedia = operation.requestBody?.content.find((m) => /json/i.test(m.mediaType))?.mediaType ?? 'application/json';
  return {
    operation,
    phase: 'semantics',
    mode: 'positive',
    pathParams: values.pathParams ?? {},
    query: values.query ?? {},
    headers: values.headers ?? {},
    cookies: {},
    body: values.body === undefined ? undefined : { value: values.body, mediaType: jsonMedia },
    auth: values.auth,
    ...(values.crossScope ? { crossScope: true } : {}),
  };
}

/** Creates the context for one scenario run. */
export function createScenarioContext(session: Session, api: ApiModel): ScenarioContext {
  const exchanges: Exchange[] = [];
  const base = new URL(session.target.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');

  async function run(testCase: Case, override?: (request: WireRequest) => WireRequest): Promise<ScenarioResponse> {
    const exchange = await execute(session, api, testCase, override);
    exchanges.push(exchange);
    return toScenarioResponse(exchange);
  }

  return {
    api,
    session,
    exchanges,
    knownPathValues: (name) => session.config.pathValues[name]?.map((v) => (/^-?\d+$/.test(v) ? Number(v) : v)) ?? [],
    send: (operation, values) => run(scenarioCase(operation, values)),
    sendRaw: (operation, request) => run(scenarioCase(operation), () => request),
    follow(operation, link) {
      let url: URL;
      try {
        url = new URL(link, session.target.baseUrl);
      } catch {
        throw new Failure(`link ${JSON.stringify(link)} is not a URL`, 'pagination');
      }
      // The link is followed on the target itself: a link to another host must never receive the token.
      const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
      return run(scenarioCase(operation), (request) => ({ ...request, method: 'GET', path: `${path}${url.search}`, body: undefined }));
    },
  };
}
