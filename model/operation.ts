/**
 * The Operation model: one documented HTTP operation, independent of the OpenAPI version it was written in.
 * Everything after `operations` in the pipeline (generation, sending, checks, reports) works on these types only.
 */
import type { SpecFinding } from '../spec/spec-finding';

/** A JSON Schema (draft 2019-09 subset) as the generators and AJV consume it: acyclic, recursion via local `$defs`. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

/** HTTP methods an OpenAPI path item can document. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** Where a parameter travels. */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** One documented parameter with its serialisation rules already defaulted per OpenAPI (style/explode). */
export interface Parameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** Request-direction JSON Schema (readOnly parts removed). */
  schema: JsonSchema;
  /** simple | form | label | matrix | spaceDelimited | pipeDelimited | deepObject */
  style: string;
  explode: boolean;
  allowReserved: boolean;
  /** Values from `example` / `examples`, in document order. */
  examples: unknown[];
  description?: string;
  /** Set when the parameter is described by `content` instead of `schema`: its value travels serialised as this media type. */
  contentType?: string;
}

/** One media type of a request or response body. */
export interface MediaTypeSpec {
  /** e.g. `application/json`, `application/problem+json`, `*\/*`. */
  mediaType: string;
  /** Direction-aware JSON Schema; absent when the document gives none. */
  schema?: JsonSchema;
  /** Values from `example` / `examples` (and the schema's own `example`), in document order. */
  examples: unknown[];
}

/** A documented request body. */
export interface RequestBodySpec {
  required: boolean;
  content: MediaTypeSpec[];
}

/** A documented response, keyed by its status as written: `200`, `4XX`, `default`. */
export interface ResponseSpec {
  status: string;
  description: string;
  /** Empty when the response documents no body. */
  content: MediaTypeSpec[];
  /** Response header schemas by lower-case header name. */
  headers: Record<string, { required: boolean; schema?: JsonSchema }>;
}

/** A security scheme an operation can be satisfied by. */
export interface SecurityScheme {
  /** The key under components.securitySchemes. */
  key: string;
  type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /** apiKey: where the key travels and under which name. */
  in?: 'header' | 'query' | 'cookie';
  paramName?: string;
  /** http: `bearer`, `basic`, ... */
  scheme?: string;
}

/** Inferred: the operation answers the count/next/previous/results envelope or takes page/limit. */
export interface PaginationInfo {
  /** `envelope` for count/next/previous/results, `array` for a bare array that still honours page/limit. */
  kind: 'envelope' | 'array';
  pageParam?: string;
  limitParam?: string;
  /** Property of each item that identifies it (`id`, `pk`, ...), when one is found. */
  itemKey?: string;
  /** JSON Schema of one listed item. */
  itemSchema?: JsonSchema;
}

/** Inferred: a query parameter whose name matches a property of the listed items. */
export interface FilterInfo {
  param: string;
  /** The item property (or, for object-valued filters, the object property whose keys are matched). */
  property: string;
  /** `equals` for scalars, `contains` for object-valued parameters such as `attributes`. */
  match: 'equals' | 'contains';
}

/** Inferred: a path parameter that scopes a collection, such as `channel_id`. */
export interface ScopeInfo {
  param: string;
  /** Item property that carries the scope's value, when the items carry it (`channel`). */
  property?: string;
}

/** What the suite infers about an operation beyond the document's words; each check that relies on it says so. */
export interface Inferences {
  pagination?: PaginationInfo;
  filters: FilterInfo[];
  scope?: ScopeInfo;
  /** The operationId of the detail (by-id) operation for items this operation lists or creates. */
  detailOperationId?: string;
}

/** One operation, converted once from the document. */
export interface Operation {
  /** operationId, or a stable id derived from method and path when the document has none. */
  id: string;
  /** Short name of the API it belongs to (`omnitron`, `oms`, or the document's title slug). */
  api: string;
  method: HttpMethod;
  /** Path template as documented, e.g. `/api/v1/channel/{channel_id}/failed_integrations/{id}/`. */
  path: string;
  summary?: string;
  tags: string[];
  parameters: Parameter[];
  requestBody?: RequestBodySpec;
  responses: ResponseSpec[];
  /** Alternatives (OR) of scheme sets (AND); an empty list means the operation is public. */
  security: SecurityScheme[][];
  /** True for writes and for reads the document or an overlay marks with `x-side-effects: true`. */
  sideEffects: boolean;
  deprecated: boolean;
  inferred: Inferences;
}

/** A loaded, validated API: its operations and the documented methods of each path (for 405 checks). */
export interface ApiModel {
  name: string;
  title: string;
  version: string;
  /** Server URLs as documented (may be relative or templated). */
  servers: string[];
  operations: Operation[];
  /** Documented methods by path template. */
  methodsByPath: Record<string, HttpMethod[]>;
  /** Defects of the document the run works around, each with its fallback (set by buildApiModelTolerant). */
  specFindings?: SpecFinding[];
  /** Operations of the document that are not run, and why (set by buildApiModelTolerant). */
  skippedOperations?: Array<{ operation: string; reason: string }>;
}
