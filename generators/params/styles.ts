/**
 * OpenAPI parameter styles (the Style Values table of the specification, label following RFC 6570 as corrected in
 * OpenAPI 3.0.4): how one parameter value becomes text in a path, query, header or cookie. Callers pass already
 * encoded pieces through `encode`, so the delimiters a style adds are never encoded themselves.
 */
import { scalarText } from './encode';
import { IntegerText } from '../../json/integer-text';

/** How to encode names and values for the location at hand. */
export type Encoder = (text: string) => string;

/** The parts of a parameter a style needs. */
export interface StyledParameter {
  name: string;
  style: string;
  explode: boolean;
}

/** Key-value pairs of an object, or the items of an array, as text; a scalar as one text. */
type Shape = { kind: 'scalar'; text: string } | { kind: 'array'; items: string[] } | { kind: 'object'; entries: [string, string][] };

function shapeOf(value: unknown): Shape {
  if (Array.isArray(value)) return { kind: 'array', items: value.map(scalarText) };
  if (typeof value === 'object' && value !== null && !(value instanceof IntegerText)) {
    return { kind: 'object', entries: Object.entries(value).map(([key, item]) => [key, scalarText(item)]) };
  }
  return { kind: 'scalar', text: scalarText(value) };
}

/** The flat `k1,v1,k2,v2` list an unexploded object serialises to. */
function flatPairs(entries: [string, string][], encode: Encoder): string[] {
  return entries.flatMap(([key, value]) => [encode(key), encode(value)]);
}

/** A path parameter's replacement text for styles simple, label and matrix. */
export function stylePathValue(parameter: StyledParameter, value: unknown, encode: Encoder): string {
  const shape = shapeOf(value);
  const name = encode(parameter.name);
  const { explode } = parameter;
  switch (parameter.style) {
    case 'label': {
      if (shape.kind === 'scalar') return '.' + encode(shape.text);
      const parts =
        shape.kind === 'array'
          ? shape.items.map(encode)
          : explode
            ? shape.entries.map(([key, item]) => `${encode(key)}=${encode(item)}`)
            : flatPairs(shape.entries, encode);
      return '.' + parts.join(explode ? '.' : ',');
    }
    case 'matrix': {
      if (shape.kind === 'scalar') return shape.text === '' ? `;${name}` : `;${name}=${encode(shape.text)}`;
      if (shape.kind === 'array') {
        if (shape.items.length === 0) return `;${name}`;
        return explode ? shape.items.map((item) => `;${name}=${encode(item)}`).join('') : `;${name}=${shape.items.map(encode).join(',')}`;
      }
      if (explode) return shape.entries.map(([key, item]) => `;${encode(key)}=${encode(item)}`).join('');
      return `;${name}=${flatPairs(shape.entries, encode).join(',')}`;
    }
    default:
      return simpleValue(shape, explode, encode);
  }
}

/** A header's value (style simple): no percent-encoding, headers are not URLs. */
export function styleHeaderValue(parameter: StyledParameter, value: unknown): string {
  return simpleValue(shapeOf(value), parameter.explode, (text) => text);
}

function simpleValue(shape: Shape, explode: boolean, encode: Encoder): string {
  if (shape.kind === 'scalar') return encode(shape.text);
  if (shape.kind === 'array') return shape.items.map(encode).join(',');
  if (explode) return shape.entries.map(([key, item]) => `${encode(key)}=${encode(item)}`).join(',');
  return flatPairs(shape.entries, encode).join(',');
}

/**
 * A query (or cookie) parameter as `name=value` pieces for styles form, spaceDelimited, pipeDelimited and
 * deepObject. Exploded delimited styles coincide with exploded form. An empty array exploded sends nothing.
 */
export function styleQueryPairs(parameter: StyledParameter, value: unknown, encode: Encoder): string[] {
  const name = encode(parameter.name);
  if (parameter.style === 'deepObject' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return deepObjectPairs(name, value as Record<string, unknown>, encode);
  }
  const shape = shapeOf(value);
  if (shape.kind === 'scalar') return [`${name}=${encode(shape.text)}`];
  if (parameter.explode || parameter.style === 'deepObject') {
    if (shape.kind === 'array') return shape.items.map((item) => `${name}=${encode(item)}`);
    return shape.entries.map(([key, item]) => `${encode(key)}=${encode(item)}`);
  }
  const delimiter = parameter.style === 'spaceDelimited' ? '%20' : parameter.style === 'pipeDelimited' ? '|' : ',';
  const parts = shape.kind === 'array' ? shape.items.map(encode) : flatPairs(shape.entries, encode);
  return [`${name}=${parts.join(delimiter)}`];
}

/** `name[key]=value`, nesting for nested objects; the brackets stay literal, as in the specification's examples. */
function deepObjectPairs(prefix: string, value: Record<string, unknown>, encode: Encoder): string[] {
  return Object.entries(value).flatMap(([key, item]) => {
    const name = `${prefix}[${encode(key)}]`;
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      return deepObjectPairs(name, item as Record<string, unknown>, encode);
    }
    const items = Array.isArray(item) ? item : [item];
    return items.map((one) => `${name}=${encode(scalarText(one))}`);
  });
}
