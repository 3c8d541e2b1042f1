/** Validates failed-integration request bodies against the published schema, answering DRF-style field errors. */
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../../json/schema-dialect';
import { loadFailedIntegrationSchema } from './failed-integration-schema';
import { toRequestJsonSchema } from './openapi-schema';
import { toFieldErrors, type FieldErrors } from './drf-messages';
import { withColumnRanges } from './column-ranges';

/** Valid writable fields (read-only ones removed), or the field errors to answer with 400. */
export type ValidationResult = { kind: 'valid'; fields: Record<string, unknown> } | { kind: 'invalid'; errors: FieldErrors };

/** Checks a full (POST/PUT) or partial (PATCH) body. */
export interface FailedIntegrationValidator {
  validate(body: unknown, partial: boolean): ValidationResult;
  /** Writable property names, in schema order. */
  readonly properties: readonly string[];
  /** The schema's `default` of each property that has one; nullable properties without one default to null. */
  readonly defaults: Readonly<Record<string, unknown>>;
}

/** The Python type name DRF's message uses for a JSON value. */
function pythonTypeName(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return typeof value;
}

/** Compiles the validators once from the fragment's schema. */
export function createFailedIntegrationValidator(schema = loadFailedIntegrationSchema()): FailedIntegrationValidator {
  const full = withColumnRanges(toRequestJsonSchema(schema));
  const partial = { ...full, required: [] };
  // The published fragment is OpenAPI 3.0, read in that version's dialect; strict, since the converted schema is ours.
  const ajv = createAjv('3.0', { allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  const compiled: Record<'full' | 'partial', ValidateFunction> = { full: ajv.compile(full), partial: ajv.compile(partial) };
  const propertySchemas = (full.properties ?? {}) as Record<string, { default?: unknown; type?: unknown }>;
  const properties = Object.keys(propertySchemas);
  const defaults: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(propertySchemas)) {
    if (property.default !== undefined) defaults[name] = property.default;
    else if (Array.isArray(property.type) && property.type.includes('null')) defaults[name] = null;
  }
  return {
    properties,
    defaults,
    validate(body, isPartial) {
      // DRF's edge case for a JSON null body: "No data provided" rather than the type message.
      if (body === null) return { kind: 'invalid', errors: { non_field_errors: ['No data provided'] } };
      if (typeof body !== 'object' || Array.isArray(body)) {
        return { kind: 'invalid', errors: { non_field_errors: [`Invalid data. Expected a dictionary, but got ${pythonTypeName(body)}.`] } };
      }
      // Unknown and read-only fields are ignored, as DRF serializers do, so only documented writable ones are kept.
      const fields: Record<string, unknown> = {};
      for (const name of properties) if (Object.hasOwn(body, name)) fields[name] = (body as Record<string, unknown>)[name];
      const validate = compiled[isPartial ? 'partial' : 'full'];
      if (validate(fields)) return { kind: 'valid', fields };
      return { kind: 'invalid', errors: toFieldErrors(validate.errors ?? []) };
    },
  };
}
