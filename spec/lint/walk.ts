/** Navigation helpers shared by the lint rules: operations, $ref resolution and a generic tree walk. */
import type { OpenAPIV3 } from 'openapi-types';
import { resolvePointer, toPointer } from '../../json/pointer';

/** HTTP methods a path item can hold. */
export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One operation and where it is. */
export interface OperationSite {
  path: string;
  method: (typeof httpMethods)[number];
  operation: OpenAPIV3.OperationObject;
  /** `/paths/~1a~1/get` */
  pointer: string;
}

/** Every operation of a document, in document order. */
export function operationsOf(document: OpenAPIV3.Document): OperationSite[] {
  const sites: OperationSite[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!item) continue;
    for (const method of httpMethods) {
      const operation = (item as Record<string, unknown>)[method] as OpenAPIV3.OperationObject | undefined;
      if (operation) sites.push({ path, method, operation, pointer: toPointer(['paths', path, method]) });
    }
  }
  return sites;
}

/** A node after following internal $refs, and the pointer of where its definition lives. */
export interface Resolved<T> {
  value: T | undefined;
  pointer: string;
}

/** Follows internal $refs (a chain of them, cycles cut) from a node found at `pointer`. */
export function follow<T>(document: unknown, node: unknown, pointer: string): Resolved<T> {
  const seen = new Set<string>();
  let current = node;
  let at = pointer;
  while (isRef(current) && current.$ref.startsWith('#') && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    at = decodeURIComponent(current.$ref.slice(1));
    current = resolvePointer(document, at);
  }
  return { value: current as T | undefined, pointer: at };
}

/** True for a `{ $ref: string }` node. */
export function isRef(node: unknown): node is { $ref: string } {
  return typeof node === 'object' && node !== null && typeof (node as { $ref?: unknown }).$ref === 'string';
}

/** Visits every object in the tree (arrays are traversed), with its pointer tokens. */
export function walkObjects(node: unknown, visit: (value: Record<string, unknown>, tokens: string[]) => void, tokens: string[] = []): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walkObjects(item, visit, [...tokens, String(index)]));
  } else if (typeof node === 'object' && node !== null) {
    visit(node as Record<string, unknown>, tokens);
    for (const [key, value] of Object.entries(node)) walkObjects(value, visit, [...tokens, key]);
  }
}

/** Media types (with their pointers) of every response and request body in paths and components. */
export function mediaTypesOf(document: OpenAPIV3.Document): { pointer: string; media: OpenAPIV3.MediaTypeObject }[] {
  const found: { pointer: string; media: OpenAPIV3.MediaTypeObject }[] = [];
  const collect = (holder: unknown, tokens: string[]): void => {
    const content = (holder as { content?: Record<string, OpenAPIV3.MediaTypeObject> } | undefined)?.content;
    if (!content || isRef(holder)) return;
    for (const [type, media] of Object.entries(content)) found.push({ pointer: toPointer([...tokens, 'content', type]), media });
  };
  for (const site of operationsOf(document)) {
    const base = ['paths', site.path, site.method];
    collect(site.operation.requestBody, [...base, 'requestBody']);
    for (const [status, response] of Object.entries(site.operation.responses ?? {})) collect(response, [...base, 'responses', status]);
  }
  for (const section of ['responses', 'requestBodies'] as const) {
    for (const [name, holder] of Object.entries(document.components?.[section] ?? {})) collect(holder, ['components', section, name]);
  }
  return found;
}
