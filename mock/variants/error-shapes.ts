/** Variants whose error bodies break the documented error shape. */
import type { Variant } from './variant';
import type { Authenticator } from '../auth/token-auth';
import { tokenAuthenticator } from '../auth/token-auth';
import type { HandlerName } from '../routing/handler-names';

const WRITES: ReadonlySet<HandlerName | undefined> = new Set<HandlerName | undefined>([
  'failedIntegrations.create',
  'failedIntegrations.update',
  'failedIntegrations.partialUpdate',
]);

/** DRF field errors flattened into one string under `error`, a common home-made error format. */
export const fieldErrorsAsErrorString: Variant = {
  name: 'field-errors-as-error-string',
  area: 'error shapes',
  description: 'A failed-integration write answers its 400 as {"error": "<field>: <message>"} instead of DRF field errors.',
  expectedCheck: 'error body has the documented error shape',
  overrides: () => ({
    postProcess: (response, info) => {
      if (response.status !== 400 || !WRITES.has(info.handler)) return response;
      const text = Object.entries((response.body ?? {}) as Record<string, unknown>)
        .map(([field, messages]) => `${field}: ${Array.isArray(messages) ? messages.join(' ') : String(messages)}`)
        .join('; ');
      return { ...response, body: { error: text } };
    },
  }),
};

/** 401 answered without a body (the challenge header stays), as a proxy that authenticates in front of the app does. */
const emptyUnauthorized: Authenticator = (authorization, tokens) => {
  const denied = tokenAuthenticator(authorization, tokens);
  return denied === undefined ? undefined : { status: 401, headers: denied.headers };
};

/** Every 401 is empty, though the document gives it a `{detail}` JSON body. */
export const unauthorizedWithEmptyBody: Variant = {
  name: 'unauthorized-with-empty-body',
  area: 'error shapes',
  description: 'Every 401 has an empty body, where the document gives it a JSON {"detail": ...} body.',
  expectedCheck: 'content type is documented and the body parses',
  overrides: () => ({ authenticate: emptyUnauthorized }),
};

/** Every error-shape variant. */
export const errorShapeVariants: Variant[] = [fieldErrorsAsErrorString, unauthorizedWithEmptyBody];
