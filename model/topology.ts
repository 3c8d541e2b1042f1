/**
 * The API's topology, derived once per ApiModel from path shapes and schemas (never from resource names): which
 * paths are collections, the list / create / item operations of each and how they link, the item path parameter,
 * the property that identifies an item, the scope, and the list's pagination shape. Discovery, the ledger,
 * record-write, own-objects, cleanup, the lifecycle and the scenario checks all read it here, so they cannot
 * disagree about what a collection or an item key is.
 */
import type { ApiModel, HttpMethod, JsonSchema, Operation, PaginationInfo, ScopeInfo } from './operation';
import { hasType, objectProperties, resolveLocal } from './schema-shape';

/** The methods an item path can carry that the topology links (read, replace, partial update, remove). */
export type ItemMethod = 'get' | 'put' | 'patch' | 'delete';

/** One collection path and the operations around it. */
export interface Collection {
  /** The collection path template as documented (`/api/v1/channel/{channel_id}/failed_integrations/`). */
  path: string;
  /** The GET on the path that pages through it (`inferred.pagination` set), when documented. */
  list?: Operation;
  /** The POST on the path: creates an item. */
  create?: Operation;
  /** The item path template under it (`<path>{id}/`, slash as the document writes it), when one is documented. */
  itemPath?: string;
  /** The path parameter naming one item (`id`), when an item path is documented. */
  itemParam?: string;
  /** The item operations on the item path, by method. */
  item: Partial<Record<ItemMethod, Operation>>;
  /** The property identifying an item (see `itemKeyRule`), when one is found. */
  itemKey?: string;
  /** JSON Schema of one item as the API answers it (the list's item, else the create's or the item GET's answer). */
  itemSchema?: JsonSchema;
  /** The list's pagination shape: `envelope` (count/next/previous/results) or `array`, and the page/limit names. */
  pagination?: Pick<PaginationInfo, 'kind' | 'pageParam' | 'limitParam'>;
  /** The scope of the collection (`{channel_id}` ↔ body/filter field `channel`), when its path has one. */
  scope?: ScopeInfo;
}

/** Every collection of an API, and the look-ups the run makes on them. */
export interface Topology {
  readonly collections: readonly Collection[];
  /** The collection at exactly this path template, if any. */
  collection(path: string): Collection | undefined;
  /** The collection whose item path this operation is on (with the item parameter), if any. */
  itemCollectionOf(operation: Operation): Collection | undefined;
  /** The path parameters of an operation whose values name items of a collection the API can create. */
  ownedParams(operation: Operation): readonly { param: string; collection: string }[];
}

/**
 * The one rule for the property that identifies an item, over the names an item carries: `id`, else `pk`, else
 * `uuid`, else the item path parameter's own name when the item carries it (`{row_id}` ↔ `row_id`), else the
 * only property ending in `_id`/`Id` when exactly one does. Names only, so that the same rule reads a schema's
 * properties and a response body without one. Why not "the first `*id` property" (as infer.ts once did): items
 * carry foreign keys (`object_id`, `log_id`, `channel_id`), and the first of several is a guess that aims
 * discovery at another resource's ids; several are ambiguous, so none is chosen.
 */
export function itemKeyRule(names: readonly string[], itemParam?: string): string | undefined {
  for (const preferred of ['id', 'pk', 'uuid']) if (names.includes(preferred)) return preferred;
  if (itemParam !== undefined && names.includes(itemParam)) return itemParam;
  const idLike = names.filter((name) => /(?:_id|[a-z0-9]Id)$/.test(name));
  return idLike.length === 1 ? idLike[0] : undefined;
}

/** The parameter naming one item when `path` is an item path directly under `collection`, else undefined. */
export function itemParamUnder(collection: string, path: string): string | undefined {
  const prefix = collection.endsWith('/') ? collection : `${collection}/`;
  if (!path.startsWith(prefix)) return undefined;
  return /^\{([^}/]+)\}\/?$/.exec(path.slice(prefix.length))?.[1];
}

/** The collection path of an item path: `/a/{x}/b/{id}/` gives `/a/{x}/b/`; undefined when it is no item path. */
export function collectionPathOf(path: string): string | undefined {
  const match = /^(.*\/)\{[^}/]+\}\/?$/.exec(path);
  return match ? match[1] : undefined;
}

/** The collection path before a path parameter: `/a/{x}/b/{id}/` and `id` give `/a/{x}/b/`. */
export function collectionBefore(path: string, param: string): string | undefined {
  const at = path.indexOf(`{${param}}`);
  return at < 0 ? undefined : path.slice(0, at);
}

const cache = new WeakMap<ApiModel, Topology>();

/** The topology of an API, computed on first use and cached for the model's lifetime. */
export function topologyOf(api: ApiModel): Topology {
  let topology = cache.get(api);
  if (!topology) {
    topology = buildTopology(api.operations);
    cache.set(api, topology);
  }
  return topology;
}

/** Builds the topology from the operations (their `inferred` already filled by infer.ts). */
export function buildTopology(operations: readonly Operation[]): Topology {
  const byPath = new Map<string, Collection>();
  const at = (path: string): Collection => {
    let collection = byPath.get(path);
    if (!collection) byPath.set(path, (collection = { path, item: {} }));
    return collection;
  };
  for (const operation of operations) {
    if (operation.method === 'get' && operation.inferred.pagination) at(operation.path).list ??= operation;
    if (operation.method === 'post') at(operation.path).create ??= operation;
  }
  for (const operation of operations) {
    const parent = collectionPathOf(operation.path);
    // An item path under a path without list or create (`/pets` + `/pets/{petId}` also counts: the slash differs).
    const path = parent === undefined ? undefined : [...byPath.keys()].find((candidate) => itemParamUnder(candidate, operation.path)) ?? parent;
    if (path === undefined || !isItemMethod(operation.method)) continue;
    const collection = at(path);
    const param = itemParamUnder(path, operation.path) as string;
    if (collection.itemParam !== undefined && collection.itemParam !== param) continue; // a second item path: keep the first
    collection.itemPath ??= operation.path;
    collection.itemParam = param;
    collection.item[operation.method] ??= operation;
  }
  for (const collection of byPath.values()) describeItems(collection);
  const collections = [...byPath.values()];
  const itemCollection = new Map<Operation, Collection>();
  for (const collection of collections) for (const operation of Object.values(collection.item)) itemCollection.set(operation, collection);
  const owned = new Map<Operation, readonly { param: string; collection: string }[]>();
  return {
    collections,
    collection: (path) => byPath.get(path),
    itemCollectionOf: (operation) => itemCollection.get(operation),
    ownedParams(operation) {
      // Asked once per answered request; the answer depends on the operation only.
      const known = owned.get(operation);
      if (known) return known;
      const found: { param: string; collection: string }[] = [];
      for (const param of operation.parameters.filter((p) => p.in === 'path')) {
        const path = collectionBefore(operation.path, param.name);
        if (path !== undefined && byPath.get(path)?.create) found.push({ param: param.name, collection: path });
      }
      owned.set(operation, found);
      return found;
    },
  };
}

function isItemMethod(method: HttpMethod): method is ItemMethod {
  return method === 'get' || method === 'put' || method === 'patch' || method === 'delete';
}

/** Fills item schema, item key, pagination shape and scope of a collection from its operations. */
function describeItems(collection: Collection): void {
  const pagination = collection.list?.inferred.pagination;
  if (pagination) collection.pagination = { kind: pagination.kind, pageParam: pagination.pageParam, limitParam: pagination.limitParam };
  const itemSchema = pagination?.itemSchema ?? objectAnswer(collection.create) ?? objectAnswer(collection.item.get);
  if (itemSchema !== undefined) {
    collection.itemSchema = itemSchema;
    // The list's key was chosen by the same rule with the same item parameter (infer.ts), so the two agree.
    const key = pagination?.itemKey ?? itemKeyRule(Object.keys(objectProperties(itemSchema, itemSchema)), collection.itemParam);
    if (key !== undefined) collection.itemKey = key;
  }
  const scope = collection.create?.inferred.scope ?? collection.list?.inferred.scope ?? collection.item.get?.inferred.scope;
  if (scope) collection.scope = scope;
}

/** The first 2xx JSON object schema an operation answers with, when it has one. */
function objectAnswer(operation: Operation | undefined): JsonSchema | undefined {
  for (const response of operation?.responses.filter((candidate) => /^2/.test(candidate.status)) ?? []) {
    const schema = response.content.find((media) => /[/+]json\b/i.test(media.mediaType))?.schema;
    if (schema !== undefined && hasType(resolveLocal(schema, schema), 'object')) return schema;
  }
  return undefined;
}

/** The create operation of a collection: the POST documented on that exact path. */
export function createOperationOf(api: ApiModel, collection: string): Operation | undefined {
  return topologyOf(api).collection(collection)?.create;
}

/** The item operation with `method` directly under a collection (`<collection>{param}/`), with its parameter. */
export function itemOperation(api: ApiModel, collection: string, method: ItemMethod): { operation: Operation; param: string } | undefined {
  const found = topologyOf(api).collection(collection);
  const operation = found?.item[method];
  return operation && found?.itemParam ? { operation, param: found.itemParam } : undefined;
}

/** The item operations of a list's collection (same path plus one `{param}/` segment), with the parameter. */
export function itemOperationsOf(api: ApiModel, list: Operation): { operation: Operation; param: string }[] {
  const found = topologyOf(api).collection(list.path);
  if (!found?.itemParam) return [];
  return Object.values(found.item).map((operation) => ({ operation, param: found.itemParam as string }));
}

/** The list an item operation belongs to (a list whose items have a key), with the parameter naming the item. */
export function listOf(api: ApiModel, operation: Operation): { list: Operation; param: string } | undefined {
  const found = topologyOf(api).itemCollectionOf(operation);
  return found?.list?.inferred.pagination?.itemKey && found.itemParam ? { list: found.list, param: found.itemParam } : undefined;
}

/**
 * The property identifying an object of a collection: the collection's item key, else the same rule applied to
 * the names a response body carries (a collection the document gives no item schema).
 */
export function itemKeyProperty(api: ApiModel, collection: string, body: unknown): string | undefined {
  const found = topologyOf(api).collection(collection);
  if (found?.itemKey) return found.itemKey;
  if (body && typeof body === 'object' && !Array.isArray(body)) return itemKeyRule(Object.keys(body), found?.itemParam);
  return undefined;
}

/** The path parameters of an operation whose values name objects in a collection the API can create. */
export function ownedParams(api: ApiModel, operation: Operation): readonly { param: string; collection: string }[] {
  return topologyOf(api).ownedParams(operation);
}
