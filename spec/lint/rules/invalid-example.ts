/** An example that fails its own schema: either the example or the schema is wrong, and tests built on it will be. */
import type { OpenAPIV3 } from 'openapi-types';
import { toPointer } from '../../../json/pointer';
import type { LintRule, RuleHit } from '../finding';
import { createPointerValidator } from '../schema-validator';
import { isRef, mediaTypesOf, operationsOf } from '../walk';

interface Exampled {
  schema?: unknown;
  example?: unknown;
  examples?: Record<string, { value?: unknown } | { $ref: string }>;
}

/** Pointers and values of the `example` / `examples.*.value` a holder carries. */
function examplesOf(holder: Exampled, pointer: string): { pointer: string; value: unknown }[] {
  const found: { pointer: string; value: unknown }[] = [];
  if (holder.example !== undefined) found.push({ pointer: `${pointer}/example`, value: holder.example });
  for (const [name, example] of Object.entries(holder.examples ?? {})) {
    if (!isRef(example) && example.value !== undefined) found.push({ pointer: `${pointer}/examples/${name}/value`, value: example.value });
  }
  return found;
}

/** Parameters (inline in operations and path items, and in components) with their pointers. */
function parametersOf(document: OpenAPIV3.Document): { pointer: string; parameter: Exampled }[] {
  const found: { pointer: string; parameter: Exampled }[] = [];
  for (const site of operationsOf(document)) {
    (site.operation.parameters ?? []).forEach((parameter, index) => {
      if (!isRef(parameter)) found.push({ pointer: `${site.pointer}/parameters/${index}`, parameter: parameter as Exampled });
    });
  }
  for (const [name, parameter] of Object.entries(document.components?.parameters ?? {})) {
    if (!isRef(parameter)) found.push({ pointer: toPointer(['components', 'parameters', name]), parameter: parameter as Exampled });
  }
  return found;
}

/** invalid-example */
export const invalidExample: LintRule = {
  name: 'invalid-example',
  severity: 'error',
  description: 'an example does not validate against the schema it illustrates',
  check({ document }) {
    const validate = createPointerValidator(document);
    const hits: RuleHit[] = [];
    const holders = [
      ...mediaTypesOf(document).map(({ pointer, media }) => ({ pointer, holder: media as Exampled })),
      ...parametersOf(document).map(({ pointer, parameter }) => ({ pointer, holder: parameter })),
    ];
    for (const { pointer, holder } of holders) {
      if (holder.schema === undefined) continue;
      for (const example of examplesOf(holder, pointer)) {
        const errors = validate(`${pointer}/schema`, example.value);
        if (errors.length > 0) hits.push({ pointer: example.pointer, message: `example does not match its schema: ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? ` (+${errors.length - 3} more)` : ''}` });
      }
    }
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      if (isRef(schema) || schema.example === undefined) continue;
      const pointer = toPointer(['components', 'schemas', name]);
      const errors = validate(pointer, schema.example);
      if (errors.length > 0) hits.push({ pointer: `${pointer}/example`, message: `example does not match schema ${name}: ${errors.slice(0, 3).join('; ')}` });
    }
    return hits;
  },
};
