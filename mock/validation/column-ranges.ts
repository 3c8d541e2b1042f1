/**
 * The range of the database column behind each integer field. Omnitron's integer fields are Django IntegerFields
 * on PostgreSQL (`integer`, 32 bits); Django gives each one Min/MaxValueValidators for that range, and DRF's
 * ModelSerializer turns them into `min_value`/`max_value`, so 2147483648 is refused with "Ensure this value is less
 * than or equal to 2147483647." instead of reaching the database. The embedded server does the same, which also
 * means it never stores an integer a JavaScript number cannot hold exactly: what it accepts comes back unchanged.
 */

/** PostgreSQL `integer`, the column Django's IntegerField (and a ForeignKey to an AutoField) maps to. */
export const INTEGER_COLUMN = { minimum: -2147483648, maximum: 2147483647 } as const;

type SchemaObject = { [keyword: string]: unknown };

function isIntegerSchema(schema: SchemaObject): boolean {
  const type = schema.type;
  return type === 'integer' || (Array.isArray(type) && type.includes('integer'));
}

/** The object schema with the column range added to every integer property that does not state a tighter bound. */
export function withColumnRanges(schema: SchemaObject): SchemaObject {
  const properties = schema.properties;
  if (typeof properties !== 'object' || properties === null) return schema;
  const bounded: SchemaObject = {};
  for (const [name, property] of Object.entries(properties as Record<string, SchemaObject>)) {
    if (typeof property !== 'object' || property === null || !isIntegerSchema(property)) {
      bounded[name] = property;
      continue;
    }
    const minimum = typeof property.minimum === 'number' ? Math.max(property.minimum, INTEGER_COLUMN.minimum) : INTEGER_COLUMN.minimum;
    const maximum = typeof property.maximum === 'number' ? Math.min(property.maximum, INTEGER_COLUMN.maximum) : INTEGER_COLUMN.maximum;
    bounded[name] = { ...property, minimum, maximum };
  }
  return { ...schema, properties: bounded };
}
