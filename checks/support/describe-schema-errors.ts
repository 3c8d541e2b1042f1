/**
 * Turns Ajv's errors into sentences a person reads: where (JSON pointer), what the schema wanted, what came.
 * Alternatives (anyOf / oneOf) are folded into one sentence instead of one line per failed branch.
 */
import type { ErrorObject } from 'ajv/dist/2020';
import { childPointer, resolvePointer, showPointer } from '../../json/pointer';
import { showValue } from './shorten';

/** One problem in a body: where it is and what is wrong there. */
export interface SchemaProblem {
  pointer: string;
  text: string;
  /** Set for a plain type mismatch, so alternatives of types can be merged into `must be string or null`. */
  types?: string[];
}

/** How many problems a message spells out before it says how many more there are. */
export const PROBLEM_LIMIT = 3;

function got(data: unknown, pointer: string): string {
  return `(got ${showValue(resolvePointer(data, pointer))})`;
}

function typesOf(param: unknown): string[] {
  return Array.isArray(param) ? param.map(String) : String(param).split(',');
}

function problemFor(error: ErrorObject, data: unknown): SchemaProblem {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  switch (error.keyword) {
    case 'required': {
      const present = resolvePointer(data, at);
      const keys = present && typeof present === 'object' ? Object.keys(present) : [];
      const has = keys.length > 0 ? ` (the object has ${showValue(keys.join(', '))})` : '';
      return { pointer: childPointer(at, String(params.missingProperty)), text: `required property is missing${has}` };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const pointer = childPointer(at, String(params.additionalProperty ?? params.unevaluatedProperty));
      return { pointer, text: `property is not documented and the schema forbids others ${got(data, pointer)}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((value) => showValue(value, 40)).join(', ');
      return { pointer: at, text: `must be one of ${allowed} ${got(data, at)}` };
    }
    case 'const':
      return { pointer: at, text: `must be ${showValue(params.allowedValue)} ${got(data, at)}` };
    case 'type': {
      const types = typesOf(params.type);
      return { pointer: at, text: `must be ${types.join(' or ')} ${got(data, at)}`, types };
    }
    default:
      return { pointer: at, text: `${error.message ?? `fails "${error.keyword}"`} ${got(data, at)}` };
  }
}

function within(pointer: string, parent: string): boolean {
  return parent === '' || pointer === parent || pointer.startsWith(`${parent}/`);
}

function describeBranches(branches: SchemaProblem[], pointer: string): string {
  return branches.map((branch) => (branch.pointer === pointer ? branch.text : `at ${branch.pointer}: ${branch.text}`)).join('; or ');
}

function alternativesProblem(error: ErrorObject, branches: SchemaProblem[], data: unknown): SchemaProblem {
  const at = error.instancePath;
  const passing = (error.params as { passingSchemas?: number[] | null }).passingSchemas;
  if (error.keyword === 'oneOf' && Array.isArray(passing)) {
    return { pointer: at, text: `must match exactly one alternative but matches alternatives ${passing.join(' and ')} ${got(data, at)}` };
  }
  if (branches.length > 0 && branches.every((branch) => branch.types && branch.pointer === at)) {
    const types = [...new Set(branches.flatMap((branch) => branch.types ?? []))];
    return { pointer: at, text: `must be ${types.join(' or ')} ${got(data, at)}`, types };
  }
  if (branches.length === 0) return { pointer: at, text: `matches none of the alternatives ${got(data, at)}` };
  return { pointer: at, text: `matches none of the alternatives: ${describeBranches(branches, at)}` };
}

/**
 * The problems in `data`, in body order. Ajv reports a failed alternative's branch errors just before the
 * anyOf/oneOf error itself, so the trailing problems inside its location are taken as its branches.
 */
export function schemaProblems(errors: readonly ErrorObject[], data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') {
      problems.push(problemFor(error, data));
      continue;
    }
    let first = problems.length;
    while (first > 0 && within(problems[first - 1].pointer, error.instancePath)) first -= 1;
    const branches = problems.splice(first);
    problems.push(alternativesProblem(error, branches, data));
  }
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.pointer}\u0000${problem.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `at /a: must be integer (got "5"); at /b: ... (and 2 more problems)`. */
export function describeProblems(problems: readonly SchemaProblem[], limit = PROBLEM_LIMIT): string {
  const shown = problems.slice(0, limit).map((problem) => `at ${showPointer(problem.pointer)}: ${problem.text}`);
  const rest = problems.length - shown.length;
  return rest > 0 ? `${shown.join('; ')} (and ${rest} more problem${rest === 1 ? '' : 's'})` : shown.join('; ');
}
