/**
 * The one place AJV is configured: which JSON Schema dialect each OpenAPI version's schemas are validated in, and
 * the AJV instance for it. Generators, response checks and lint all construct their validators here, so a keyword
 * means the same to what generates a value, what judges a response and what lints a document.
 */
import Ajv2020 from 'ajv/dist/2020';
import type { Options } from 'ajv';
import addFormats from 'ajv-formats';

/** The OpenAPI versions the project reads. */
export type OpenApiVersion = '3.0' | '3.1';

/** JSON Schema draft 2020-12. */
export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/**
 * The dialect of each version's schemas as the API model holds them. 3.1: its Schema Objects are JSON Schema
 * 2020-12. 3.0: the adapter (adapters/oas30.ts) converts them into 2020-12 keywords (`$defs`, `examples`, numeric
 * exclusive bounds, type arrays for `nullable`). A raw 3.0 document (lint) is read in the same dialect: 3.0
 * forbids the tuple `items` and sibling keywords of `$ref` that are where 2020-12 and draft-07 differ.
 */
export const DIALECT_OF: Readonly<Record<OpenApiVersion, string>> = { '3.0': DRAFT_2020_12, '3.1': DRAFT_2020_12 };

/** The AJV class of each dialect. */
const AJV_OF: Readonly<Record<string, typeof Ajv2020>> = { [DRAFT_2020_12]: Ajv2020 };

/** The OpenAPI version of a document (`openapi: 3.1.x` is 3.1; anything else read as 3.0). */
export function openApiVersionOf(document: unknown): OpenApiVersion {
  const openapi = typeof document === 'object' && document !== null ? (document as { openapi?: unknown }).openapi : undefined;
  return typeof openapi === 'string' && openapi.startsWith('3.1') ? '3.1' : '3.0';
}

/** The per-use settings callers may choose; the rest is fixed for every validator of the project. */
export type AjvSettings = Pick<Options, 'allErrors' | 'coerceTypes' | 'verbose' | 'addUsedSchema' | 'validateSchema' | 'strict' | 'allowUnionTypes'>;

/**
 * A new AJV instance for schemas of an OpenAPI `version`, formats added. Fixed settings: `strict: false` because
 * documents carry OpenAPI annotations (`example`, `discriminator`, `xml`, `x-*`) AJV does not know; `logger: false`
 * because formats are open-ended in OpenAPI and an unknown one is simply not asserted. Callers cache the instance.
 */
export function createAjv(version: OpenApiVersion, settings: AjvSettings = {}): Ajv2020 {
  const AjvClass = AJV_OF[DIALECT_OF[version]];
  const ajv = new AjvClass({ strict: false, logger: false, ...settings });
  addFormats(ajv);
  return ajv;
}

/**
 * The AJV instance for schemas of the API model (generators, checks). Every version's model schemas are in one
 * dialect (DIALECT_OF), so one instance per setting serves all APIs of a run.
 */
export function createModelAjv(settings: AjvSettings = {}): Ajv2020 {
  // Each instance would compile the 2020-12 meta-schema for itself on its first schema (~0.1 s each, four of them in
  // a run); schemaProblem checks every model schema against one shared copy instead.
  return createAjv('3.1', { validateSchema: false, ...settings });
}

let metaValidator: Ajv2020 | undefined;
const problemByText = new Map<string, string | undefined>();

/**
 * Why a model schema is not valid JSON Schema 2020-12, in Ajv's own words (`schema is invalid: …`), or undefined;
 * one meta-schema compile per process serves every validator, and each schema's text is judged once.
 */
export function schemaProblem(schema: unknown, text: string = JSON.stringify(schema)): string | undefined {
  if (problemByText.has(text)) return problemByText.get(text);
  metaValidator ??= createAjv('3.1');
  const valid = metaValidator.validateSchema(schema as object);
  const problem = valid ? undefined : `schema is invalid: ${metaValidator.errorsText(metaValidator.errors)}`;
  problemByText.set(text, problem);
  return problem;
}
