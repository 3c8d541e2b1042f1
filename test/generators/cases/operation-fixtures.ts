/** Operations as the model adapter produces them, written by hand from the seed pages for the case tests. */
import type { Operation, Parameter } from '../../../model/operation';
import { cancellationRequestImageRequest, failedIntegrationRequest } from '../arbitraries/schema-corpus';

/** A parameter with OpenAPI's defaults for its location. */
export function parameter(name: string, location: Parameter['in'], schema: Parameter['schema'], extra: Partial<Parameter> = {}): Parameter {
  return { name, in: location, required: location === 'path', schema, style: location === 'query' ? 'form' : 'simple', explode: location === 'query', allowReserved: false, examples: [], ...extra };
}

function operation(id: string, method: Operation['method'], path: string, extra: Partial<Operation>): Operation {
  return { id, api: 'omnitron', method, path, tags: [], parameters: [], responses: [], security: [], sideEffects: method !== 'get', deprecated: false, inferred: { filters: [] }, ...extra };
}

const channelPath = () => parameter('channel_id', 'path', { type: 'integer' });

/** PUT failed integration: two integer path parameters and a required JSON body. */
export const updateFailedIntegration = operation('updateFailedIntegration', 'put', '/api/v1/channel/{channel_id}/failed_integrations/{id}/', {
  parameters: [channelPath(), parameter('id', 'path', { type: 'integer' }, { examples: [17] })],
  requestBody: { required: true, content: [{ mediaType: 'application/json', schema: failedIntegrationRequest, examples: [] }] },
});

/** GET failed integrations: pagination and a filter in the query. */
export const listFailedIntegrations = operation('listFailedIntegrations', 'get', '/api/v1/channel/{channel_id}/failed_integrations/', {
  parameters: [
    channelPath(),
    parameter('page', 'query', { type: 'integer', minimum: 1, default: 1 }),
    parameter('limit', 'query', { type: 'integer', minimum: 1, default: 10 }, { examples: [25, 'not-valid'] }),
    parameter('channel', 'query', { type: 'integer' }),
  ],
});

/** POST cancellation request images (`inserts/`): a JSON body with allOf and a `+json` media type listed second. */
export const insertCancellationRequestImages = operation('insertCancellationRequestImages', 'post', '/api/channel/{channel_id}/cancellation_request_images/inserts/', {
  parameters: [channelPath(), parameter('X-Request-Id', 'header', { type: 'string', format: 'uuid' }, { required: true }), parameter('search', 'query', { type: 'string' })],
  requestBody: {
    required: false,
    content: [
      { mediaType: 'multipart/form-data', schema: { type: 'object' }, examples: [] },
      {
        mediaType: 'application/vnd.akinon+json',
        schema: cancellationRequestImageRequest,
        examples: [
          { cancellation_request: 3, image: 'https://cdn.example.com/a.png', description: 'scratch' },
          { cancellation_request: 'three' },
        ],
      },
    ],
  },
});

/** GET OMS cancellation reason detail: a string path parameter, nothing else. */
export const cancellationReasonDetail = operation('cancellationReasonDetail', 'get', '/api/v1/oms/cancellation-reasons/{pk}/', {
  api: 'oms',
  parameters: [parameter('pk', 'path', { type: 'string' })],
});

/** Every fixture. */
export const OPERATIONS: Operation[] = [updateFailedIntegration, listFailedIntegrations, insertCancellationRequestImages, cancellationReasonDetail];
