/** Request bodies and responses: content per media type with direction-aware schemas and their examples. */
import type { Direction, VersionAdapter } from './adapters';
import { isSchemaObject } from './adapters/schema-keywords';
import { collectExamples } from './examples';
import type { MediaTypeSpec, RequestBodySpec, ResponseSpec } from './operation';

/** The media types of a Content map, in document order. */
export function toMediaTypes(content: unknown, direction: Direction, adapter: VersionAdapter): MediaTypeSpec[] {
  if (!isSchemaObject(content)) return [];
  return Object.entries(content).map(([mediaType, raw]) => {
    const media = isSchemaObject(raw) ? raw : {};
    const spec: MediaTypeSpec = { mediaType, examples: collectExamples(media, media.schema) };
    if (media.schema !== undefined) spec.schema = adapter.convertSchema(media.schema, direction);
    return spec;
  });
}

/** A dereferenced Request Body Object in the model's form. */
export function toRequestBody(raw: unknown, adapter: VersionAdapter): RequestBodySpec | undefined {
  if (!isSchemaObject(raw)) return undefined;
  return { required: raw.required === true, content: toMediaTypes(raw.content, 'request', adapter) };
}

/** The Responses Object as a list, status keys as written (`200`, `4XX`, `default`), headers keyed in lower case. */
export function toResponses(raw: unknown, adapter: VersionAdapter): ResponseSpec[] {
  if (!isSchemaObject(raw)) return [];
  const responses: ResponseSpec[] = [];
  for (const [status, value] of Object.entries(raw)) {
    if (status.startsWith('x-') || !isSchemaObject(value)) continue;
    responses.push({
      status,
      description: typeof value.description === 'string' ? value.description : '',
      content: toMediaTypes(value.content, 'response', adapter),
      headers: toHeaders(value.headers, adapter),
    });
  }
  return responses;
}

function toHeaders(raw: unknown, adapter: VersionAdapter): ResponseSpec['headers'] {
  const headers: ResponseSpec['headers'] = {};
  if (!isSchemaObject(raw)) return headers;
  for (const [name, value] of Object.entries(raw)) {
    if (!isSchemaObject(value)) continue;
    const header: ResponseSpec['headers'][string] = { required: value.required === true };
    const schema = value.schema ?? firstContentSchema(value.content);
    if (schema !== undefined) header.schema = adapter.convertSchema(schema, 'response');
    headers[name.toLowerCase()] = header;
  }
  return headers;
}

function firstContentSchema(content: unknown): unknown {
  if (!isSchemaObject(content)) return undefined;
  const first = Object.values(content)[0];
  return isSchemaObject(first) ? first.schema : undefined;
}
