/** The six failed-integration operations: list, create, retrieve, update (PUT), partial update (PATCH), delete. */
import type { Handler, RequestContext } from '../http/request-context';
import { empty, json, notFound, type MockResponse } from '../http/mock-response';
import { readIntegerFilters } from '../filters/integer-filter';
import { renderFailedIntegration, type FailedIntegration, type FailedIntegrationFields } from '../models/failed-integration';
import type { FailedIntegrationValidator } from '../validation/failed-integration-validator';

/** The handlers, sharing one compiled validator. */
export interface FailedIntegrationHandlers {
  list: Handler;
  create: Handler;
  retrieve: Handler;
  update: Handler;
  partialUpdate: Handler;
  destroy: Handler;
}

/** Validated writable fields, or the 400 to answer. */
type FieldsOrError = { ok: true; fields: Partial<FailedIntegrationFields> } | { ok: false; response: MockResponse };

function findInChannel(context: RequestContext): FailedIntegration | undefined {
  const row = context.state.failedIntegrations.get(context.params.id as number);
  return row !== undefined && row.channel === context.params.channel_id ? row : undefined;
}

/** Builds the handlers around a validator of the published FailedIntegration schema. */
export function createFailedIntegrationHandlers(validator: FailedIntegrationValidator): FailedIntegrationHandlers {
  /**
   * Validates, then pins `channel` to the path's channel_id. The body's `channel` must still be present and an
   * integer (the schema requires it), but its value is ignored: an object always belongs to the channel whose URL
   * wrote it. The suite relies on this to keep every object it creates inside the channel under test.
   */
  function writableFields(context: RequestContext, partial: boolean): FieldsOrError {
    const result = validator.validate(context.body, partial);
    if (result.kind === 'invalid') return { ok: false, response: json(400, result.errors) };
    const fields = result.fields;
    if (Object.hasOwn(fields, 'channel') || !partial) fields.channel = context.params.channel_id;
    // The validator has checked every kept field against the schema this type mirrors.
    return { ok: true, fields: fields as Partial<FailedIntegrationFields> };
  }

  /** PUT and PATCH share everything but the required check. Omitted optional fields keep their values, as in DRF. */
  function updater(partial: boolean): Handler {
    return (context) => {
      const current = findInChannel(context);
      if (current === undefined) return notFound();
      const written = writableFields(context, partial);
      if (!written.ok) return written.response;
      // Read and write in the same tick: no await between them, so a concurrent write cannot be lost.
      const updated: FailedIntegration = { ...current, ...written.fields, pk: current.pk };
      context.state.failedIntegrations.replace(current.pk, updated);
      return json(200, renderFailedIntegration(updated));
    };
  }

  return {
    list(context) {
      const filters = readIntegerFilters(context.query, ['channel']);
      if (filters.kind === 'errors') return json(400, filters.errors);
      const channel = filters.values.channel;
      const rows = context.state.failedIntegrations
        .all()
        .filter((row) => row.channel === context.params.channel_id && (channel === undefined || row.channel === channel));
      return context.paginator.envelope(rows.map(renderFailedIntegration), context.pageRequest);
    },
    create(context) {
      const written = writableFields(context, false);
      if (!written.ok) return written.response;
      // Defaults first, then the body: a full (non-partial) body has passed the required check, so the row is whole.
      const created = context.state.failedIntegrations.insert(
        (pk) => ({ pk, ...validator.defaults, ...written.fields }) as FailedIntegration,
      );
      return json(201, renderFailedIntegration(created));
    },
    retrieve(context) {
      const row = findInChannel(context);
      return row === undefined ? notFound() : json(200, renderFailedIntegration(row));
    },
    update: updater(false),
    partialUpdate: updater(true),
    destroy(context) {
      const row = findInChannel(context);
      if (row === undefined) return notFound();
      context.state.failedIntegrations.delete(row.pk);
      return empty(204);
    },
  };
}
