/**
 * `target survives malformed requests`: requests a client gets wrong must be answered as the client's error.
 * Writes get a JSON body that does not parse and a body under a wrong Content-Type; every integer path parameter
 * gets an oversized number and a non-number; reads get an unknown query parameter, which may be refused (4xx) or
 * ignored (the normal answer), never anything else. A 5xx or no answer at all fails. On a list, an oversized scope
 * value may also be answered 200 with no rows: that is what a list does for any scope that names no object.
 */
import { isDeepStrictEqual } from 'node:util';
import type { WireRequest } from '../model/case';
import type { Operation } from '../model/operation';
import { hasType, resolveLocal } from '../model/schema-shape';
import { serializeCase } from '../generators/params/serialize';
import { Failure } from '../checks/check';
import { showBody } from '../checks/support/shorten';
import { discoverPathValues } from '../engine/discover';
import { isReadableList, readPage } from './list-access';
import { scenarioCase, type RequestValues, type ScenarioContext, type ScenarioResponse } from '../engine/scenario-context';
import type { ScenarioCheck } from '../engine/scenario-check';
import { Category } from '../checks/categories';

const CATEGORY = Category.robustness;
const OVERSIZED_ID = '99999999999999999999';
const NOT_A_NUMBER = 'abc';
const UNKNOWN_PARAM = 'conformance_unknown_param';
const BROKEN_JSON = '{"unterminated": ';

/** Path values that reach the operation: ids found in its list, known scope values, examples, else 1. */
async function reachingPathValues(context: ScenarioContext, operation: Operation): Promise<Record<string, unknown>> {
  const found = context.session.discovered.get(operation.id) ?? (await discoverPathValues(context.session, context.api, operation)) ?? {};
  const values: Record<string, unknown> = {};
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    values[parameter.name] = found[parameter.name]?.[0] ?? context.knownPathValues(parameter.name)[0] ?? parameter.examples[0] ?? 1;
  }
  return values;
}

/** A body the operation documents (its first example), else an empty object: the probes break only one thing. */
function plausibleBody(operation: Operation): unknown {
  return operation.requestBody?.content.find((media) => /json/i.test(media.mediaType))?.examples[0] ?? {};
}

function isIntegerParameter(schema: Operation['parameters'][number]['schema']): boolean {
  return hasType(resolveLocal(schema, schema), 'integer');
}

/** Sends and turns "no answer" (a timeout, a dropped connection) into this check's failure. */
async function attempt(what: string, send: () => Promise<ScenarioResponse>): Promise<ScenarioResponse> {
  try {
    return await send();
  } catch (err) {
    if (err instanceof Failure && err.category === 'transport') throw new Failure(`${what}: ${err.message}`, CATEGORY);
    throw err;
  }
}

/** The body with the unknown parameter taken out of any link in it: a server may rightly keep it in `next`. */
function withoutProbe(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(new RegExp(`([?&])${UNKNOWN_PARAM}=1(&?)`, 'g'), (_m, sep: string, amp: string) => (amp ? sep : ''));
  if (Array.isArray(value)) return value.map(withoutProbe);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutProbe(v)]));
  return value;
}

function expectClientError(what: string, response: ScenarioResponse): void {
  if (response.status >= 400 && response.status < 500) return;
  throw new Failure(`${what} was answered ${response.status}, not a 4xx; body: ${showBody(response.text)}`, CATEGORY);
}

/**
 * An oversized path value on a list names a scope with no objects. A 4xx refuses it; a 200 with no rows is the
 * list of that empty scope, which harms no client. A 5xx, or a 200 that lists rows (none can belong to a scope
 * that names no object, so they are other scopes' rows), fails.
 */
function expectRefusedOrEmptyList(what: string, operation: Operation, response: ScenarioResponse): void {
  if (response.status !== 200 || !isReadableList(operation, false)) return expectClientError(what, response);
  let rows: unknown[];
  try {
    rows = readPage(operation, response, CATEGORY).items;
  } catch (err) {
    if (err instanceof Failure) throw new Failure(`${what} was answered 200 that is not a list: ${err.message}`, CATEGORY);
    throw err;
  }
  if (rows.length === 0) return;
  throw new Failure(`${what} was answered 200 with ${rows.length} row(s), which cannot be of a scope that names no object; body: ${showBody(response.text)}`, CATEGORY);
}

/** The scenario. */
export const targetSurvivesMalformedRequests: ScenarioCheck = {
  name: 'target survives malformed requests',
  kind: 'scenario',
  category: CATEGORY,
  severity: 'critical',
  inferred: false,
  basis: 'HTTP: a request the client got wrong (unparsable or mislabelled body, a path value outside the documented type) is a 4xx, never a 5xx or no answer; an unknown query parameter is refused or ignored',
  appliesTo: (operation) =>
    operation.requestBody !== undefined ||
    !operation.sideEffects ||
    operation.parameters.some((p) => p.in === 'path' && isIntegerParameter(p.schema)),
  async run(context, operation) {
    const pathParams = await reachingPathValues(context, operation);
    const body = operation.requestBody ? plausibleBody(operation) : undefined;
    const values: RequestValues = { pathParams, body };
    const normal = (): WireRequest => serializeCase(scenarioCase(operation, values));
    if (operation.requestBody) {
      const broken = { ...normal(), body: BROKEN_JSON, headers: { ...normal().headers, 'Content-Type': 'application/json' } };
      expectClientError('a JSON body that does not parse', await attempt('a JSON body that does not parse', () => context.sendRaw(operation, broken)));
      const headers = Object.fromEntries(Object.entries(normal().headers).filter(([name]) => name.toLowerCase() !== 'content-type'));
      const mislabelled = { ...normal(), headers: { ...headers, 'Content-Type': 'text/plain' } };
      expectClientError('a JSON body sent as text/plain', await attempt('a JSON body sent as text/plain', () => context.sendRaw(operation, mislabelled)));
    }
    for (const parameter of operation.parameters.filter((p) => p.in === 'path' && isIntegerParameter(p.schema))) {
      for (const odd of [OVERSIZED_ID, NOT_A_NUMBER]) {
        const what = `path parameter ${parameter.name}=${odd}`;
        const response = await attempt(what, () => context.send(operation, { ...values, pathParams: { ...pathParams, [parameter.name]: odd } }));
        if (odd === OVERSIZED_ID) expectRefusedOrEmptyList(what, operation, response);
        else expectClientError(what, response);
      }
    }
    // A read can be repeated freely; a write with an unknown parameter would be a second, real write.
    if (operation.sideEffects) return;
    const what = `an unknown query parameter ${UNKNOWN_PARAM}`;
    const plain = await attempt('the normal request', () => context.send(operation, values));
    const probed = await attempt(what, () => context.send(operation, { ...values, query: { [UNKNOWN_PARAM]: '1' } }));
    if (probed.status >= 400 && probed.status < 500) return;
    if (probed.status >= 500) expectClientError(what, probed);
    if (probed.status !== plain.status || !isDeepStrictEqual(withoutProbe(probed.json), plain.json)) {
      throw new Failure(`${what} was answered ${probed.status} ${showBody(probed.text, 120)}, but without it ${plain.status} ${showBody(plain.text, 120)}: it is neither refused nor ignored`, CATEGORY);
    }
  },
};
