/** The filters every image list accepts: cancellation_request, uploaded_by and attributes. */
import { readIntegerFilters } from './integer-filter';
import { readDeepObject } from './deep-object';
import type { CancellationRequestImage } from '../models/image';

/** A predicate over images, or the field errors that make the query invalid. */
export type ImageFilterResult =
  | { kind: 'filter'; matches(image: CancellationRequestImage): boolean }
  | { kind: 'errors'; errors: Record<string, string[]> };

/**
 * Builds the image predicate. Integer filters match exactly; every given `attributes[key]` must equal the image's
 * attribute, compared as strings because query values are strings (an image without that key never matches).
 */
export function readImageFilters(query: URLSearchParams): ImageFilterResult {
  const integers = readIntegerFilters(query, ['cancellation_request', 'uploaded_by']);
  if (integers.kind === 'errors') return integers;
  const { cancellation_request: request, uploaded_by: uploader } = integers.values;
  const wanted = Object.entries(readDeepObject(query, 'attributes'));
  return {
    kind: 'filter',
    matches: (image) =>
      (request === undefined || image.cancellation_request === request) &&
      (uploader === undefined || image.uploaded_by === uploader) &&
      wanted.every(([key, value]) => Object.hasOwn(image.attributes, key) && String(image.attributes[key]) === value),
  };
}
