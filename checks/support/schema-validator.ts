/**
 * Compiled JSON Schema validators, each compiled once per schema object and cached for the life of the process:
 * checks run on thousands of responses a second, and compiling is the expensive step.
 */
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import type { JsonSchema } from '../../model/operation';
import { createModelAjv, schemaProblem } from '../../json/schema-dialect';

/** A schema ready to validate with: its validator, or why the document's schema cannot be compiled. */
export type CompiledSchema =
  | { ok: true; validate: (data: unknown) => ErrorObject[] | null }
  | { ok: false; error: string };

// The model's dialect (json/schema-dialect.ts: 2020-12, so a 3.1 `prefixItems` is enforced), the
// same the generators produce values in. allErrors: a failure message lists every problem (up to a cap) so a developer fixes them in one round;
// it costs nothing on valid bodies, which are the common case.
// addUsedSchema: false so that two documents reusing one `$id` do not collide in Ajv's registry.
const ajv = createModelAjv({ allErrors: true, addUsedSchema: false });

const cache = new WeakMap<object, CompiledSchema>();
// The model builds a new schema object per operation even where many operations share one definition (a generated
// 1,000-operation spec compiled ~400 identical validators), so an identity miss falls back to the schema's text.
const byText = new Map<string, CompiledSchema>();
let compilations = 0;

const alwaysValid: CompiledSchema = { ok: true, validate: () => null };
const falseSchemaError: ErrorObject = {
  instancePath: '',
  schemaPath: '#',
  keyword: 'false schema',
  params: {},
  message: 'must not be present: the schema is `false`',
};
const neverValid: CompiledSchema = { ok: true, validate: () => [falseSchemaError] };

function compile(schema: object, text: string): CompiledSchema {
  compilations += 1;
  const problem = schemaProblem(schema, text);
  if (problem) return { ok: false, error: problem };
  let validator: ValidateFunction;
  try {
    validator = ajv.compile(schema);
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
  // Ajv keeps the last call's errors on the function, so they are read before anything else can validate.
  return { ok: true, validate: (data) => (validator(data) ? null : (validator.errors ?? [])) };
}

/** The cached validator for a schema, compiling it on first use; keyed by identity, then by the schema's text. */
export function compiledSchema(schema: JsonSchema): CompiledSchema {
  if (schema === true) return alwaysValid;
  if (schema === false) return neverValid;
  let compiled = cache.get(schema);
  if (!compiled) {
    const text = JSON.stringify(schema);
    compiled = byText.get(text);
    if (!compiled) {
      compiled = compile(schema, text);
      byText.set(text, compiled);
    }
    // A schema that does not compile is cached too, so a broken document costs one attempt, not one per response.
    cache.set(schema, compiled);
  }
  return compiled;
}

/** How many schemas have been compiled so far in this process; lets tests prove the cache holds. */
export function validatorCompilations(): number {
  return compilations;
}
