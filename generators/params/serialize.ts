/**
 * From a Case to the WireRequest a Target sends: parameters styled and encoded per their documentation, cookies in
 * one Cookie header, the body serialised for its media type.
 */
import type { Case, WireRequest } from '../../model/case';
import type { Operation, Parameter, ParameterLocation } from '../../model/operation';
import { percentEncode } from './encode';
import { stringifyExact } from '../../json/integer-text';
import { styleHeaderValue, stylePathValue, styleQueryPairs, type StyledParameter } from './styles';

export { curlFor } from './curl';

/** Options of serializeCase. */
export interface SerializeOptions {
  /** Headers to add (credentials); a header the case sets itself wins, so a case can send a deliberately bad one. */
  auth?: Record<string, string>;
}

/** Serialises one case; pure, so the same case always gives the same request. */
export function serializeCase(testCase: Case, options: SerializeOptions = {}): WireRequest {
  const byName = parametersByName(testCase.operation);
  const documented = (location: ParameterLocation, name: string): StyledParameter & Partial<Parameter> =>
    byName.get(`${location}\u0000${name}`) ?? undocumented(location, name);

  const path = substitutePath(testCase.operation.path, testCase.pathParams, (name) => documented('path', name));
  const query = Object.entries(testCase.query)
    .filter(([, value]) => value !== undefined)
    .flatMap(([name, value]) => queryPairs(documented('query', name), value));

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.auth ?? {})) setHeader(headers, name, value);
  for (const [name, value] of Object.entries(testCase.headers)) {
    if (value !== undefined) setHeader(headers, name, headerValue(documented('header', name), value));
  }
  const cookies = Object.entries(testCase.cookies)
    .filter(([, value]) => value !== undefined)
    .flatMap(([name, value]) => cookiePairs(documented('cookie', name), value));
  if (cookies.length > 0) setHeader(headers, 'Cookie', cookies.join('; '));

  const request: WireRequest = {
    method: testCase.operation.method.toUpperCase(),
    path: query.length > 0 ? `${path}?${query.join('&')}` : path,
    headers,
  };
  if (testCase.body) {
    const body = serializeBody(testCase.body.value, testCase.body.mediaType);
    if (body !== undefined) {
      request.body = body;
      if (!hasHeader(headers, 'content-type')) setHeader(headers, 'Content-Type', contentTypeFor(testCase.body.mediaType));
    }
  }
  return request;
}

/** The body as bytes on the wire: JSON for JSON-like and unknown media types, so `null` becomes the text "null". */
export function serializeBody(value: unknown, mediaType: string): string | Buffer | undefined {
  if (Buffer.isBuffer(value)) return value;
  const type = mediaType.toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded') && typeof value === 'object' && value !== null) {
    return styleQueryPairs({ name: '', style: 'form', explode: true }, value, (text) => percentEncode(text)).join('&');
  }
  if (type.startsWith('text/') && typeof value === 'string') return value;
  return stringifyExact(value);
}

/** An operation's parameters by location and name, the first of a name winning (serialised for every case). */
function parametersByName(operation: Operation): Map<string, Parameter> {
  let known = parameterMaps.get(operation);
  if (!known) {
    known = new Map();
    for (const parameter of operation.parameters) {
      const key = `${parameter.in}\u0000${parameter.name}`;
      if (!known.has(key)) known.set(key, parameter);
    }
    parameterMaps.set(operation, known);
  }
  return known;
}

const parameterMaps = new WeakMap<Operation, Map<string, Parameter>>();

/** Parameters a case carries without the operation documenting them travel with OpenAPI's default style. */
function undocumented(location: ParameterLocation, name: string): StyledParameter {
  const style = location === 'query' || location === 'cookie' ? 'form' : 'simple';
  return { name, style, explode: style === 'form' };
}

function substitutePath(template: string, values: Record<string, unknown>, parameterOf: (name: string) => StyledParameter & Partial<Parameter>): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) return '';
    const parameter = parameterOf(name);
    if (parameter.contentType) return percentEncode(JSON.stringify(value));
    // Path values never get allowReserved: a `/` in an id must not become a new segment.
    return stylePathValue(parameter, value, (text) => percentEncode(text));
  });
}

function queryPairs(parameter: StyledParameter & Partial<Parameter>, value: unknown): string[] {
  const encode = (text: string): string => percentEncode(text, parameter.allowReserved === true);
  if (parameter.contentType) return [`${encode(parameter.name)}=${encode(JSON.stringify(value))}`];
  return styleQueryPairs(parameter, value, encode);
}

function headerValue(parameter: StyledParameter & Partial<Parameter>, value: unknown): string {
  if (parameter.contentType) return JSON.stringify(value);
  return styleHeaderValue(parameter, value);
}

/** Cookies use style form; values are percent-encoded because `;`, `,` and spaces would end the cookie. */
function cookiePairs(parameter: StyledParameter & Partial<Parameter>, value: unknown): string[] {
  if (parameter.contentType) return [`${parameter.name}=${percentEncode(JSON.stringify(value))}`];
  return styleQueryPairs({ ...parameter, style: 'form' }, value, (text) => percentEncode(text));
}

/** A wildcard media type (`*\/*`, `application/*`) cannot be a Content-Type; JSON is what the body was serialised as. */
function contentTypeFor(mediaType: string): string {
  return mediaType.includes('*') ? 'application/json' : mediaType;
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name.toLowerCase());
}

/** Sets a header, replacing any spelling of the same name (header names are case-insensitive). */
function setHeader(headers: Record<string, string>, name: string, value: string): void {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
  headers[name] = value;
}
