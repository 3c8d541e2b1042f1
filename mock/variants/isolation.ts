/** Variants that let one channel see another channel's objects. */
import type { Variant } from './variant';
import { json, notFound } from '../http/mock-response';
import { readIntegerFilters } from '../filters/integer-filter';
import { renderFailedIntegration } from '../models/failed-integration';
import { renderImage } from '../models/image';
import { replaceHandler } from './reference';
import { createDefaultHandlers } from '../handlers/default-handlers';
import type { Handler, RequestContext } from '../http/request-context';

/** The failed-integration list forgets the path's channel: it lists every channel's rows (the `channel` filter still works). */
export const listLeaksOtherChannels: Variant = {
  name: 'list-leaks-other-channels',
  area: 'isolation',
  description: "The failed-integration list of a channel also lists the other channels' failed integrations.",
  expectedCheck: 'scope isolation holds',
  overrides: () =>
    replaceHandler('failedIntegrations.list', (context) => {
      const filters = readIntegerFilters(context.query, ['channel']);
      if (filters.kind === 'errors') return json(400, filters.errors);
      const channel = filters.values.channel;
      const rows = context.state.failedIntegrations.all().filter((row) => channel === undefined || row.channel === channel);
      return context.paginator.envelope(rows.map(renderFailedIntegration), context.pageRequest);
    }),
};

/** The image detail looks the id up without the channel, so any channel's URL reads any image. */
export const detailCrossesChannels: Variant = {
  name: 'detail-crosses-channels',
  area: 'isolation',
  description: "The image detail answers another channel's image through this channel's URL instead of 404.",
  expectedCheck: 'scope isolation holds',
  overrides: () =>
    replaceHandler('images.retrieve', (context) => {
      const image = context.state.images.get(context.params.id as number);
      return image === undefined ? notFound() : json(200, renderImage(image));
    }),
};

/** The body's `channel`, when it is an integer other than the path's: the channel the variant moves the object to. */
function bodyChannel(context: RequestContext): number | undefined {
  const channel = (context.body as Record<string, unknown> | undefined)?.channel;
  return Number.isSafeInteger(channel) && channel !== context.params.channel_id ? (channel as number) : undefined;
}

/**
 * Creates and updates honour the body's `channel` instead of the path's (mass assignment of the scope key): a
 * client of channel 1 can write an object into channel 2, and the object then answers 404 at the URL it was
 * written through.
 */
export const writeMovesObjectsAcrossChannels: Variant = {
  name: 'write-moves-objects-across-channels',
  area: 'isolation',
  description: "A create or update through one channel's URL puts the object in the channel the body names.",
  expectedCheck: 'write cannot move an object to another scope',
  overrides: () => {
    const reference = createDefaultHandlers();
    const create: Handler = (context) => {
      const channel = bodyChannel(context);
      return reference['failedIntegrations.create'](channel === undefined ? context : { ...context, params: { ...context.params, channel_id: channel } });
    };
    const update = (name: 'failedIntegrations.update' | 'failedIntegrations.partialUpdate'): Handler => async (context) => {
      const channel = bodyChannel(context);
      const row = context.state.failedIntegrations.get(context.params.id as number);
      if (channel === undefined || row === undefined || row.channel !== context.params.channel_id) return reference[name](context);
      // Moved first, then written through the body's channel; put back when the write is refused.
      context.state.failedIntegrations.replace(row.pk, { ...row, channel });
      const response = await reference[name]({ ...context, params: { ...context.params, channel_id: channel } });
      if (response.status >= 300) context.state.failedIntegrations.replace(row.pk, row);
      return response;
    };
    return { handlers: { 'failedIntegrations.create': create, 'failedIntegrations.update': update('failedIntegrations.update'), 'failedIntegrations.partialUpdate': update('failedIntegrations.partialUpdate') } };
  },
};

/** Every isolation variant. */
export const isolationVariants: Variant[] = [listLeaksOtherChannels, detailCrossesChannels, writeMovesObjectsAcrossChannels];
