/**
 * Phase 2, boundaries: one parameter, or the body, at one edge value at a time; everything else at its plain
 * default (the first example case). Bounded, so the phase stays a quick sweep.
 */
import type { Case } from '../../model/case';
import type { Operation } from '../../model/operation';
import { boundaryValues } from '../arbitraries/boundaries';
import { bucketFor, copyCase, distinctCases } from './case-shape';
import { exampleCases } from './example-cases';
import type { CaseOptions } from './options';
import { parameterBoundaries } from './parameter-values';
import { jsonBodySchema, requestMedia } from './request-body';

/** Limits on the sweep. */
export interface BoundaryCaseOptions extends CaseOptions {
  /** Edge values per parameter (default 8). */
  perParameter?: number;
  /** Edge bodies (default 48). */
  bodies?: number;
  /** Cases in all (default 150). */
  limit?: number;
}

/** The boundary cases of an operation. */
export function boundaryCases(operation: Operation, options: BoundaryCaseOptions = {}): Case[] {
  const base = { ...exampleCases(operation, options)[0], phase: 'boundary' as const };
  const cases: Case[] = [];
  for (const parameter of operation.parameters) {
    for (const value of parameterBoundaries(parameter, options.perParameter ?? 8)) {
      const testCase = copyCase(base);
      bucketFor(testCase, parameter)[parameter.name] = value;
      cases.push(testCase);
    }
  }
  const media = requestMedia(operation);
  const schema = jsonBodySchema(operation)?.schema ?? media?.schema;
  if (media && schema !== undefined) {
    for (const value of boundaryValues(schema, schema, { limit: options.bodies ?? 48 })) {
      cases.push({ ...copyCase(base), body: { value, mediaType: media.mediaType } });
    }
  }
  return distinctCases(cases).slice(0, options.limit ?? 150);
}
