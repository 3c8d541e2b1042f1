/**
 * JSON Schema -> fast-check arbitrary.
 *
 * Written by hand because no maintained library compiles JSON Schema to fast-check 4 arbitraries: the known ones
 * either target fast-check 1-2 and draft-04, or produce JSON Schema *from* arbitraries, and none keeps fast-check's
 * shrinking intact across combinators. This compiler is small builders (one file per concern) composed with
 * fast-check's own combinators, so shrinking keeps working, and it is checked against AJV by the shared property set
 * in test/generators/arbitraries.
 */
import type fc from 'fast-check';
import type { JsonSchema } from '../../model/operation';
import { compileSchema } from './compile';
import type { CompileContext, CompileOptions } from './context';

export type { CompileOptions } from './context';
export { UnsatisfiableSchemaError } from './unsatisfiable';

const DEFAULT_MAX_DEPTH = 3;
const DEFAULT_MAX_ITEMS = 5;

const cache = new WeakMap<object, Map<string, fc.Arbitrary<unknown>>>();

function optionsKey(options: CompileOptions): string {
  return `${options.maxDepth ?? DEFAULT_MAX_DEPTH}|${options.maxItems ?? DEFAULT_MAX_ITEMS}|${options.charset ?? 'unicode'}`;
}

/** Compile `schema` without the cache; `$ref`s resolve against `root` (the schema itself by default). */
export function compileArbitrary(schema: JsonSchema, options: CompileOptions = {}, root: JsonSchema = schema): fc.Arbitrary<unknown> {
  const context: CompileContext = {
    root,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxItems: options.maxItems ?? DEFAULT_MAX_ITEMS,
    charset: options.charset ?? 'unicode',
    refStack: [],
    minimal: false,
    refCache: new Map(),
    compile: compileSchema,
  };
  return compileSchema(schema, context);
}

/**
 * An arbitrary of values valid against `schema`, compiled once per schema object and options.
 * Throws UnsatisfiableSchemaError when the schema admits no value the compiler can find.
 */
export function schemaToArbitrary(schema: JsonSchema, options: CompileOptions = {}): fc.Arbitrary<unknown> {
  if (typeof schema === 'boolean') return compileArbitrary(schema, options);
  let byOptions = cache.get(schema);
  if (!byOptions) {
    byOptions = new Map();
    cache.set(schema, byOptions);
  }
  const key = optionsKey(options);
  let arbitrary = byOptions.get(key);
  if (!arbitrary) {
    arbitrary = compileArbitrary(schema, options);
    byOptions.set(key, arbitrary);
  }
  return arbitrary;
}
