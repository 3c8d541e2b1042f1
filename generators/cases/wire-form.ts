/**
 * What a parameter value looks like once serialised: every scalar becomes text. A mutation that does not survive
 * this (a string parameter set to 12345 is just the text "12345") is no violation the server can see.
 */
import { isPlainObject } from '../arbitraries/schema-shape';
import type { Parameter } from '../../model/operation';

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // null and nested structures have no agreed text form in query/path/header serialisation.
  return undefined;
}

/** True when the parameter travels as one query pair per object key (`attributes[color]=red`, or `color=red`). */
function travelsAsKeys(parameter: Parameter): boolean {
  return parameter.style === 'deepObject' || (parameter.style === 'form' && parameter.explode && (parameter.schema as { type?: unknown }).type === 'object');
}

/** The value as text (arrays and objects keep their shape with text inside), or undefined if it has no text form. */
export function parameterWireForm(parameter: Parameter, value: unknown): unknown {
  // A scalar in a parameter that travels as keys has no serialisation: on the wire it is just an unknown
  // parameter, which servers rightly ignore, so it is no violation they can see.
  if (travelsAsKeys(parameter) && !isPlainObject(value)) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(scalarText);
    return items.some((item) => item === undefined) ? undefined : items;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).map(([key, item]) => [key, scalarText(item)] as const);
    return entries.some(([, item]) => item === undefined) ? undefined : Object.fromEntries(entries);
  }
  const text = scalarText(value);
  // An empty path segment changes the route instead of carrying a bad value.
  if (parameter.in === 'path' && text === '') return undefined;
  return text;
}
