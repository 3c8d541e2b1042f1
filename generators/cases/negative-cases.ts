/**
 * Phase 4, negative: a valid case with exactly one violation, in one parameter (query, path or header, judged in
 * its serialised form) or in the JSON body. Missing required query/header parameters and a missing required body
 * count as violations too. Cookies are left alone: a Mutation has no cookie location.
 */
import fc from 'fast-check';
import type { Case, Mutation } from '../../model/case';
import type { Operation, Parameter } from '../../model/operation';
import { NotViolableError, pickMutation } from '../mutations';
import { escapeToken } from '../../json/pointer';
import { bucketFor, copyCase } from './case-shape';
import type { CaseOptions } from './options';
import { positiveCaseArbitrary } from './positive-cases';
import { jsonBodySchema } from './request-body';
import { parameterWireForm } from './wire-form';

/** One way to break a case; returns undefined when this case offers no such break. */
type Breaker = (testCase: Case, choice: number) => Case | undefined;

function negative(testCase: Case, mutation: Mutation): Case {
  return { ...testCase, phase: 'negative', mode: 'negative', mutation };
}

function missingParameter(parameter: Parameter): Breaker {
  return (testCase) => {
    const bucket = bucketFor(testCase, parameter);
    if (!(parameter.name in bucket)) return undefined;
    const broken = copyCase(testCase);
    const original = bucketFor(broken, parameter)[parameter.name];
    delete bucketFor(broken, parameter)[parameter.name];
    return negative(broken, {
      keyword: 'required',
      location: parameter.in as Mutation['location'],
      pointer: `/${escapeToken(parameter.name)}`,
      original,
      value: undefined,
      description: `required ${parameter.in} parameter ${parameter.name} omitted`,
    });
  };
}

function badParameterValue(parameter: Parameter): Breaker {
  const location = parameter.in as Mutation['location'];
  const prefix = `/${escapeToken(parameter.name)}`;
  return (testCase, choice) => {
    const bucket = bucketFor(testCase, parameter);
    if (!(parameter.name in bucket)) return undefined;
    const mutated = pickMutation(parameter.schema, bucket[parameter.name], choice, location, {
      pointerPrefix: prefix,
      subject: (pointer) => `${parameter.in} parameter ${parameter.name}${pointer.slice(prefix.length)}`,
      wireForm: (value) => parameterWireForm(parameter, value),
    });
    if (!mutated) return undefined;
    const broken = copyCase(testCase);
    bucketFor(broken, parameter)[parameter.name] = mutated.value;
    return negative(broken, mutated.mutation);
  };
}

function badBody(operation: Operation): Breaker | undefined {
  const media = jsonBodySchema(operation);
  if (!media || media.schema === undefined) return undefined;
  const schema = media.schema;
  return (testCase, choice) => {
    if (!testCase.body) return undefined;
    const mutated = pickMutation(schema, testCase.body.value, choice, 'body', { subject: (pointer) => `body ${pointer || '/'}` });
    if (!mutated) return undefined;
    return negative({ ...copyCase(testCase), body: { value: mutated.value, mediaType: media.mediaType } }, mutated.mutation);
  };
}

function missingBody(): Breaker {
  return (testCase) => {
    if (!testCase.body) return undefined;
    const broken = copyCase(testCase);
    delete broken.body;
    return negative(broken, { keyword: 'required', location: 'body', pointer: '', original: testCase.body.value, value: undefined, description: 'required request body omitted' });
  };
}

/** Every way the operation's cases can be broken, one entry per target (a parameter, the body). */
function breakersOf(operation: Operation): Breaker[] {
  const breakers: Breaker[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in === 'cookie') continue;
    // A path parameter cannot be "missing": without it the URL names another resource.
    if (parameter.required && parameter.in !== 'path') breakers.push(missingParameter(parameter));
    breakers.push(badParameterValue(parameter));
  }
  const body = badBody(operation);
  if (body) breakers.push(body);
  if (operation.requestBody?.required) breakers.push(missingBody());
  return breakers;
}

/** The case broken by the target `target` (or the next one that can break it), or undefined. */
function breakCase(testCase: Case, breakers: Breaker[], target: number, choice: number): Case | undefined {
  for (let i = 0; i < breakers.length; i++) {
    const broken = breakers[(target + i) % breakers.length](testCase, choice);
    if (broken) return broken;
  }
  return undefined;
}

function baseArbitrary(operation: Operation, options: CaseOptions): fc.Arbitrary<Case> {
  return positiveCaseArbitrary(operation, { ...options, alwaysSendBody: true });
}

/** The options as text, or undefined when they cannot be written as JSON (a BigInt path value): then not remembered. */
function optionsKey(options: CaseOptions): string | undefined {
  try {
    return JSON.stringify(options);
  } catch {
    return undefined;
  }
}

// The answer is asked for every time a phase of the operation is planned (and once more by the arbitrary), and
// each asking samples and breaks 20 cases: remembered per operation and options.
const possible = new WeakMap<Operation, Map<string, boolean>>();

/** True when some seeded valid case of the operation can be broken by one change. */
export function negativeCasesPossible(operation: Operation, options: CaseOptions = {}): boolean {
  let byOptions = possible.get(operation);
  if (!byOptions) {
    byOptions = new Map();
    possible.set(operation, byOptions);
  }
  const key = optionsKey(options);
  const known = key === undefined ? undefined : byOptions.get(key);
  if (known !== undefined) return known;
  const breakers = breakersOf(operation);
  const answer = breakers.length > 0 && fc.sample(baseArbitrary(operation, options), { seed: 11, numRuns: 20 }).some((testCase, i) => breakCase(testCase, breakers, i, i) !== undefined);
  if (key !== undefined) byOptions.set(key, answer);
  return answer;
}

/**
 * Cases with exactly one violation, `mode: 'negative'` and the `mutation` that explains it.
 * Throws NotViolableError when nothing about the operation's requests can be broken in a way the server can see.
 */
export function negativeCaseArbitrary(operation: Operation, options: CaseOptions = {}): fc.Arbitrary<Case> {
  if (!negativeCasesPossible(operation, options)) throw new NotViolableError(`${operation.method.toUpperCase()} ${operation.path}`);
  const breakers = breakersOf(operation);
  return fc
    .tuple(baseArbitrary(operation, options), fc.nat(), fc.nat())
    .map(([testCase, target, choice]) => breakCase(testCase, breakers, target, choice))
    .filter((testCase): testCase is Case => testCase !== undefined);
}
