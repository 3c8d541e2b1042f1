/**
 * What the suite infers about operations from their shapes alone (never from resource names): pagination, filters,
 * scope and the detail operation. Each check that relies on an inference says so, because the document does not.
 */
import type { FilterInfo, JsonSchema, Operation, PaginationInfo, ScopeInfo } from './operation';
import { detach, hasType, objectProperties, resolveLocal } from './schema-shape';
import { collectionPathOf, itemKeyRule, itemParamUnder } from './topology';

const PAGE_PARAMS = ['page', 'offset'];
const LIMIT_PARAMS = ['limit', 'page_size', 'per_page'];

/**
 * Fills `inferred` of every operation. Pagination comes first for all of them because scope and detail lookups
 * look at sibling operations (a DELETE learns what its items carry from the list next to it).
 */
export function inferAll(operations: Operation[]): void {
  for (const operation of operations) {
    const pagination = inferPagination(operation, itemParamOf(operation, operations));
    operation.inferred = { filters: inferFilters(operation, pagination) };
    if (pagination) operation.inferred.pagination = pagination;
  }
  for (const operation of operations) {
    const scope = inferScope(operation, operations);
    if (scope) operation.inferred.scope = scope;
    const detail = inferDetailOperationId(operation, operations);
    if (detail) operation.inferred.detailOperationId = detail;
  }
}

/**
 * A GET whose 200 JSON body is `{count, results: [], next|previous}` pages by envelope; one whose 200 is a bare
 * array pages only if page/limit-like query parameters exist.
 */
export function inferPagination(operation: Operation, itemParam?: string): PaginationInfo | undefined {
  if (operation.method !== 'get') return undefined;
  const root = successJsonSchema(operation);
  const body = resolveLocal(root, root);
  const pageParam = queryParamNamed(operation, PAGE_PARAMS);
  const limitParam = queryParamNamed(operation, LIMIT_PARAMS);
  let kind: PaginationInfo['kind'] | undefined;
  let items: JsonSchema | undefined;
  const properties = objectProperties(root, root);
  const results = resolveLocal(properties.results, root);
  if ('count' in properties && ('next' in properties || 'previous' in properties) && hasType(results, 'array')) {
    kind = 'envelope';
    items = results?.items as JsonSchema | undefined;
  } else if (hasType(body, 'array') && (pageParam || limitParam)) {
    kind = 'array';
    items = body?.items as JsonSchema | undefined;
  }
  if (!kind) return undefined;
  const pagination: PaginationInfo = { kind };
  if (pageParam) pagination.pageParam = pageParam;
  if (limitParam) pagination.limitParam = limitParam;
  if (items !== undefined) {
    pagination.itemSchema = detach(items, root);
    const key = inferItemKey(pagination.itemSchema, itemParam);
    if (key) pagination.itemKey = key;
  }
  return pagination;
}

/** The property identifying an item of this schema, by the topology's one rule (`itemKeyRule`). */
export function inferItemKey(itemSchema: JsonSchema, itemParam?: string): string | undefined {
  return itemKeyRule(Object.keys(objectProperties(itemSchema, itemSchema)), itemParam);
}

/** The parameter of the first item path documented directly under the operation's path (`{id}` of `<path>{id}/`). */
function itemParamOf(operation: Operation, operations: Operation[]): string | undefined {
  for (const candidate of operations) {
    const param = itemParamUnder(operation.path, candidate.path);
    if (param) return param;
  }
  return undefined;
}

/**
 * Query parameters named like a property of the listed items filter by it: scalars by equality, object-valued
 * parameters (`attributes`) by containment of the given keys.
 */
export function inferFilters(operation: Operation, pagination: PaginationInfo | undefined): FilterInfo[] {
  if (!pagination?.itemSchema) return [];
  const properties = objectProperties(pagination.itemSchema, pagination.itemSchema);
  return operation.parameters
    .filter((parameter) => parameter.in === 'query' && parameter.name in properties)
    .filter((parameter) => parameter.name !== pagination.pageParam && parameter.name !== pagination.limitParam)
    .map((parameter) => ({
      param: parameter.name,
      property: parameter.name,
      match: hasType(resolveLocal(parameter.schema, parameter.schema), 'object') ? 'contains' : 'equals',
    }));
}

/**
 * A `{<x>_id}` path parameter followed by a literal collection segment scopes the collection (the last such one
 * when there are several); `property` is `<x>` when the collection's items carry it. `operations` (already given
 * their pagination) supply the item schema of the list on the same collection.
 */
export function inferScope(operation: Operation, operations: Operation[]): ScopeInfo | undefined {
  const collection = collectionPathOf(operation.path) ?? operation.path;
  const segments = collection.split('/').filter(Boolean);
  let param: string | undefined;
  segments.forEach((segment, index) => {
    const match = /^\{(.+_id)\}$/.exec(segment);
    const followedByLiteral = segments.slice(index + 1).some((later) => !later.startsWith('{'));
    if (match && followedByLiteral) param = match[1];
  });
  if (!param) return undefined;
  const scope: ScopeInfo = { param };
  const list = operations.find((candidate) => candidate.path === collection && candidate.inferred.pagination?.itemSchema);
  const itemSchema = operation.inferred.pagination?.itemSchema ?? list?.inferred.pagination?.itemSchema ?? resourceSchema(operation);
  const property = param.slice(0, -'_id'.length);
  if (itemSchema !== undefined && property in objectProperties(itemSchema, itemSchema)) scope.property = property;
  return scope;
}

/** For an operation on a collection path, the GET on `<collection path>{param}/` (slash as the document writes it). */
export function inferDetailOperationId(operation: Operation, operations: Operation[]): string | undefined {
  if (/\{[^}]+\}\/?$/.test(operation.path)) return undefined;
  return operations.find((candidate) => candidate.method === 'get' && itemParamUnder(operation.path, candidate.path) !== undefined)?.id;
}

function queryParamNamed(operation: Operation, names: string[]): string | undefined {
  return names.find((name) => operation.parameters.some((parameter) => parameter.in === 'query' && parameter.name === name));
}

/** The JSON schema of the 200 response (the first JSON-like media type); undefined when there is none. */
function successJsonSchema(operation: Operation): JsonSchema | undefined {
  const response = operation.responses.find((candidate) => candidate.status === '200');
  return response?.content.find((media) => isJsonLike(media.mediaType))?.schema;
}

/** What an item operation reads or writes: its first 2xx JSON object body, else its JSON request body. */
function resourceSchema(operation: Operation): JsonSchema | undefined {
  for (const response of operation.responses.filter((candidate) => /^2/.test(candidate.status))) {
    const schema = response.content.find((media) => isJsonLike(media.mediaType))?.schema;
    if (schema !== undefined && hasType(resolveLocal(schema, schema), 'object')) return schema;
  }
  return operation.requestBody?.content.find((media) => isJsonLike(media.mediaType))?.schema;
}

function isJsonLike(mediaType: string): boolean {
  return /[/+]json\b/i.test(mediaType) || mediaType === '*/*';
}
