/**
 * Phase 3, fuzz: random valid cases. Required parameters are always there, optional ones about half the time; path
 * parameters mostly (4 in 5) take a known value (given path values, else examples) so cases reach real resources.
 */
import fc from 'fast-check';
import type { Case } from '../../model/case';
import type { Operation, Parameter } from '../../model/operation';
import { bodyArbitrary } from './body-values';
import { emptyCase } from './case-shape';
import type { CaseOptions } from './options';
import { parameterArbitrary, validExamples } from './parameter-values';
import { requestMedia } from './request-body';

/** Internal knob: negative cases want the body always present, so they can break it. */
export interface PositiveCaseOptions extends CaseOptions {
  alwaysSendBody?: boolean;
}

function valueArbitrary(parameter: Parameter, options: CaseOptions): fc.Arbitrary<unknown> {
  const generated = parameterArbitrary(parameter);
  if (parameter.in !== 'path') return generated;
  const known = options.pathValues?.[parameter.name] ?? validExamples(parameter);
  if (known.length === 0) return generated;
  return fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, { arbitrary: generated, weight: 1 });
}

/** Marks an optional parameter left out of a case. */
const ABSENT = Symbol('absent');

function locationRecord(parameters: Parameter[], options: CaseOptions): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const parameter of parameters) {
    const values = valueArbitrary(parameter, options);
    // fc.record's optional keys are present 5 times in 6; half and half exercises "absent" as much as "present".
    model[parameter.name] = parameter.required || parameter.in === 'path' ? values : fc.oneof(fc.constant(ABSENT), values);
  }
  return fc.record(model, { noNullPrototype: true }).map((record) => {
    const present: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(record)) if (value !== ABSENT) present[name] = value;
    return present;
  });
}

/** Random valid cases for an operation. */
export function positiveCaseArbitrary(operation: Operation, options: PositiveCaseOptions = {}): fc.Arbitrary<Case> {
  const byLocation = (location: Parameter['in']) => locationRecord(operation.parameters.filter((parameter) => parameter.in === location), options);
  const media = requestMedia(operation);
  const values = media ? bodyArbitrary(media) : undefined;
  let body: fc.Arbitrary<{ value: unknown; mediaType: string } | undefined> = fc.constant(undefined);
  if (media && values) {
    const wrapped = values.map((value) => ({ value, mediaType: media.mediaType }));
    body = operation.requestBody?.required || options.alwaysSendBody ? wrapped : fc.option(wrapped, { nil: undefined });
  }
  return fc
    .record({ pathParams: byLocation('path'), query: byLocation('query'), headers: byLocation('header'), cookies: byLocation('cookie'), body })
    .map((parts) => {
      // Assigned rather than spread and then `delete`d: a deleted key turns the case into a slow dictionary-mode
      // object for everything that reads it afterwards (serialising, the checks, the reporters).
      const testCase: Case = emptyCase(operation, 'fuzz', 'positive');
      testCase.pathParams = parts.pathParams;
      testCase.query = parts.query;
      testCase.headers = parts.headers;
      testCase.cookies = parts.cookies;
      if (parts.body !== undefined) testCase.body = parts.body;
      return testCase;
    });
}
