/**
 * The schemas every generator must handle: the Omnitron and OMS schemas of the seed pages (converted to JSON Schema
 * by hand: nullable -> type arrays, readOnly dropped for the request direction) and synthetic ones for each keyword.
 */
import type { JsonSchema } from '../../../model/operation';

/** One named schema of the corpus. */
export interface CorpusEntry {
  name: string;
  schema: JsonSchema;
}

/** Omnitron FailedIntegration, request direction (`pk` is readOnly). */
export const failedIntegrationRequest: JsonSchema = {
  type: 'object',
  properties: {
    channel: { type: 'integer' },
    version_date: { type: 'string', format: 'date-time' },
    reason_type: { type: 'string', enum: ['mapping', 'remote', 'channel_app'], maxLength: 15 },
    is_active: { type: 'boolean', default: true },
    content_type: { type: 'integer' },
    object_id: { type: 'integer' },
    expiration_date: { type: ['string', 'null'], format: 'date-time' },
    retry_count: { type: 'integer', default: 1, minimum: 0 },
    max_retry_count: { type: 'integer', default: 1, minimum: 0 },
    retry_interval: { type: 'integer', default: 0, minimum: 0 },
    integration_action: { type: ['integer', 'null'] },
    log_id: { type: ['integer', 'null'] },
  },
  required: ['channel', 'version_date', 'reason_type', 'content_type', 'object_id'],
};

/** Omnitron CancellationRequestImage with its StarterModel allOf, request direction (created_date is readOnly). */
export const cancellationRequestImageRequest: JsonSchema = {
  $defs: {
    StarterModel: { type: 'object', properties: { modified_date: { type: 'string', format: 'date-time' } } },
  },
  type: 'object',
  allOf: [{ $ref: '#/$defs/StarterModel' }],
  properties: {
    id: { type: 'integer' },
    cancellation_request: { type: 'integer' },
    image: { type: 'string', format: 'uri' },
    description: { type: 'string' },
    attributes: { type: 'object' },
    uploaded_by: { type: 'integer' },
  },
};

/** OMS CancellationReason, from the prose table of the seed page. */
export const cancellationReason: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    cancellation_type: { type: 'string' },
    created_date: { type: 'string', format: 'date-time' },
    modified_date: { type: 'string', format: 'date-time' },
    omnitron_id: { type: 'integer' },
    subject: { type: 'string' },
    extra_information_needed: { type: 'boolean' },
    ordering: { type: 'integer' },
    is_active: { type: 'boolean' },
  },
  required: ['id', 'cancellation_type', 'subject', 'is_active'],
  additionalProperties: false,
};

const FORMATS = ['date-time', 'date', 'time', 'iso-time', 'iso-date-time', 'uri', 'url', 'uri-reference', 'uri-template', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid', 'regex', 'duration', 'byte', 'json-pointer', 'json-pointer-uri-fragment', 'relative-json-pointer', 'password', 'binary'];

/** The corpus. */
export const CORPUS: CorpusEntry[] = [
  { name: 'Omnitron FailedIntegration (request)', schema: failedIntegrationRequest },
  { name: 'Omnitron CancellationRequestImage (request)', schema: cancellationRequestImageRequest },
  { name: 'OMS CancellationReason', schema: cancellationReason },
  { name: 'OMS CancellationReason list envelope', schema: { type: 'object', required: ['count', 'results'], properties: { count: { type: 'integer', minimum: 0 }, next: { type: ['string', 'null'], format: 'uri' }, previous: { type: ['string', 'null'], format: 'uri' }, results: { type: 'array', items: cancellationReason, maxItems: 3 } } } },
  ...FORMATS.map((format) => ({ name: `string format ${format}`, schema: { type: 'string', format } })),
  { name: 'int32/int64/float/double', schema: { type: 'object', required: ['a', 'b', 'c', 'd'], properties: { a: { type: 'integer', format: 'int32' }, b: { type: 'integer', format: 'int64' }, c: { type: 'number', format: 'float' }, d: { type: 'number', format: 'double' } } } },
  { name: 'integer range', schema: { type: 'integer', minimum: -5, maximum: 17 } },
  { name: 'integer exclusive range and multipleOf', schema: { type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 100, multipleOf: 7 } },
  { name: 'number exclusive range', schema: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 } },
  { name: 'number multipleOf 0.25', schema: { type: 'number', minimum: -10, maximum: 10, multipleOf: 0.25 } },
  { name: 'string lengths in code points', schema: { type: 'string', minLength: 2, maxLength: 4 } },
  { name: 'string pattern', schema: { type: 'string', pattern: '^[A-Z]{2}-\\d{3,5}$' } },
  { name: 'string pattern and length', schema: { type: 'string', pattern: '^[a-z]+$', minLength: 3, maxLength: 6 } },
  { name: 'enum of mixed values', schema: { enum: ['a', 1, null, true] } },
  { name: 'const', schema: { const: { fixed: [1, 2] } } },
  { name: 'nullable integer', schema: { type: ['integer', 'null'], minimum: 10 } },
  { name: 'anyOf with null (nullable $ref style)', schema: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'null' }] } },
  { name: 'array bounds and uniqueness', schema: { type: 'array', items: { type: 'integer', minimum: 0, maximum: 9 }, minItems: 2, maxItems: 5, uniqueItems: true } },
  { name: 'prefixItems tuple', schema: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false, minItems: 1 } },
  { name: 'draft-7 items array', schema: { type: 'array', items: [{ type: 'boolean' }, { type: 'null' }], additionalItems: { type: 'string', maxLength: 2 } } },
  { name: 'contains', schema: { type: 'array', items: { type: 'integer' }, contains: { type: 'integer', minimum: 100 } } },
  { name: 'object closed', schema: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'boolean' } }, required: ['a'], additionalProperties: false } },
  { name: 'object additionalProperties schema', schema: { type: 'object', properties: { a: { type: 'integer' } }, additionalProperties: { type: 'string', maxLength: 3 } } },
  { name: 'object additionalProperties true, counts', schema: { type: 'object', additionalProperties: true, minProperties: 2, maxProperties: 4 } },
  { name: 'patternProperties', schema: { type: 'object', patternProperties: { '^x_': { type: 'integer' } }, additionalProperties: false } },
  { name: 'dependentRequired', schema: { type: 'object', properties: { card: { type: 'string' }, cvv: { type: 'string' } }, dependentRequired: { card: ['cvv'] } } },
  { name: 'allOf merge', schema: { allOf: [{ type: 'object', properties: { a: { type: 'integer', minimum: 0 } }, required: ['a'] }, { properties: { a: { maximum: 10 }, b: { type: 'string' } }, required: ['b'] }] } },
  { name: 'oneOf overlapping branches', schema: { oneOf: [{ type: 'integer', multipleOf: 2 }, { type: 'integer', multipleOf: 3 }] } },
  { name: 'oneOf objects', schema: { oneOf: [{ type: 'object', properties: { kind: { const: 'a' }, x: { type: 'integer' } }, required: ['kind'] }, { type: 'object', properties: { kind: { const: 'b' }, y: { type: 'string' } }, required: ['kind'] }] } },
  { name: 'anyOf', schema: { anyOf: [{ type: 'string', maxLength: 2 }, { type: 'number', minimum: 1000 }] } },
  { name: 'not', schema: { type: 'integer', minimum: 0, maximum: 20, not: { enum: [0, 1, 2, 3] } } },
  { name: 'if/then/else', schema: { type: 'object', properties: { kind: { enum: ['n', 's'] }, v: {} }, required: ['kind', 'v'], if: { properties: { kind: { const: 'n' } } }, then: { properties: { v: { type: 'integer' } } }, else: { properties: { v: { type: 'string' } } } } },
  { name: 'recursive tree', schema: { $defs: { Node: { type: 'object', properties: { value: { type: 'integer' }, children: { type: 'array', items: { $ref: '#/$defs/Node' } } }, required: ['value'] } }, $ref: '#/$defs/Node' } },
  { name: 'recursive required linked list', schema: { $defs: { Cell: { type: 'object', properties: { head: { type: 'string' }, tail: { anyOf: [{ type: 'null' }, { $ref: '#/$defs/Cell' }] } }, required: ['head', 'tail'] } }, $ref: '#/$defs/Cell' } },
  { name: 'empty schema', schema: {} },
];
