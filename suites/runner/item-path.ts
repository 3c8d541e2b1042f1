/** The path shape that links a collection to its items: `<collection path>{param}/`. */

/** The parameter naming one item when `path` is an item path directly under `collection`, else undefined. */
export function itemParamUnder(collection: string, path: string): string | undefined {
  const prefix = collection.endsWith('/') ? collection : `${collection}/`;
  if (!path.startsWith(prefix)) return undefined;
  return /^\{([^}]+)\}\/?$/.exec(path.slice(prefix.length))?.[1];
}
