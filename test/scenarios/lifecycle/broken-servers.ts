/**
 * Reference servers broken in one lifecycle behaviour each, built with the mock's handler overrides: every one
 * answers like the reference on the wire (statuses, shapes), so only a multi-request check can tell.
 */
import { createDefaultHandlers } from '../../../mock/handlers/default-handlers';
import { empty, json, notFound, type MockResponse } from '../../../mock/http/mock-response';
import type { RequestContext } from '../../../mock/http/request-context';
import type { MockOverrides } from '../../../mock/server';

const reference = createDefaultHandlers();

function stored(context: RequestContext) {
  const row = context.state.failedIntegrations.get(context.params.id);
  return row !== undefined && row.channel === context.params.channel_id ? row : undefined;
}

/** A PATCH that answers the updated object but stores nothing. */
export function patchNotStored(): MockOverrides {
  return {
    handlers: {
      'failedIntegrations.partialUpdate': async (context) => {
        const before = stored(context);
        const response = await reference['failedIntegrations.partialUpdate'](context);
        if (before) context.state.failedIntegrations.replace(before.pk, before);
        return response;
      },
    },
  };
}

/** A PUT that merges the body into the stored object the naive way: a null in the body keeps the stored value. */
export function putMerges(): MockOverrides {
  return {
    handlers: {
      'failedIntegrations.update': (context) => {
        const before = stored(context) as Record<string, unknown> | undefined;
        const body = context.body as Record<string, unknown> | undefined;
        if (before && body && typeof body === 'object') {
          for (const [name, value] of Object.entries(body)) if (value === null && before[name] !== undefined) body[name] = before[name];
        }
        return reference['failedIntegrations.update'](context);
      },
    },
  };
}

/** A DELETE that answers 204 and keeps the object. */
export function deleteNotDeleting(): MockOverrides {
  return { handlers: { 'failedIntegrations.destroy': (context): MockResponse => (stored(context) ? empty(204) : notFound()) } };
}

/** A create that answers 201 with the new object but does not keep it. */
export function createNotRetrievable(): MockOverrides {
  return {
    handlers: {
      'failedIntegrations.create': async (context) => {
        const response = await reference['failedIntegrations.create'](context);
        const pk = (response.body as { pk?: number } | undefined)?.pk;
        if (response.status === 201 && pk !== undefined) context.state.failedIntegrations.delete(pk);
        return response;
      },
    },
  };
}

/** A list whose count is cached per channel the first time it is computed, so it ignores later creates. */
export function listCountIgnoresCreates(): MockOverrides {
  const cached = new Map<number, number>();
  return {
    handlers: {
      'failedIntegrations.list': async (context) => {
        const response = await reference['failedIntegrations.list'](context);
        const body = response.body as { count?: number } | undefined;
        if (response.status !== 200 || typeof body?.count !== 'number') return response;
        const channel = context.params.channel_id;
        if (!cached.has(channel)) cached.set(channel, body.count);
        return json(200, { ...body, count: cached.get(channel) }, response.headers);
      },
    },
  };
}

/** A create that stores the object but answers another key for it, so the list counts it and its URL is wrong. */
export function createAnswersAnotherKey(): MockOverrides {
  return {
    handlers: {
      'failedIntegrations.create': async (context) => {
        const response = await reference['failedIntegrations.create'](context);
        const body = response.body as { pk?: number } | undefined;
        if (response.status !== 201 || body?.pk === undefined) return response;
        return json(201, { ...body, pk: body.pk + 1000 }, response.headers);
      },
    },
  };
}
