/** The dispatcher: which builder a schema goes to, in the order that keeps every keyword honoured. */
import fc from 'fast-check';
import type { JsonSchema } from '../../model/operation';
import { anyJsonArbitrary } from './any-value';
import { arrayArbitrary } from './arrays';
import { allOfArbitrary, alternativesArbitrary, conditionalArbitrary } from './combinators';
import type { CompileContext } from './context';
import { integerArbitrary, numberArbitrary } from './numbers';
import { objectArbitrary } from './objects';
import { refArbitrary } from './refs';
import { generatedTypes, isPlainObject, schemaKeyword, type JsonType, type SchemaObject } from './schema-shape';
import { stringArbitrary } from './strings';
import { UnsatisfiableSchemaError } from './unsatisfiable';
import { isValid } from './validator';

/** Compile one (sub)schema into an arbitrary; throws UnsatisfiableSchemaError when it admits nothing. */
export function compileSchema(schema: JsonSchema, context: CompileContext): fc.Arbitrary<unknown> {
  if (schema === true) return anyJsonArbitrary(context);
  if (schema === false || !isPlainObject(schema)) throw new UnsatisfiableSchemaError('the schema `false` admits nothing');
  // Reference, then combinators: each rewrites the schema into simpler ones and comes back here.
  if (typeof schema.$ref === 'string') return refArbitrary(schema, context);
  if (Array.isArray(schema.allOf)) return allOfArbitrary(schema, context);
  if (Array.isArray(schema.oneOf)) return alternativesArbitrary(schema, 'oneOf', context);
  if (Array.isArray(schema.anyOf)) return alternativesArbitrary(schema, 'anyOf', context);
  if ('if' in schema) return conditionalArbitrary(schema, context);

  let arbitrary: fc.Arbitrary<unknown>;
  if ('const' in schema) arbitrary = constArbitrary(schema, context);
  else if (Array.isArray(schema.enum)) arbitrary = enumArbitrary(schema, context);
  else arbitrary = typedArbitrary(schema, context);

  const not = schemaKeyword(schema, 'not');
  if (not !== undefined) arbitrary = arbitrary.filter((value) => !isValid(not, value, context.root));
  return arbitrary;
}

/** A fresh copy per value, so a caller that edits one case cannot change the next. */
function freshCopies(value: unknown): fc.Arbitrary<unknown> {
  return typeof value === 'object' && value !== null ? fc.constant(value).map((v) => structuredClone(v)) : fc.constant(value);
}

function constArbitrary(schema: SchemaObject, context: CompileContext): fc.Arbitrary<unknown> {
  if (!isValid(schema, schema.const, context.root)) throw new UnsatisfiableSchemaError(`const ${JSON.stringify(schema.const)} breaks its own schema`);
  return freshCopies(schema.const);
}

function enumArbitrary(schema: SchemaObject, context: CompileContext): fc.Arbitrary<unknown> {
  // The other keywords still apply: an enum member that breaks them is not a valid value.
  const members = (schema.enum as unknown[]).filter((member) => isValid(schema, member, context.root));
  if (members.length === 0) throw new UnsatisfiableSchemaError(`no enum member of ${JSON.stringify(schema.enum)} satisfies the schema`);
  return fc.constantFrom(...members).chain(freshCopies);
}

function builderFor(type: JsonType, schema: SchemaObject, context: CompileContext): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return integerArbitrary(schema);
    case 'number':
      return numberArbitrary(schema);
    case 'string':
      return stringArbitrary(schema, context);
    case 'array':
      return arrayArbitrary(schema, context);
    case 'object':
      return objectArbitrary(schema, context);
  }
}

/** One arbitrary per allowed type; `null` gets a small share so nullable fields are mostly filled. */
function typedArbitrary(schema: SchemaObject, context: CompileContext): fc.Arbitrary<unknown> {
  const choices: { arbitrary: fc.Arbitrary<unknown>; weight: number }[] = [];
  const reasons: string[] = [];
  for (const type of generatedTypes(schema)) {
    try {
      choices.push({ arbitrary: builderFor(type, schema, context), weight: type === 'null' ? 1 : 4 });
    } catch (error) {
      if (!(error instanceof UnsatisfiableSchemaError)) throw error;
      reasons.push(error.message);
    }
  }
  if (choices.length === 0) throw new UnsatisfiableSchemaError(reasons.join('; ') || 'no type admits a value');
  return choices.length === 1 ? choices[0].arbitrary : fc.oneof(...choices);
}
