/** Variants that let one channel see another channel's objects. */
import type { Variant } from './variant';
import { json, notFound } from '../http/mock-response';
import { readIntegerFilters } from '../filters/integer-filter';
import { renderFailedIntegration } from '../models/failed-integration';
import { renderImage } from '../models/image';
import { replaceHandler } from './reference';

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

/** Every isolation variant. */
export const isolationVariants: Variant[] = [listLeaksOtherChannels, detailCrossesChannels];
