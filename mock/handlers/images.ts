/** The five read-only image operations: list (envelope), detail, inserts/, updates/ and inserts_or_updates/. */
import type { Handler, RequestContext } from '../http/request-context';
import { json, notFound, type MockResponse } from '../http/mock-response';
import { readImageFilters } from '../filters/image-filters';
import { renderImage, type IntegrationStatus, type StoredImage } from '../models/image';

/** Which integration statuses a list shows; undefined shows every image. */
type StatusSelection = readonly IntegrationStatus[] | undefined;

function channelImages(context: RequestContext, statuses: StatusSelection): StoredImage[] | MockResponse {
  const filter = readImageFilters(context.query);
  if (filter.kind === 'errors') return json(400, filter.errors);
  const channel = context.params.channel_id;
  return context.state.images
    .all()
    .filter((image) => image.channel === channel && (statuses === undefined || statuses.includes(image.status)))
    .filter((image) => filter.matches(image.fields));
}

function arrayList(statuses: IntegrationStatus[]): Handler {
  return (context) => {
    const images = channelImages(context, statuses);
    if (!Array.isArray(images)) return images;
    return context.paginator.array(images.map(renderImage), context.pageRequest);
  };
}

/** GET .../cancellation_request_images/: every image of the channel, paginated in an envelope. */
export const listImages: Handler = (context) => {
  const images = channelImages(context, undefined);
  if (!Array.isArray(images)) return images;
  return context.paginator.envelope(images.map(renderImage), context.pageRequest);
};

/** GET .../cancellation_request_images/{id}/: one image, 404 when it is missing or belongs to another channel. */
export const retrieveImage: Handler = (context) => {
  const image = context.state.images.get(context.params.id as number);
  if (image === undefined || image.channel !== context.params.channel_id) return notFound();
  return json(200, renderImage(image));
};

/** GET .../inserts/: images the channel has never integrated. */
export const listImageInserts: Handler = arrayList(['new']);

/** GET .../updates/: images changed since the channel last integrated them. */
export const listImageUpdates: Handler = arrayList(['changed']);

/** GET .../inserts_or_updates/: the union of inserts/ and updates/, in id order. */
export const listImageInsertsOrUpdates: Handler = arrayList(['new', 'changed']);
