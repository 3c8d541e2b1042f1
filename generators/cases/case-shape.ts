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
    pathParams: structuredClone(testCase.pathParams),
    query: structuredClone(testCase.query),
    headers: structuredClone(testCase.headers),
    cookies: structuredClone(testCase.cookies),
    body: testCase.body ? { ...testCase.body, value: structuredClone(testCase.body.value) } : undefined,
  };
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
