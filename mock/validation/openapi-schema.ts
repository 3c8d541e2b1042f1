/** Converts an OpenAPI 3.0 Schema Object into plain JSON Schema for the request direction. */

type SchemaObject = { [keyword: string]: unknown };

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `nullable: true` becomes a `null` member of `type`; readOnly properties are dropped (and no longer required),
 * because a client may not set them and the server ignores them. Handles the flat object schemas the fragments
 * publish; nested `properties` and `items` are converted too.
 */
export function toRequestJsonSchema(schema: SchemaObject): SchemaObject {
  const result: SchemaObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'nullable' || keyword === 'example') continue;
    result[keyword] = value;
  }
  if (schema.nullable === true && typeof schema.type === 'string') {
    result.type = [schema.type, 'null'];
    // JSON Schema applies enum to null as well; a nullable enum must therefore list null to accept it.
    if (Array.isArray(schema.enum)) result.enum = [...schema.enum, null];
  }
  if (isObject(schema.properties)) {
    const properties: SchemaObject = {};
    const dropped = new Set<string>();
    for (const [name, property] of Object.entries(schema.properties)) {
      if (isObject(property) && property.readOnly === true) dropped.add(name);
      else properties[name] = isObject(property) ? toRequestJsonSchema(property) : property;
    }
    result.properties = properties;
    if (Array.isArray(schema.required)) result.required = schema.required.filter((name) => !dropped.has(String(name)));
  }
  if (isObject(schema.items)) result.items = toRequestJsonSchema(schema.items);
  return result;
}
