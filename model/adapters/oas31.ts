/**
 * OpenAPI 3.1 adapter. A 3.1 Schema Object already is JSON Schema 2020-12, so only the OpenAPI-only keywords and the
 * deprecated single `example` need rewriting; direction and cycles are handled by the shared converter.
 */
import type { JsonSchema } from '../operation';
import type { VersionAdapter } from './adapter';
import { SchemaConverter } from './schema-converter';

/** Rewrites one OAS 3.1 schema node's own keywords into plain JSON Schema (subschemas already converted). */
export function oas31Keywords(node: Record<string, unknown>): JsonSchema {
  if (!('example' in node)) return node;
  const { example, ...rest } = node;
  const examples = Array.isArray(rest.examples) ? rest.examples : [];
  return { ...rest, examples: [example, ...examples] };
}

/** The OpenAPI 3.1 adapter for one document; `nameHints` names recursive schemas in `$defs`. */
export function createOas31Adapter(nameHints?: ReadonlyMap<object, string>): VersionAdapter {
  const converter = new SchemaConverter(oas31Keywords, nameHints);
  return { version: 'oas31', convertSchema: (schema, direction) => converter.convert(schema, direction) };
}
