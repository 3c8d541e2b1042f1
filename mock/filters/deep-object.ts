/** Reads an OpenAPI `deepObject` query parameter: `attributes[color]=red&attributes[size]=L`. */

/** The object a deepObject parameter carries; an empty object when the parameter is absent. */
export function readDeepObject(query: URLSearchParams, name: string): Record<string, string> {
  const prefix = `${name}[`;
  const result: Record<string, string> = {};
  for (const [key, value] of query) {
    // Only one level of nesting exists in OpenAPI's deepObject style; `a[b][c]` is not a key of `a`.
    if (key.startsWith(prefix) && key.endsWith(']') && key.indexOf('[', prefix.length) === -1) {
      const property = key.slice(prefix.length, -1);
      if (property !== '') result[property] = value;
    }
  }
  return result;
}
