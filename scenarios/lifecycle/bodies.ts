/** Valid request bodies for the lifecycle's writes, generated from each write operation's own body schema. */
import fc from 'fast-check';
import type { JsonSchema, Operation } from '../../model/operation';
import { schemaToArbitrary } from '../../generators/arbitraries';
import { isValid } from '../../generators/arbitraries/validator';
import { objectProperties } from '../../model/schema-shape';
import { jsonObjectBodySchema } from './collection';
import type { ObjectShape } from './object-shape';

/** A JSON object body. */
export type Body = Record<string, unknown>;

/**
 * Valid bodies for `operation`, with the scope property (when the body documents it) set to the path's value:
 * an object written through one collection's URL must stay in it, so that its item URL keeps finding it whatever
 * the server does with a body value that disagrees with the path.
 */
export function bodyArbitrary(operation: Operation, shape: ObjectShape): fc.Arbitrary<Body> {
  const schema = jsonObjectBodySchema(operation) as JsonSchema;
  const scope = shape.scope;
  const scopeSchema = scope ? objectProperties(schema, schema)[scope.property] : undefined;
  const pin = scope !== undefined && scopeSchema !== undefined && isValid(scopeSchema, scope.value, schema);
  return schemaToArbitrary(schema).map((value) => {
    const body: Body = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...(value as Body) } : {};
    if (pin && scope && Object.hasOwn(body, scope.property)) body[scope.property] = scope.value;
    return body;
  });
}
