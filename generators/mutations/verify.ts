/** AJV decides whether a candidate really breaks the value, and only at the place it claims to. */
import type { JsonSchema } from '../../model/operation';
import { validationErrors, type ValidatorFlavour } from '../arbitraries/validator';
import { errorPointer, SUMMARY_KEYWORDS } from './ajv-error-pointer';
import type { MutationCandidate } from './candidates';

function within(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(`${base}/`);
}

/**
 * The keyword AJV reports for the mutated value at the candidate's pointer, or undefined when the value is still
 * valid or also breaks somewhere else (then it would not be ONE targeted violation).
 */
export function confirmedKeyword(schema: JsonSchema, mutated: unknown, root: JsonSchema, candidate: MutationCandidate, flavour: ValidatorFlavour = 'all'): string | undefined {
  const errors = validationErrors(schema, mutated, root, flavour);
  if (errors.length === 0) return undefined;
  const concrete = errors.filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
  if (concrete.some((error) => !within(errorPointer(error), candidate.pointer))) return undefined;
  if (errors.some((error) => error.keyword === candidate.keyword && errorPointer(error) === candidate.pointer)) return candidate.keyword;
  if (candidate.keywordMayDiffer) return errors.find((error) => errorPointer(error) === candidate.pointer)?.keyword;
  return undefined;
}
