/**
 * Phase 1, examples: the spec's own examples first. Case i takes example i of every parameter and of the body that
 * has one (cycling through shorter lists); required values without examples get their plain default; optional
 * parameters without examples are left out. Examples that break their own schema are skipped: they are the
 * document's defect, and a positive case must be valid.
 */
import type { Case } from '../../model/case';
import type { Operation } from '../../model/operation';
import { defaultBodyValue, validBodyExamples } from './body-values';
import { bucketFor, distinctCases, emptyCase } from './case-shape';
import type { CaseOptions } from './options';
import { defaultParameterValue, validExamples } from './parameter-values';
import { requestMedia } from './request-body';

/** The example cases of an operation (at least one: all defaults when the spec gives no example). */
export function exampleCases(operation: Operation, options: CaseOptions = {}): Case[] {
  const parameterExamples = new Map(operation.parameters.map((parameter) => [parameter, validExamples(parameter)]));
  const media = requestMedia(operation);
  const bodyExamples = media ? validBodyExamples(media) : [];
  const count = Math.max(1, bodyExamples.length, ...[...parameterExamples.values()].map((examples) => examples.length));

  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const testCase = emptyCase(operation, 'examples', 'positive');
    for (const parameter of operation.parameters) {
      const examples = parameterExamples.get(parameter) ?? [];
      if (examples.length > 0) bucketFor(testCase, parameter)[parameter.name] = structuredClone(examples[i % examples.length]);
      else if (parameter.required) bucketFor(testCase, parameter)[parameter.name] = defaultParameterValue(parameter, options.pathValues);
    }
    if (media) {
      const value = bodyExamples.length > 0 ? structuredClone(bodyExamples[i % bodyExamples.length]) : operation.requestBody?.required ? defaultBodyValue(media) : undefined;
      if (value !== undefined) testCase.body = { value, mediaType: media.mediaType };
    }
    cases.push(testCase);
  }
  return distinctCases(cases);
}
