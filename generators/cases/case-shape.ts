/** Building Case objects: an empty one, and a parameter value put in the bucket its location names. */
import type { Case, Phase } from '../../model/case';
import type { Operation, Parameter } from '../../model/operation';
import { canonicalJson } from '../arbitraries/canonical-json';

/** A case with no parameter values and no body yet. */
export function emptyCase(operation: Operation, phase: Phase, mode: Case['mode']): Case {
  return { operation, phase, mode, pathParams: {}, query: {}, headers: {}, cookies: {} };
}

/** The case's bucket for a parameter location. */
export function bucketFor(testCase: Case, parameter: Parameter): Record<string, unknown> {
  switch (parameter.in) {
    case 'path':
      return testCase.pathParams;
    case 'query':
      return testCase.query;
    case 'header':
      return testCase.headers;
    case 'cookie':
      return testCase.cookies;
  }
}

/** A copy of the case, deep enough that editing the copy's values leaves the original alone. */
export function copyCase(testCase: Case): Case {
  return {
    ...testCase,
    pathParams: cloneValue(testCase.pathParams),
    query: cloneValue(testCase.query),
    headers: cloneValue(testCase.headers),
    cookies: cloneValue(testCase.cookies),
    body: testCase.body ? { ...testCase.body, value: cloneValue(testCase.body.value) } : undefined,
  };
}

/**
 * The same copy structuredClone makes, walked by hand for the plain objects and dense arrays cases hold (anything
 * else, an IntegerText or a Buffer included, still goes through structuredClone). structuredClone's serialise and
 * deserialise round trip, five times per copied case, was a measurable share of the finite phases. Shared
 * references stay shared within one value, as structuredClone keeps them.
 */
export function cloneValue<T>(value: T, seen = new Map<object, unknown>()): T {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' || typeof value === 'symbol' ? structuredClone(value) : value;
  const known = seen.get(value);
  if (known !== undefined) return known as T;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value) && prototype === Array.prototype && isDense(value)) {
    const copy: unknown[] = new Array(value.length);
    seen.set(value, copy);
    for (let i = 0; i < value.length; i++) copy[i] = cloneValue(value[i], seen);
    return copy as T;
  }
  if (!Array.isArray(value) && (prototype === Object.prototype || prototype === null)) {
    const copy: Record<string, unknown> = {};
    seen.set(value, copy);
    for (const key of Object.keys(value)) {
      const item = cloneValue((value as Record<string, unknown>)[key], seen);
      // `copy.__proto__ = x` would set the prototype; structuredClone makes an own property of that name.
      if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
      else copy[key] = item;
    }
    return copy as T;
  }
  const copy = structuredClone(value);
  seen.set(value, copy);
  return copy;
}

/** An array without holes or extra named properties (structuredClone keeps both; the hand-walked copy would not). */
function isDense(array: readonly unknown[]): boolean {
  for (let i = 0; i < array.length; i++) if (!(i in array)) return false;
  return Object.keys(array).length === array.length;
}

/** What makes two cases the same request (for de-duplicating finite phases). */
export function requestKey(testCase: Case): string {
  return canonicalJson([testCase.pathParams, testCase.query, testCase.headers, testCase.cookies, testCase.body ?? null]);
}

/** The cases with repeated requests removed, first occurrence kept. */
export function distinctCases(cases: Case[]): Case[] {
  const seen = new Set<string>();
  return cases.filter((testCase) => {
    const key = requestKey(testCase);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
