/**
 * Raw values for parameters: which schema they are generated from (a path segment cannot be empty; headers carry
 * ASCII only), their valid examples, and their plain default. Serialisation happens elsewhere.
 */
import type fc from 'fast-check';
import { compileArbitrary } from '../arbitraries';
import { boundaryValues, representativeValue } from '../arbitraries/boundaries';
import { isValid } from '../arbitraries/validator';
import type { JsonSchema, Parameter } from '../../model/operation';

/** Locations whose values travel inside an HTTP header line or a URL path, where only ASCII is safe. */
function needsAscii(parameter: Parameter): boolean {
  return parameter.in === 'header' || parameter.in === 'cookie' || parameter.in === 'path';
}

const generationSchemas = new WeakMap<Parameter, JsonSchema>();

/** The schema values are generated from: the parameter's own, narrowed where the wire demands it. */
export function generationSchema(parameter: Parameter): JsonSchema {
  let schema = generationSchemas.get(parameter);
  if (!schema) {
    // An empty path segment routes to another URL (`/a//b/`), so a path string needs one character at least.
    schema = parameter.in === 'path' ? { allOf: [parameter.schema, { minLength: 1 }] } : parameter.schema;
    generationSchemas.set(parameter, schema);
  }
  return schema;
}

const arbitraries = new WeakMap<Parameter, fc.Arbitrary<unknown>>();

/** Valid values for the parameter, compiled once per parameter. */
export function parameterArbitrary(parameter: Parameter): fc.Arbitrary<unknown> {
  let arbitrary = arbitraries.get(parameter);
  if (!arbitrary) {
    arbitrary = compileArbitrary(generationSchema(parameter), { charset: needsAscii(parameter) ? 'ascii' : 'unicode' }, parameter.schema);
    arbitraries.set(parameter, arbitrary);
  }
  return arbitrary;
}

/** True when the value is one the parameter accepts (and, for path parameters, not an empty segment). */
export function isValidParameterValue(parameter: Parameter, value: unknown): boolean {
  return isValid(generationSchema(parameter), value, parameter.schema);
}

/** The parameter's documented examples that are valid (an invalid example is the spec's bug, not a positive case). */
export function validExamples(parameter: Parameter): unknown[] {
  return parameter.examples.filter((example) => isValidParameterValue(parameter, example));
}

/** The plain value used when a case varies something else: a given path value, an example, the default. */
export function defaultParameterValue(parameter: Parameter, pathValues?: Record<string, unknown[]>): unknown {
  const given = parameter.in === 'path' ? pathValues?.[parameter.name] : undefined;
  if (given && given.length > 0) return given[0];
  const examples = validExamples(parameter);
  if (examples.length > 0) return examples[0];
  return representativeValue(generationSchema(parameter), parameter.schema);
}

/** Valid edge values of the parameter. */
export function parameterBoundaries(parameter: Parameter, limit: number): unknown[] {
  const values = boundaryValues(generationSchema(parameter), parameter.schema, { limit });
  // Headers and paths cannot carry every code point; edges that need them are left out there.
  return needsAscii(parameter) ? values.filter((value) => !/[^\x20-\x7e]/.test(JSON.stringify(value))) : values;
}
