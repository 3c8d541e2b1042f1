/**
 * The model of one object: per field, what the server must answer next and why. A field the client sent is
 * known exactly; one the server filled (a default, left out of the create) is unknown until first answered and
 * then must stay as answered; one a full update left out may be kept or reset to its default (DRF keeps it, the
 * documents do not say), so either is accepted and the answer decides which from then on.
 */
import type { ObjectShape } from './object-shape';
import { sameValue } from './same-value';

/** What one field of an object must answer next. */
export type Expectation =
  | { kind: 'known'; value: unknown; why: string }
  | { kind: 'oneOf'; values: unknown[]; why: string }
  | { kind: 'unknown' };

/** Every modelled field's expectation, by field name. */
export type ObjectExpectations = Record<string, Expectation>;

/** A JSON value shortened for a one-line message. */
export function shortJson(value: unknown, max = 80): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function sent(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** The scope property is the path's, whatever a body says (bodies carry the same value anyway). */
function withScope(shape: ObjectShape, expectations: ObjectExpectations): ObjectExpectations {
  if (shape.scope) expectations[shape.scope.property] = { kind: 'known', value: shape.scope.value, why: `the path's {${shape.scope.param}}` };
  return expectations;
}

/** After a create: the sent fields as sent, the others filled by the server. */
export function expectCreated(shape: ObjectShape, body: unknown, step: string): ObjectExpectations {
  const values = sent(body);
  const expectations: ObjectExpectations = {};
  for (const field of shape.fields) {
    expectations[field.name] = Object.hasOwn(values, field.name) ? { kind: 'known', value: values[field.name], why: `sent by ${step}` } : { kind: 'unknown' };
  }
  return withScope(shape, expectations);
}

/** After a full update (PUT): the sent fields replaced; a left-out field kept or reset to its default or null. */
export function expectReplaced(shape: ObjectShape, current: ObjectExpectations, body: unknown, step: string): ObjectExpectations {
  const values = sent(body);
  const expectations: ObjectExpectations = {};
  for (const field of shape.fields) {
    const before = current[field.name] ?? { kind: 'unknown' };
    if (Object.hasOwn(values, field.name)) {
      expectations[field.name] = { kind: 'known', value: values[field.name], why: `sent by ${step}` };
    } else if (before.kind === 'unknown') {
      expectations[field.name] = before;
    } else {
      const candidates = before.kind === 'known' ? [before.value] : [...before.values];
      if (field.defaultValue) candidates.push(field.defaultValue.value);
      if (field.nullable) candidates.push(null);
      expectations[field.name] = { kind: 'oneOf', values: candidates, why: `left out of ${step}'s full update: kept or reset to its default` };
    }
  }
  return withScope(shape, expectations);
}

/** After a partial update (PATCH): the sent fields replaced, every other field exactly as before. */
export function expectPatched(shape: ObjectShape, current: ObjectExpectations, body: unknown, step: string): ObjectExpectations {
  const values = sent(body);
  const expectations: ObjectExpectations = { ...current };
  for (const field of shape.fields) {
    if (Object.hasOwn(values, field.name)) expectations[field.name] = { kind: 'known', value: values[field.name], why: `sent by ${step}` };
  }
  return withScope(shape, expectations);
}

/** What an answer showed: the expectations it pinned down, and every field that contradicts the model. */
export interface Observation {
  next: ObjectExpectations;
  mismatches: string[];
}

/** Compares an answered object with the model; `step` names the answer for fields it is the first to show. */
export function observe(shape: ObjectShape, current: ObjectExpectations, answered: unknown, step: string): Observation {
  const actual = sent(answered);
  const next: ObjectExpectations = { ...current };
  const mismatches: string[] = [];
  const schemas = new Map(shape.fields.map((field) => [field.name, field]));
  for (const [name, expectation] of Object.entries(current)) {
    const field = schemas.get(name);
    const same = (expected: unknown) => sameValue(field?.schema, field?.root, expected, actual[name]);
    if (!Object.hasOwn(actual, name)) {
      if (expectation.kind !== 'unknown') mismatches.push(`${name}: missing, expected ${describe(expectation)}`);
      continue;
    }
    if (expectation.kind === 'known') {
      if (!same(expectation.value)) mismatches.push(`${name}: got ${shortJson(actual[name])}, expected ${describe(expectation)}`);
    } else if (expectation.kind === 'oneOf') {
      if (expectation.values.some(same)) next[name] = { kind: 'known', value: actual[name], why: `${expectation.why}; answered by ${step}` };
      else mismatches.push(`${name}: got ${shortJson(actual[name])}, expected ${describe(expectation)}`);
    } else {
      next[name] = { kind: 'known', value: actual[name], why: `filled by the server, first answered by ${step}` };
    }
  }
  return { next, mismatches };
}

function describe(expectation: Exclude<Expectation, { kind: 'unknown' }>): string {
  if (expectation.kind === 'known') return `${shortJson(expectation.value)} (${expectation.why})`;
  return `one of ${expectation.values.map((value) => shortJson(value, 40)).join(', ')} (${expectation.why})`;
}
