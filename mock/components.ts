/** The swappable building blocks of the mock's pipeline, and how overrides replace them. */
import type { IncomingMessage } from 'node:http';
import { createRouter, type Router } from './routing/router';
import { tokenAuthenticator, type Authenticator } from './auth/token-auth';
import { readJsonBody, type JsonBodyResult } from './http/json-body';
import { pageNumberPaginator, type Paginator } from './pagination/paginator';
import { createDefaultHandlers, type HandlerTable } from './handlers/default-handlers';
import type { MockResponse } from './http/mock-response';
import type { HandlerName } from './routing/handler-names';

/** What a post-processor learns about the request whose response it may rewrite. */
export interface ResponseInfo {
  method: string;
  pathname: string;
  query: URLSearchParams;
  /** The operation that answered; undefined when routing, auth or the method check answered first. */
  handler?: HandlerName;
}

/** Every stage of the pipeline: route, authenticate, read the body, handle (with the paginator), post-process. */
export interface MockComponents {
  router: Router;
  authenticate: Authenticator;
  readJsonBody: (req: IncomingMessage, maxBytes: number) => Promise<JsonBodyResult>;
  paginator: Paginator;
  handlers: HandlerTable;
  /** Last chance to alter any response before it is written; the reference server returns it unchanged. */
  postProcess: (response: MockResponse, info: ResponseInfo) => MockResponse;
}

/** Replacements for some building blocks; `handlers` replaces only the operations it names. */
export type MockOverrides = Partial<Omit<MockComponents, 'handlers'>> & { handlers?: Partial<HandlerTable> };

/** The reference components with the overrides applied. */
export function resolveComponents(overrides: MockOverrides = {}): MockComponents {
  const { handlers, ...rest } = overrides;
  return {
    router: createRouter(),
    authenticate: tokenAuthenticator,
    readJsonBody,
    paginator: pageNumberPaginator,
    postProcess: (response) => response,
    ...rest,
    handlers: { ...createDefaultHandlers(), ...handlers },
  };
}
