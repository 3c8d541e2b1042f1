/** Parameters of an operation: path-item and operation levels merged, serialisation defaults filled in. */
import type { VersionAdapter } from './adapters';
import { isSchemaObject } from './adapters/schema-keywords';
import { collectExamples } from './examples';
import type { Parameter, ParameterLocation } from './operation';

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

/** OpenAPI's default `style` per location: form for query and cookie, simple for path and header. */
export function defaultStyle(location: ParameterLocation): string {
  return location === 'query' || location === 'cookie' ? 'form' : 'simple';
}

/** Path-item parameters overridden by operation parameters of the same name and location, path-item order first. */
export function mergeParameterObjects(pathLevel: unknown[], operationLevel: unknown[]): Record<string, unknown>[] {
  const merged = new Map<string, Record<string, unknown>>();
  for (const parameter of [...pathLevel, ...operationLevel]) {
    if (isSchemaObject(parameter)) merged.set(`${String(parameter.in)}:${String(parameter.name)}`, parameter);
  }
  return [...merged.values()];
}

/** One dereferenced Parameter Object as the model's Parameter; `explode` defaults to true exactly for style form. */
export function toParameter(raw: Record<string, unknown>, adapter: VersionAdapter): Parameter {
  const location = raw.in as ParameterLocation;
  if (!LOCATIONS.includes(location)) throw new Error(`parameter ${String(raw.name)} has unknown location ${String(raw.in)}`);
  const style = typeof raw.style === 'string' ? raw.style : defaultStyle(location);
  const [contentType, content] = firstContentEntry(raw.content);
  const rawSchema = content ? content.schema : raw.schema;
  const parameter: Parameter = {
    name: String(raw.name),
    in: location,
    required: location === 'path' ? true : raw.required === true,
    schema: rawSchema === undefined ? {} : adapter.convertSchema(rawSchema, 'request'),
    style,
    explode: typeof raw.explode === 'boolean' ? raw.explode : style === 'form',
    allowReserved: raw.allowReserved === true,
    examples: collectExamples(content ?? raw, rawSchema),
  };
  if (typeof raw.description === 'string') parameter.description = raw.description;
  if (contentType !== undefined) parameter.contentType = contentType;
  return parameter;
}

function firstContentEntry(content: unknown): [string | undefined, Record<string, unknown> | undefined] {
  if (!isSchemaObject(content)) return [undefined, undefined];
  const entry = Object.entries(content)[0];
  return entry && isSchemaObject(entry[1]) ? [entry[0], entry[1]] : [undefined, undefined];
}
