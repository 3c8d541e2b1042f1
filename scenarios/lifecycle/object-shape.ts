/**
 * Which fields of an item the lifecycle model follows: the writable fields the create body documents that the
 * items also carry (write-only ones never come back), plus the scope property the path sets. The item key and
 * other read-only fields are the server's to fill and change (`modified_date`), so they are not modelled.
 */
import type { JsonSchema } from '../../model/operation';
import { hasType, objectProperties, resolveLocal } from '../../model/schema-shape';
import { jsonObjectBodySchema, type WritableCollection } from './collection';

/** One modelled field: its request-direction schema (and the root its `$ref`s resolve against). */
export interface FieldInfo {
  name: string;
  schema: JsonSchema;
  root: JsonSchema;
  /** The documented `default`, which a full update that leaves the field out may reset it to. */
  defaultValue?: { value: unknown };
  /** A nullable field left out of a full update may also be reset to null. */
  nullable: boolean;
}

/** The modelled fields, and the values the path fixes whatever a body says. */
export interface ObjectShape {
  fields: FieldInfo[];
  /** The scope property with the path's value: the object belongs to the collection whose URL wrote it. */
  scope?: { property: string; param: string; value: unknown };
}

function admitsNull(schema: JsonSchema, root: JsonSchema): boolean {
  const resolved = resolveLocal(schema, root);
  if (!resolved) return false;
  if (hasType(resolved, 'null') || resolved.nullable === true) return true;
  return ['anyOf', 'oneOf'].some((keyword) => Array.isArray(resolved[keyword]) && (resolved[keyword] as JsonSchema[]).some((member) => admitsNull(member, root)));
}

/** The shape of the collection's items as the model follows them, for objects created under `scopeValue`. */
export function objectShapeOf(collection: WritableCollection, scopeValue: unknown): ObjectShape {
  const root = jsonObjectBodySchema(collection.create) as JsonSchema;
  const requestProperties = objectProperties(root, root);
  const itemProperties = collection.itemSchema === undefined ? undefined : objectProperties(collection.itemSchema, collection.itemSchema);
  const answered = (name: string) => itemProperties === undefined || Object.keys(itemProperties).length === 0 || name in itemProperties;
  const fields: FieldInfo[] = [];
  for (const [name, schema] of Object.entries(requestProperties)) {
    if (name === collection.itemKey || !answered(name)) continue;
    const resolved = resolveLocal(schema, root);
    const field: FieldInfo = { name, schema, root, nullable: admitsNull(schema, root) };
    if (resolved && resolved.default !== undefined) field.defaultValue = { value: resolved.default };
    fields.push(field);
  }
  const shape: ObjectShape = { fields };
  const scope = collection.scope;
  if (scope?.property !== undefined && scopeValue !== undefined) shape.scope = { property: scope.property, param: scope.param, value: scopeValue };
  return shape;
}
