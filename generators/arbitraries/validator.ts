/**
 * AJV as the judge of every generated value: one instance per flavour, each schema compiled once, in the model's
 * dialect (spec/json-schema-dialect.ts: 2020-12); draft-7 `items: [...]` is rewritten to `prefixItems` first
 * because the 2020-12 class refuses it.
 */
import type Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import type { JsonSchema } from '../../model/operation';
import { createModelAjv, schemaProblem } from '../../json/schema-dialect';
import { isPlainObject } from './schema-shape';

/**
 * `fast` stops at the first error (filters), `all` lists every error (mutation checks), `coercing` parses strings
 * the way a server parses query, path and header values (coerceTypes: 'array'), to tell what survives serialisation.
 */
export type ValidatorFlavour = 'fast' | 'all' | 'coercing';

function createAjv(flavour: ValidatorFlavour): Ajv2020 {
  return createModelAjv({
    allErrors: flavour !== 'fast',
    coerceTypes: flavour === 'coercing' ? 'array' : false,
    // Error messages are read by people; `params` is enough for machines and verbose adds schema copies.
    verbose: false,
  });
}

const instances = new Map<ValidatorFlavour, Ajv2020>();
const compiled = new Map<ValidatorFlavour, WeakMap<object, WeakMap<object, ValidateFunction>>>();
// The model gives every operation its own copy of a shared definition (`limit`, `page`, `channel_id`, a list's
// item), so identity alone compiled 412 validators for 73 distinct schemas in a `--runs 200` run (~0.5 s of the run
// thread); an identity miss falls back to the standalone schema's text, per flavour.
const compiledByText = new Map<ValidatorFlavour, Map<string, ValidateFunction>>();
const TRUE_SCHEMA = {};
const FALSE_SCHEMA = { not: {} };

function ajvFor(flavour: ValidatorFlavour): Ajv2020 {
  let ajv = instances.get(flavour);
  if (!ajv) {
    ajv = createAjv(flavour);
    instances.set(flavour, ajv);
  }
  return ajv;
}

/** Deep copy with draft-7 tuple `items: [...]` / `additionalItems` rewritten to 2020-12 `prefixItems` / `items`. */
export function toDraft2020(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toDraft2020);
  if (!isPlainObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'items' && Array.isArray(value)) out.prefixItems = value.map(toDraft2020);
    else if (key === 'additionalItems') continue;
    // `enum`, `const`, `default` and `examples` hold data, not schemas: copy them untouched.
    else if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples') out[key] = value;
    else out[key] = toDraft2020(value);
  }
  if (Array.isArray(schema.items) && 'additionalItems' in schema) out.items = toDraft2020(schema.additionalItems);
  return out;
}

/** The subschema made standalone: the root's `$defs`/`definitions` travel with it so local `$ref`s resolve. */
function standalone(schema: object, root: object): object {
  const rooted = schema === root ? schema : { ...pick(root, ['$defs', 'definitions']), ...schema };
  return toDraft2020(rooted) as object;
}

function pick(source: object, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (key in source) out[key] = (source as Record<string, unknown>)[key];
  return out;
}

/**
 * The compiled validator for `schema`, resolving `$ref`s against `root` (defaults to the schema itself).
 * Compiled once per (root, schema, flavour): by identity, then by the standalone schema's text.
 */
export function validatorFor(schema: JsonSchema, root: JsonSchema = schema, flavour: ValidatorFlavour = 'fast'): ValidateFunction {
  const subject = schema === true ? TRUE_SCHEMA : schema === false ? FALSE_SCHEMA : schema;
  const rootObject = typeof root === 'boolean' ? subject : root;
  let byRoot = compiled.get(flavour);
  if (!byRoot) {
    byRoot = new WeakMap();
    compiled.set(flavour, byRoot);
  }
  let bySchema = byRoot.get(rootObject);
  if (!bySchema) {
    bySchema = new WeakMap();
    byRoot.set(rootObject, bySchema);
  }
  let validate = bySchema.get(subject);
  if (!validate) {
    const schemaToCompile = standalone(subject, rootObject);
    const text = JSON.stringify(schemaToCompile);
    let byText = compiledByText.get(flavour);
    if (!byText) {
      byText = new Map();
      compiledByText.set(flavour, byText);
    }
    validate = byText.get(text);
    if (!validate) {
      const problem = schemaProblem(schemaToCompile, text);
      if (problem) throw new Error(problem);
      validate = ajvFor(flavour).compile(schemaToCompile);
      byText.set(text, validate);
    }
    bySchema.set(subject, validate);
  }
  return validate;
}

/** True when `value` is valid against `schema` (with `$ref`s resolved against `root`). */
export function isValid(schema: JsonSchema, value: unknown, root?: JsonSchema): boolean {
  return validatorFor(schema, root, 'fast')(value) as boolean;
}

/** Every AJV error for `value` against `schema`; empty when valid. */
export function validationErrors(schema: JsonSchema, value: unknown, root?: JsonSchema, flavour: ValidatorFlavour = 'all'): ErrorObject[] {
  const validate = validatorFor(schema, root, flavour);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** The full-mode ajv-formats check for one format, or undefined for a format AJV does not know. */
export function formatChecker(format: string): ((value: string) => boolean) | undefined {
  const definition = ajvFor('fast').formats[format];
  if (definition === undefined) return undefined;
  if (definition === true) return () => true;
  if (definition instanceof RegExp) return (value) => definition.test(value);
  if (typeof definition === 'function') return definition as (value: string) => boolean;
  const inner = (definition as { validate?: unknown }).validate;
  if (inner instanceof RegExp) return (value) => inner.test(value);
  if (typeof inner === 'function') return inner as (value: string) => boolean;
  return () => true;
}

export type { ErrorObject };
