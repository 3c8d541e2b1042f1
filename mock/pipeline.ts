/** The request pipeline: route, authenticate, check the method, read the body, handle, post-process, write. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockComponents, ResponseInfo } from './components';
import type { ResolvedOptions } from './options';
import type { MockState } from './store/state';
import type { RequestContext } from './http/request-context';
import { json, notFound, type MockResponse } from './http/mock-response';
import { writeResponse } from './http/write-response';
import { allowedMethods } from './routing/router';
import type { RouteMethod } from './routing/routes';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

function splitUrl(url: string): { pathname: string; query: URLSearchParams } {
  const mark = url.indexOf('?');
  return mark === -1
    ? { pathname: url, query: new URLSearchParams() }
    : { pathname: url.slice(0, mark), query: new URLSearchParams(url.slice(mark + 1)) };
}

function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

function methodNotAllowed(method: string, allow: readonly string[]): MockResponse {
  return json(405, { detail: `Method "${method}" not allowed.` }, { Allow: allow.join(', ') });
}

/**
 * Produces the response for one request. The order mirrors Django + DRF: the URL resolver first (unknown paths and
 * non-integer ids are 404 even without credentials), then authentication (401 before 405, as DRF's dispatch
 * authenticates before it looks the method up), then the method, then the body, then the operation.
 * HEAD is answered as GET without a body (Django does the same); OPTIONS is not documented, so it is a 405 like any
 * other undocumented method.
 */
async function respond(
  req: IncomingMessage,
  components: MockComponents,
  state: MockState,
  options: ResolvedOptions,
  info: ResponseInfo,
): Promise<MockResponse | undefined> {
  const pathname = decodePath(info.pathname);
  const match = pathname === undefined ? undefined : components.router(pathname);
  if (match === undefined) return notFound();
  if (!match.route.public) {
    const denied = components.authenticate(req.headers.authorization, [...options.tokens, ...options.logins.live()]);
    if (denied !== undefined) return denied;
    options.logins.used(req.headers.authorization);
  }
  const method = info.method === 'HEAD' ? 'GET' : info.method;
  const handlerName = match.route.methods[method as RouteMethod];
  if (handlerName === undefined) return methodNotAllowed(info.method, allowedMethods(match.route));
  info.handler = handlerName;
  let body: unknown;
  if (WRITE_METHODS.has(method)) {
    const read = await components.readJsonBody(req, options.maxBodyBytes);
    if (read.kind === 'aborted') return undefined;
    if (read.kind === 'error') return read.response;
    body = read.value;
  }
  const host = req.headers.host ?? '127.0.0.1';
  const context: RequestContext = {
    method,
    pathname: info.pathname,
    params: match.params,
    query: info.query,
    body,
    state,
    options,
    paginator: components.paginator,
    pageRequest: { query: info.query, pageUrl: `http://${host}${info.pathname}`, maxLimit: options.maxLimit },
  };
  return components.handlers[handlerName](context);
}

/** Builds the Node request listener over the given components, state and options. */
export function createPipeline(
  components: MockComponents,
  state: MockState,
  options: ResolvedOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const info: ResponseInfo = { method, ...splitUrl(req.url ?? '/') };
    respond(req, components, state, options, info)
      .catch((error: unknown): MockResponse => {
        // A handler bug must still answer (500, like Django), never hang the client.
        process.emitWarning(`mock server error: ${error instanceof Error ? error.stack : String(error)}`);
        return json(500, { detail: 'A server error occurred.' });
      })
      .then((response) => {
        if (response === undefined) {
          res.destroy();
          return;
        }
        writeResponse(res, components.postProcess(response, info), method === 'HEAD');
      })
      .catch(() => res.destroy());
  };
}
