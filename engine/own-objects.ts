/**
 * Aiming writes at the run's own objects on a shared target (--allow-writes against a non-loopback host).
 * Before a writing operation runs, an object is created through its collection's POST if the ledger has none;
 * the operation's cases then carry only ledger keys (item parameters) and the user's --path-param values (scopes
 * such as channel_id, which a write inside them does not change). The exchange layer checks every write again.
 */
import fc from 'fast-check';
import type { Case } from '../model/case';
import type { ApiModel, Operation } from '../model/operation';
import { boundaryCases, exampleCases, positiveCaseArbitrary } from '../generators/cases';
import { createOperationOf, ownedParams } from '../model/topology';
import type { Session } from './session';

/** Path values a writing operation may use, or the reason it has none. */
export type OwnTargets = { values: Record<string, unknown[]> } | { reason: string };

/** The user's --path-param values for a parameter, typed like the generators type them. */
function givenValues(session: Session, name: string): unknown[] {
  return (session.config.pathValues[name] ?? []).map((v) => (/^-?\d+$/.test(v) ? Number(v) : v));
}

/** True when the path parameter value is the target of a one-violation negative case (it names nothing). */
function mutated(testCase: Case, name: string): boolean {
  return testCase.mutation?.location === 'path' && testCase.mutation.pointer === `/${name}`;
}

/**
 * Why this write may not be sent on a shared target, or undefined when every path parameter names an object the
 * run created (item parameters) or a value the user gave (scopes).
 */
export function ownershipProblem(session: Session, api: ApiModel, testCase: Case): string | undefined {
  const owned = new Map(ownedParams(api, testCase.operation).map((o) => [o.param, o.collection]));
  for (const param of testCase.operation.parameters.filter((p) => p.in === 'path')) {
    if (mutated(testCase, param.name)) continue;
    const value = testCase.pathParams[param.name];
    const collection = owned.get(param.name);
    if (collection !== undefined) {
      if (!session.ledger.owns(api.name, collection, value)) return `${param.name}=${String(value)} is not an object this run created`;
    } else if (!givenValues(session, param.name).some((v) => String(v) === String(value))) {
      return `${param.name}=${String(value)} is not a --path-param value`;
    }
  }
  return undefined;
}

/**
 * Replaces every path parameter (except a negative case's broken one) by one of the allowed values, and the
 * body's scope-like field (`channel` for `{channel_id}`) by the path's value: a write aimed at the run's own object
 * must not carry it into another scope on a server that honours the body (a boundary `channel` of -2147483648
 * once moved one out of reach of its cleanup). A negative case that breaks that very field is left alone; the
 * exchange layer refuses to send it on a shared target.
 */
export function pinPathParams(testCase: Case, values: Record<string, unknown[]>, index = 0): Case {
  const pathParams = { ...testCase.pathParams };
  for (const [name, options] of Object.entries(values)) {
    if (options.length > 0 && !mutated(testCase, name)) pathParams[name] = options[index % options.length];
  }
  return pinBodyScope({ ...testCase, pathParams });
}

/** The body property named like the path's scope parameter (`channel` for `{channel_id}`), when inferred. */
export function scopeBodyField(operation: Operation): { param: string; property: string } | undefined {
  const scope = operation.inferred.scope;
  return scope?.property === undefined ? undefined : { param: scope.param, property: scope.property };
}

/** The case with its body's scope field set to the path's scope value (when the body has that field). */
export function pinBodyScope(testCase: Case): Case {
  const field = scopeBodyField(testCase.operation);
  const body = testCase.body?.value;
  if (!field || !testCase.body || !body || typeof body !== 'object' || Array.isArray(body) || !(field.property in body)) return testCase;
  if (testCase.mutation?.location === 'body' && testCase.mutation.pointer === `/${field.property}`) return testCase;
  const pathValue = testCase.pathParams[field.param];
  if (pathValue === undefined) return testCase;
  return { ...testCase, body: { ...testCase.body, value: { ...(body as Record<string, unknown>), [field.property]: pathValue } } };
}

/**
 * Why a write's body would name another scope than its path (on a shared target, never sent), or undefined.
 * A scope check's deliberate probe (`testCase.crossScope`) is the one exception: it aims at the run's own objects.
 */
export function scopeProblem(testCase: Case): string | undefined {
  const field = scopeBodyField(testCase.operation);
  const body = testCase.body?.value;
  if (!field || testCase.crossScope || !body || typeof body !== 'object' || Array.isArray(body) || !(field.property in body)) return undefined;
  const value = (body as Record<string, unknown>)[field.property];
  const pathValue = testCase.pathParams[field.param];
  if (JSON.stringify(value) === JSON.stringify(pathValue)) return undefined;
  return `its body names ${field.property}=${JSON.stringify(value)}, not the path's ${field.param}=${JSON.stringify(pathValue)}, which could move the object out of the run's scope`;
}

/** A valid case for an operation inside the given scope: an example, else a boundary case, else a generated one. */
export function validCase(operation: Operation, scope: Record<string, unknown[]>, seed: number): Case {
  const fixed = [...exampleCases(operation, { pathValues: scope }), ...boundaryCases(operation, { pathValues: scope })].filter((c) => c.mode === 'positive' && !c.mutation);
  const chosen = fixed[0] ?? fc.sample(positiveCaseArbitrary(operation, { pathValues: scope }), { seed, numRuns: 1 })[0];
  return { ...pinPathParams(chosen, scope), phase: 'semantics' };
}

/**
 * The values a writing operation may aim at, creating one object per owned collection first when the ledger has
 * none. `create` sends a case (through the exchange layer, which records what it creates).
 */
export async function ownTargets(session: Session, api: ApiModel, operation: Operation, create: (testCase: Case) => Promise<void>): Promise<OwnTargets> {
  const values: Record<string, unknown[]> = {};
  const owned = new Map(ownedParams(api, operation).map((o) => [o.param, o.collection]));
  for (const param of operation.parameters.filter((p) => p.in === 'path')) {
    if (owned.has(param.name)) continue;
    const given = givenValues(session, param.name);
    if (given.length === 0) return { reason: `no --path-param value for ${param.name} on a shared target (generated values could name someone else's object)` };
    values[param.name] = given.slice(0, 1);
  }
  for (const [param, collection] of owned) {
    const scope = Object.fromEntries(Object.entries(values).filter(([name]) => collection.includes(`{${name}}`)));
    const scopeOne = Object.fromEntries(Object.entries(scope).map(([k, v]) => [k, v[0]]));
    if (session.ledger.live(api.name, collection, scopeOne).length === 0) {
      const creator = createOperationOf(api, collection) as Operation;
      await create(validCase(creator, scope, session.config.seed));
    }
    const live = session.ledger.live(api.name, collection, scopeOne);
    if (live.length === 0) return { reason: `could not create an object in ${collection} to aim at (see the create operation's results)` };
    values[param] = [live[live.length - 1].key];
  }
  return { values };
}
