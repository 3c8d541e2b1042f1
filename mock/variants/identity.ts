/** Variants whose detail answers something other than the object the list showed under that id. */
import type { Variant } from './variant';
import { json, notFound } from '../http/mock-response';
import { renderImage } from '../models/image';
import { replaceHandler } from './reference';

/** The detail answers the channel's next image (an off-by-one index into the channel's list), same channel. */
export const detailAnswersNeighbour: Variant = {
  name: 'detail-answers-neighbour',
  area: 'identity',
  description: "The image detail answers the channel's next image (the last one answers the one before it).",
  expectedCheck: 'detail answers the object asked for',
  overrides: () =>
    replaceHandler('images.retrieve', (context) => {
      const channel = context.state.images.all().filter((image) => image.channel === context.params.channel_id);
      const index = channel.findIndex((image) => image.fields.id === context.params.id);
      if (index === -1) return notFound();
      // Staying inside the channel keeps isolation intact: the only fault is the identity.
      const neighbour = channel[index + 1] ?? channel[index - 1] ?? channel[index];
      return neighbour === undefined ? notFound() : json(200, renderImage(neighbour));
    }),
};

/** The detail's serializer never loads the attributes, so every image's detail differs from its list version. */
export const detailDiffersFromList: Variant = {
  name: 'detail-differs-from-list',
  area: 'identity',
  description: "The image detail answers the right image but with `attributes` as {} (never loaded), unlike the list's version.",
  expectedCheck: 'detail answers the object asked for',
  overrides: () =>
    replaceHandler('images.retrieve', (context) => {
      const image = context.state.images.get(context.params.id as number);
      if (image === undefined || image.channel !== context.params.channel_id) return notFound();
      // `{}` is still a valid `attributes` object, so only the comparison with the list can notice.
      return json(200, { ...renderImage(image), attributes: {} });
    }),
};

/** Every identity variant. */
export const identityVariants: Variant[] = [detailAnswersNeighbour, detailDiffersFromList];
