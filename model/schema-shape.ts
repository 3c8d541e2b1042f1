/**
 * Reading the shape of a converted (acyclic, `$defs`-based) schema: what the inferences need to look through
 * `$ref` and `allOf` without caring how the document composed it.
 */
import { isSchemaObject } from './adapters/schema-keywords';
import type { JsonSchema } from './operation';
import { unescapeToken } from '../json/pointer';

/** Follows `$ref: '#/$defs/Name'` chains against the schema's root; any other schema comes back as is. */
export function resolveLocal(schema: JsonSchema | undefined, root: JsonSchema | undefined): Record<string, unknown> | undefined {
  let current: unknown = schema;
  for (let hops = 0; isSchemaObject(current) && typeof current.$ref === 'string' && hops < 32; hops++) {
    const match = /^#\/\$defs\/(.+)$/.exec(current.$ref);
    const defs = isSchemaObject(root) ? root.$defs : undefined;
    if (!match || !isSchemaObject(defs)) return undefined;
    current = defs[unescapeToken(match[1])];
  }
  return isSchemaObject(current) ? current : undefined;
}

/** Whether a schema admits the given JSON type (by its `type` keyword, string or list). */
export function hasType(schema: Record<string, unknown> | undefined, type: string): boolean {
  if (!schema) return false;
  return schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));
}

/** Declared properties of an object schema, its allOf members' included (own declarations win). */
export function objectProperties(schema: JsonSchema | undefined, root: JsonSchema | undefined): Record<string, JsonSchema> {
  const resolved = resolveLocal(schema, root);
  if (!resolved) return {};
  const merged: Record<string, JsonSchema> = {};
  for (const member of Array.isArray(resolved.allOf) ? resolved.allOf : []) {
    Object.assign(merged, objectProperties(member as JsonSchema, root));
  }
  if (isSchemaObject(resolved.properties)) Object.assign(merged, resolved.properties);
  return merged;
}

/**
 * A subschema made self-contained: the root's `$defs` travel with it so its `$ref`s still resolve when it is
 * compiled or generated on its own.
 */
export function detach(sub: JsonSchema, root: JsonSchema | undefined): JsonSchema {
  if (!isSchemaObject(sub) || !isSchemaObject(root) || !isSchemaObject(root.$defs) || sub === root) return sub;
  return { ...sub, $defs: { ...root.$defs, ...(isSchemaObject(sub.$defs) ? sub.$defs : {}) } };
}
