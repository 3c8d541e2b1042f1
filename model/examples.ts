/** Collecting `example` / `examples` values the way OpenAPI scatters them over parameters, media types and schemas. */
import { isSchemaObject } from './adapters/schema-keywords';

/**
 * Values of an object's `example` and `examples` map (Example Objects' `value`; `externalValue` cannot be read
 * offline), then of its schema's `example` / `examples`, in document order without duplicates.
 */
export function collectExamples(holder: Record<string, unknown>, schema?: unknown): unknown[] {
  const values: unknown[] = [];
  if ('example' in holder) values.push(holder.example);
  if (isSchemaObject(holder.examples)) {
    for (const example of Object.values(holder.examples)) {
      if (isSchemaObject(example) && 'value' in example) values.push(example.value);
    }
  }
  if (isSchemaObject(schema)) {
    if ('example' in schema) values.push(schema.example);
    if (Array.isArray(schema.examples)) values.push(...schema.examples);
  }
  return withoutDuplicates(values);
}

function withoutDuplicates(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value) ?? 'undefined';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
