/** Picks the adapter for a document's OpenAPI version; the only place that looks at `openapi`/`swagger`. */
import { ModelError } from '../errors';
import type { VersionAdapter } from './adapter';
import { createOas30Adapter } from './oas30';
import { createOas31Adapter } from './oas31';
import { isSchemaObject } from './schema-keywords';

export type { VersionAdapter } from './adapter';
export type { Direction } from './schema-converter';

/** Throws ModelError for Swagger 2.0 and unknown versions, before the validator gives a less helpful message. */
export function assertSupportedVersion(document: Record<string, unknown>): void {
  if ('swagger' in document) {
    throw new ModelError(
      `Swagger ${String(document.swagger)} documents are not supported; convert the document to OpenAPI 3 first`,
      '#/swagger',
    );
  }
  if (typeof document.openapi !== 'string' || !/^3\.[01]\./.test(document.openapi)) {
    throw new ModelError(`Unsupported OpenAPI version ${JSON.stringify(document.openapi)}; expected 3.0.x or 3.1.x`, '#/openapi');
  }
}

/** The adapter for a validated, dereferenced document, naming recursive schemas after components.schemas keys. */
export function adapterFor(document: Record<string, unknown>): VersionAdapter {
  assertSupportedVersion(document);
  const nameHints = componentSchemaNames(document);
  return (document.openapi as string).startsWith('3.1.') ? createOas31Adapter(nameHints) : createOas30Adapter(nameHints);
}

function componentSchemaNames(document: Record<string, unknown>): Map<object, string> {
  const names = new Map<object, string>();
  const components = document.components;
  const schemas = isSchemaObject(components) ? components.schemas : undefined;
  if (!isSchemaObject(schemas)) return names;
  for (const [name, schema] of Object.entries(schemas)) {
    // After dereferencing an alias (`A: {$ref: B}`) is B's object: the first name listed wins.
    if (isSchemaObject(schema) && !names.has(schema)) names.set(schema, name);
  }
  return names;
}
