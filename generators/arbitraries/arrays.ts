/** Arrays: `items`, tuple forms (`prefixItems`, draft-7 `items: [...]`), length bounds, `uniqueItems`, `contains`. */
import fc from 'fast-check';
import type { JsonSchema } from '../../model/operation';
import { allDistinct, canonicalJson } from './canonical-json';
import type { CompileContext } from './context';
import { numberKeyword, schemaKeyword, schemaListKeyword, type SchemaObject } from './schema-shape';
import { UnsatisfiableSchemaError } from './unsatisfiable';
import { isValid } from './validator';

/** The tuple part and the schema for the items after it, whichever draft spelt them. */
export function arrayItemSchemas(schema: SchemaObject): { prefix: JsonSchema[]; rest: JsonSchema } {
  const tupleItems = schemaListKeyword(schema, 'items');
  if (tupleItems) return { prefix: tupleItems, rest: schemaKeyword(schema, 'additionalItems') ?? true };
  return { prefix: schemaListKeyword(schema, 'prefixItems') ?? [], rest: schemaKeyword(schema, 'items') ?? true };
}

/** The arbitrary for an array schema. */
export function arrayArbitrary(schema: SchemaObject, context: CompileContext): fc.Arbitrary<unknown[]> {
  const { prefix, rest } = arrayItemSchemas(schema);
  const minItems = numberKeyword(schema, 'minItems') ?? 0;
  const declaredMax = numberKeyword(schema, 'maxItems');
  const restAllowed = rest !== false;
  const hardMax = Math.min(declaredMax ?? Infinity, restAllowed ? Infinity : prefix.length);
  if (hardMax < minItems) throw new UnsatisfiableSchemaError(`arrays need ${minItems} items but can hold ${hardMax}`);
  // Generation stays small: past maxDepth only the required minimum, otherwise a few items above it.
  const maxLength = Math.min(hardMax, context.minimal ? minItems : minItems + context.maxItems);
  const unique = schema.uniqueItems === true;
  const contains = schemaKeyword(schema, 'contains');

  const compileItem = (itemSchema: JsonSchema) => context.compile(itemSchema, context);
  let restArbitrary = maxLength > prefix.length && restAllowed ? compileItem(rest) : undefined;
  if (restArbitrary && contains !== undefined) {
    // Offer items built to satisfy `contains` too, or arrays would only meet it by luck.
    try {
      restArbitrary = fc.oneof(restArbitrary, compileItem({ allOf: [rest, contains] }));
    } catch (error) {
      if (!(error instanceof UnsatisfiableSchemaError)) throw error;
    }
  }

  let arrays: fc.Arbitrary<unknown[]>;
  if (prefix.length === 0) {
    if (!restArbitrary) arrays = fc.constant([]);
    else if (unique) arrays = fc.uniqueArray(restArbitrary, { minLength: minItems, maxLength, selector: canonicalJson });
    else arrays = fc.array(restArbitrary, { minLength: minItems, maxLength });
  } else {
    arrays = tupleArrays(prefix, restArbitrary, minItems, maxLength, compileItem);
    if (unique) arrays = arrays.filter(allDistinct);
  }
  if (contains !== undefined || (unique && prefix.length > 0)) {
    const containsPart = pickContains(schema);
    arrays = arrays.filter((value) => isValid(containsPart, value, context.root));
  }
  return arrays;
}

/** Arrays that start with the tuple items (as many as the length asks) and continue with `rest` items. */
function tupleArrays(
  prefix: JsonSchema[],
  restArbitrary: fc.Arbitrary<unknown> | undefined,
  minItems: number,
  maxLength: number,
  compileItem: (schema: JsonSchema) => fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown[]> {
  const tupleLength = Math.min(prefix.length, maxLength);
  const required = Math.min(minItems, tupleLength);
  // Compile only the tuple positions a value can reach: a later one may be unsatisfiable yet never needed.
  const positions = prefix.slice(0, tupleLength).map(compileItem);
  const head = fc.integer({ min: required, max: tupleLength }).chain((length) => fc.tuple(...positions.slice(0, length)));
  const tailMin = Math.max(0, minItems - tupleLength);
  const tailMax = Math.max(0, maxLength - tupleLength);
  if (!restArbitrary || tailMax === 0) return head;
  const tail = fc.array(restArbitrary, { minLength: tailMin, maxLength: tailMax });
  // A tail only makes sense after a complete tuple.
  return fc.tuple(head, tail).map(([items, more]) => (items.length === tupleLength ? [...items, ...more] : items));
}

/** The keywords whose truth the builder can only check afterwards, as a schema of their own. */
function pickContains(schema: SchemaObject): SchemaObject {
  const out: SchemaObject = {};
  for (const key of ['contains', 'minContains', 'maxContains', 'uniqueItems']) if (key in schema) out[key] = schema[key];
  return out;
}
