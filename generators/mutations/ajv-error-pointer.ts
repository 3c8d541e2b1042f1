/** Where an AJV error points: the offending value itself, even for keywords AJV reports at the parent. */
import type { ErrorObject } from 'ajv';
import { childPointer } from '../../json/pointer';

/**
 * The pointer of the value an AJV error is about. `required` and `additionalProperties` are reported at the parent
 * object; the missing or extra property is the one a reader wants named.
 */
export function errorPointer(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') return childPointer(error.instancePath, params.missingProperty);
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') return childPointer(error.instancePath, params.additionalProperty);
  if (error.keyword === 'dependentRequired' && typeof params.missingProperty === 'string') return childPointer(error.instancePath, params.missingProperty);
  return error.instancePath;
}

/** Keywords that only repeat, at a parent, an error some subschema already reported. */
export const SUMMARY_KEYWORDS: ReadonlySet<string> = new Set(['anyOf', 'oneOf', 'allOf', 'if', 'then', 'else', 'not', 'contains', 'dependentSchemas', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'false schema']);
