/** Which media type of a request body the cases use: the first JSON-like one, as the API is a JSON API. */
import type { MediaTypeSpec, Operation } from '../../model/operation';

/** True for `application/json` and structured-syntax `+json` types (`application/merge-patch+json`). */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(';')[0].trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json');
}

/** The media type cases send: the first JSON-like one, else the first one documented; undefined without a body. */
export function requestMedia(operation: Operation): MediaTypeSpec | undefined {
  const content = operation.requestBody?.content ?? [];
  return content.find((media) => isJsonMediaType(media.mediaType)) ?? content[0];
}

/** The JSON body schema negative cases can break, or undefined when the body is not JSON or has no schema. */
export function jsonBodySchema(operation: Operation): MediaTypeSpec | undefined {
  const media = requestMedia(operation);
  return media && isJsonMediaType(media.mediaType) && media.schema !== undefined ? media : undefined;
}
