/**
 * A writable collection, inferred from path shapes only: a create POST on a collection path, the paginated list GET
 * on the same path, and item operations on `<collection path>{param}/` (GET and DELETE at least, PUT and PATCH when
 * documented). Nothing here looks at resource names.
 */
import type { ApiModel, JsonSchema, Operation } from '../../model/operation';
import { objectProperties, hasType, resolveLocal } from '../../model/schema-shape';
import { isJsonMediaType, requestMedia } from '../../generators/cases';
import { topologyOf } from '../../model/topology';

/** The operations one lifecycle sequence drives, and what identifies an item. */
export interface WritableCollection {
  create: Operation;
  list: Operation;
  retrieve: Operation;
  destroy: Operation;
  update?: Operation;
  partialUpdate?: Operation;
  /** The path parameter naming one item (`id`). */
  itemParam: string;
  /** The item property whose value goes into `itemParam` (`pk`): the list's inferred item key. */
  itemKey: string;
  /** JSON Schema of one item as the API answers it, when the list documents it. */
  itemSchema?: JsonSchema;
  /** The scope inference of the create operation: the path parameter, and the item property carrying it. */
  scope?: { param: string; property?: string };
  /** True when the list answers the `count` envelope, so counts can be checked. */
  countable: boolean;
}

/** The JSON object schema of an operation's request body, or undefined when it has none. */
export function jsonObjectBodySchema(operation: Operation): JsonSchema | undefined {
  const media = requestMedia(operation);
  if (!media || !isJsonMediaType(media.mediaType) || media.schema === undefined) return undefined;
  const resolved = resolveLocal(media.schema, media.schema);
  return hasType(resolved, 'object') || Object.keys(objectProperties(media.schema, media.schema)).length > 0 ? media.schema : undefined;
}

/** The writable collection whose create operation this is (read from the topology), or undefined when it is not one. */
export function writableCollectionOf(api: ApiModel, create: Operation): WritableCollection | undefined {
  if (create.method !== 'post' || jsonObjectBodySchema(create) === undefined) return undefined;
  const collection = topologyOf(api).collection(create.path);
  const list = collection?.list;
  const pagination = list?.inferred.pagination;
  if (!collection || collection.create !== create || !list || !pagination?.itemKey || !collection.itemParam) return undefined;
  const { get: retrieve, delete: destroy, put, patch } = collection.item;
  // Without a retrieve nothing can be compared, and without a delete a run could not clean up after itself.
  if (!retrieve || !destroy) return undefined;
  const withBody = (operation: Operation | undefined) => (operation && jsonObjectBodySchema(operation) ? operation : undefined);
  return {
    create,
    list,
    retrieve,
    destroy,
    update: withBody(put),
    partialUpdate: withBody(patch),
    itemParam: collection.itemParam,
    itemKey: pagination.itemKey,
    itemSchema: pagination.itemSchema,
    scope: create.inferred.scope,
    countable: pagination.kind === 'envelope',
  };
}
