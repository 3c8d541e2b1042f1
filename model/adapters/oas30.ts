/**
 * OpenAPI 3.0 adapter. A 3.0 Schema Object is a dialect of JSON Schema draft 4/5; the output uses only keywords that
 * mean the same in draft-07, 2019-09 and 2020-12 (`$defs`, `examples`, numeric `exclusiveMinimum`, type arrays),
 * so AJV's default draft-07 class and its 2019/2020 classes all compile it.
 */
import type { JsonSchema } from '../operation';
import type { VersionAdapter } from './adapter';
import { SchemaConverter } from './schema-converter';

/** Rewrites one OAS 3.0 schema node's own keywords into plain JSON Schema (subschemas already converted). */
export function oas30Keywords(node: Record<string, unknown>): JsonSchema {
  const out: Record<string, unknown> = { ...node };
  exampleToExamples(out);
  exclusiveBoundToNumber(out, 'exclusiveMinimum', 'minimum');
  exclusiveBoundToNumber(out, 'exclusiveMaximum', 'maximum');
  const nullable = out.nullable === true;
  delete out.nullable;
  return nullable ? allowNull(out) : out;
}

/** The OpenAPI 3.0 adapter for one document; `nameHints` names recursive schemas in `$defs`. */
export function createOas30Adapter(nameHints?: ReadonlyMap<object, string>): VersionAdapter {
  const converter = new SchemaConverter(oas30Keywords, nameHints);
  return { version: 'oas30', convertSchema: (schema, direction) => converter.convert(schema, direction) };
}

function exampleToExamples(out: Record<string, unknown>): void {
  if (!('example' in out)) return;
  const examples = Array.isArray(out.examples) ? out.examples : [];
  out.examples = [out.example, ...examples];
  delete out.example;
}

/** Draft 4 `exclusiveMinimum: true` qualified `minimum`; from draft 6 on it carries the bound itself. */
function exclusiveBoundToNumber(out: Record<string, unknown>, exclusive: string, inclusive: string): void {
  const flag = out[exclusive];
  if (typeof flag !== 'boolean') return;
  delete out[exclusive];
  if (flag && typeof out[inclusive] === 'number') {
    out[exclusive] = out[inclusive];
    delete out[inclusive];
  }
}

/**
 * `nullable: true` widens the schema by null. With a type, null joins the type list; an enum must list null too or
 * it would still reject it; without a type the whole schema becomes one branch of an anyOf.
 */
function allowNull(out: Record<string, unknown>): JsonSchema {
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] };
  if (Array.isArray(out.type)) return out.type.includes('null') ? out : { ...out, type: [...out.type, 'null'] };
  if (Array.isArray(out.enum)) return out;
  return { anyOf: [out, { type: 'null' }] };
}
