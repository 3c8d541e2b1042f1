/** Helpers that build a broken operation on top of the reference one, so each variant states only its one change. */
import { createDefaultHandlers, type HandlerTable } from '../handlers/default-handlers';
import type { Handler, RequestContext } from '../http/request-context';
import type { MockResponse } from '../http/mock-response';
import type { HandlerName } from '../routing/handler-names';
import type { MockOverrides } from '../components';

/** The reference implementation of one operation (a fresh table, so a variant never shares a compiled validator). */
export function referenceHandler(name: HandlerName): Handler {
  return createDefaultHandlers()[name];
}

/** Overrides that replace one operation. */
export function replaceHandler(name: HandlerName, handler: Handler): MockOverrides {
  const handlers: Partial<HandlerTable> = { [name]: handler };
  return { handlers };
}

/** Overrides that run the reference operation, then rewrite its response. */
export function rewriteResponse(
  name: HandlerName,
  rewrite: (response: MockResponse, context: RequestContext) => MockResponse,
): MockOverrides {
  const reference = referenceHandler(name);
  return replaceHandler(name, async (context) => rewrite(await reference(context), context));
}

/** Overrides that run the reference operation on a rewritten request (e.g. a query with a filter dropped). */
export function rewriteRequest(name: HandlerName, rewrite: (context: RequestContext) => RequestContext): MockOverrides {
  const reference = referenceHandler(name);
  return replaceHandler(name, (context) => reference(rewrite(context)));
}

/** True for a 2xx response: broken variants usually alter only successful answers. */
export function isSuccess(response: MockResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

/** The JSON body as a plain object, or undefined when it is something else. */
export function bodyObject(response: MockResponse): Record<string, unknown> | undefined {
  const body = response.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}
