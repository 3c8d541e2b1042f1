/**
 * Negative mutations: from a schema and a valid value, values that break exactly one keyword at one place, each
 * with the `Mutation` record that says what was broken. Only mutations AJV confirms are ever returned.
 */
import fc from 'fast-check';
import type { Mutation } from '../../model/case';
import type { JsonSchema } from '../../model/operation';
import { schemaToArbitrary } from '../arbitraries';
import { representativeValue } from '../arbitraries/boundaries';
import { mutationCandidates, type MutationCandidate } from './candidates';
import { withValueAt } from '../../json/pointer';
import { confirmedKeyword } from './verify';

/** A broken value and the record of how it was broken. */
export interface MutatedValue {
  value: unknown;
  mutation: Mutation;
}

/** How a value is addressed and judged. */
export interface MutationOptions {
  /** Root for `$ref`s (default: the schema). */
  root?: JsonSchema;
  /** Put before every pointer, e.g. `/channel_id` for a parameter. */
  pointerPrefix?: string;
  /** How the description names the place (default: `<location> <pointer>`). */
  subject?: (pointer: string) => string;
  /**
   * The value as the server will see it after serialisation (strings for query, path and header values), or
   * undefined when it has no wire form; when given, AJV judges that form with type coercion, as a server parses it.
   */
  wireForm?: (value: unknown) => unknown;
}

/** Thrown by negativeValueArbitrary for a schema no single change can break (`{}`, `true`). */
export class NotViolableError extends Error {
  constructor(what: string) {
    super(`no single change makes a value invalid for ${what}`);
    this.name = 'NotViolableError';
  }
}

const SHOWN_LENGTH = 60;
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}...` : text;
}

const fillers = new WeakMap<object, unknown>();
function fillerFor(root: JsonSchema): (schema: JsonSchema) => unknown {
  return (schema) => {
    if (typeof schema !== 'object') return schema ? null : undefined;
    if (!fillers.has(schema)) fillers.set(schema, representativeValue(schema, root));
    return fillers.get(schema);
  };
}

/** The candidate applied and confirmed, as a MutatedValue, or undefined when AJV does not confirm it. */
function confirm(schema: JsonSchema, value: unknown, candidate: MutationCandidate, location: Mutation['location'], options: MutationOptions): MutatedValue | undefined {
  const root = options.root ?? schema;
  const mutated = withValueAt(value, candidate.pointer, candidate.value, candidate.remove);
  let keyword: string | undefined;
  if (options.wireForm) {
    const wire = options.wireForm(mutated);
    if (wire === undefined) return undefined;
    keyword = confirmedKeyword(schema, wire, root, candidate, 'coercing');
  } else {
    keyword = confirmedKeyword(schema, mutated, root, candidate);
  }
  if (keyword === undefined) return undefined;
  const pointer = `${options.pointerPrefix ?? ''}${candidate.pointer}`;
  const subject = options.subject ? options.subject(pointer) : `${location} ${pointer || '/'}`;
  const description = candidate.remove ? `${subject} ${candidate.reason}` : `${subject} set to ${show(candidate.value)}, ${candidate.reason}`;
  return { value: mutated, mutation: { keyword, location, pointer, original: candidate.original, value: candidate.value, description } };
}

function candidatesOf(schema: JsonSchema, value: unknown, options: MutationOptions): MutationCandidate[] {
  const root = options.root ?? schema;
  return mutationCandidates(schema, value, root, '', 0, fillerFor(root));
}

/** Every confirmed single-violation mutation of `value` (which should be valid against `schema`). */
export function mutationsOf(schema: JsonSchema, value: unknown, location: Mutation['location'], options: MutationOptions = {}): MutatedValue[] {
  const out: MutatedValue[] = [];
  for (const candidate of candidatesOf(schema, value, options)) {
    const confirmed = confirm(schema, value, candidate, location, options);
    if (confirmed) out.push(confirmed);
  }
  return out;
}

/**
 * One confirmed mutation, chosen by `choice` among the candidates (trying the next ones when a candidate is not
 * confirmed), or undefined when no candidate breaks the value. Cheaper than mutationsOf: it stops at the first.
 */
export function pickMutation(schema: JsonSchema, value: unknown, choice: number, location: Mutation['location'], options: MutationOptions = {}): MutatedValue | undefined {
  const candidates = candidatesOf(schema, value, options);
  for (let i = 0; i < candidates.length; i++) {
    const confirmed = confirm(schema, value, candidates[(choice + i) % candidates.length], location, options);
    if (confirmed) return confirmed;
  }
  return undefined;
}

/** True when some sampled valid value of `schema` has a confirmed mutation. */
export function canViolate(schema: JsonSchema, location: Mutation['location'], options: MutationOptions = {}): boolean {
  const samples = fc.sample(schemaToArbitrary(schema), { seed: 7, numRuns: 20 });
  return samples.some((value) => pickMutation(schema, value, 0, location, options) !== undefined);
}

/**
 * Pairs of (invalid value, mutation) for `schema`: a valid value with one confirmed violation.
 * Throws NotViolableError when no single change can break the schema's values.
 */
export function negativeValueArbitrary(schema: JsonSchema, location: Mutation['location'], options: MutationOptions = {}): fc.Arbitrary<MutatedValue> {
  if (!canViolate(schema, location, options)) throw new NotViolableError(JSON.stringify(schema).slice(0, 80));
  return fc
    .tuple(schemaToArbitrary(schema), fc.nat())
    .map(([value, choice]) => pickMutation(schema, value, choice, location, options))
    .filter((mutated): mutated is MutatedValue => mutated !== undefined);
}
