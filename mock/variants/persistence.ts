/** Variants whose failed-integration writes answer as if they happened but do not persist as the model says. */
import type { Variant } from './variant';
import { empty, notFound } from '../http/mock-response';
import type { RequestContext } from '../http/request-context';
import { bodyObject, isSuccess, referenceHandler, replaceHandler } from './reference';

/** PATCH answers the updated object, then the stored row is put back (a transaction that is never committed). */
export const patchNotStored: Variant = {
  name: 'patch-not-stored',
  area: 'persistence',
  description: 'PATCH answers 200 with the changed object but the change is not stored: a later GET shows the old values.',
  expectedCheck: 'lifecycle matches the model',
  overrides: () => {
    const patch = referenceHandler('failedIntegrations.partialUpdate');
    return replaceHandler('failedIntegrations.partialUpdate', async (context) => {
      const table = context.state.failedIntegrations;
      const before = table.get(context.params.id as number);
      const response = await patch(context);
      if (before !== undefined && isSuccess(response)) table.replace(before.pk, before);
      return response;
    });
  },
};

/** Null values are dropped from a PUT body, so the stored values survive: merge semantics where replacement is due. */
function withoutNulls(context: RequestContext): RequestContext {
  const body = typeof context.body === 'object' && context.body !== null && !Array.isArray(context.body) ? context.body : undefined;
  if (body === undefined) return context;
  return { ...context, body: Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null)) };
}

/** PUT merges: a field sent as null keeps its stored value instead of being set to null. */
export const putMergesNulls: Variant = {
  name: 'put-merges-nulls',
  area: 'persistence',
  description: 'PUT keeps the stored value of every field sent as null (merging) instead of replacing it with null.',
  expectedCheck: 'lifecycle matches the model',
  overrides: () => {
    const put = referenceHandler('failedIntegrations.update');
    return replaceHandler('failedIntegrations.update', (context) => put(withoutNulls(context)));
  },
};

/** DELETE answers 204 but only deactivates the row, which stays readable (a soft delete the API does not document). */
export const deleteOnlyDeactivates: Variant = {
  name: 'delete-only-deactivates',
  area: 'persistence',
  description: 'DELETE answers 204 but only sets `is_active` to false: the object is still listed and readable.',
  expectedCheck: 'lifecycle matches the model',
  overrides: () =>
    replaceHandler('failedIntegrations.destroy', (context) => {
      const table = context.state.failedIntegrations;
      const row = table.get(context.params.id as number);
      if (row === undefined || row.channel !== context.params.channel_id) return notFound();
      table.replace(row.pk, { ...row, is_active: false });
      return empty(204);
    }),
};

/** Create answers 201 with a pk, then the row is removed (rolled back after the response was rendered). */
export const createdNotRetrievable: Variant = {
  name: 'created-not-retrievable',
  area: 'persistence',
  description: 'POST answers 201 with the new object, but its pk answers 404 afterwards: nothing was stored.',
  expectedCheck: 'lifecycle matches the model',
  overrides: () => {
    const create = referenceHandler('failedIntegrations.create');
    return replaceHandler('failedIntegrations.create', async (context) => {
      const response = await create(context);
      const pk = bodyObject(response)?.pk;
      if (isSuccess(response) && typeof pk === 'number') context.state.failedIntegrations.delete(pk);
      return response;
    });
  },
};

/** Every persistence variant. */
export const persistenceVariants: Variant[] = [patchNotStored, putMergesNulls, deleteOnlyDeactivates, createdNotRetrievable];
