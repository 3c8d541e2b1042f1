/**
 * `invalid page and limit are rejected`: a page of 0, -1 or 'abc', a limit of 0, 'abc' or above the documented
 * maximum must be answered with a documented 4xx. A 2xx means the server guessed what the client meant: when the
 * same request without the parameter answers the same, it ignored the value (DRF's default for a bad `limit`); when
 * a value beyond a documented bound answers the same as the bound itself, it was clamped (DRF's `max_page_size`:
 * `limit=101` serves what `limit=100` serves). Both are leniency findings (runner/leniency.ts); any other 2xx (the
 * value was used: a page of 101 rows) is a failure. A 5xx means it did not check at all.
 */
import type { JsonSchema, Operation } from '../model/operation';
import { Failure } from '../checks/check';
import { describeOperation, documentedResponse, documentedStatuses } from '../checks/support/documented-response';
import { showBody } from '../checks/support/shorten';
import { isReadableList, paginationOf, scopeValues } from './list-access';
import type { ScenarioCheck } from '../engine/scenario-check';
import { Category } from '../checks/categories';
import { answerDifference } from '../engine/same-answer';
import { clampedValue } from '../engine/lenient-values';
import { LeniencyFailure, leniencyTag, querySubject } from '../engine/leniency-finding';
import type { ScenarioContext, ScenarioResponse } from '../engine/scenario-context';

const CATEGORY = Category.pagination;
const BAD_PAGES: unknown[] = [0, -1, 'abc'];
const BAD_LIMITS: unknown[] = [0, 'abc'];

/** The documented bounds of a query parameter; without a documented minimum, an offset starts at 0 and all else at 1. */
function boundsOf(operation: Operation, name: string): { minimum: number; maximum?: number } {
  const schema = operation.parameters.find((p) => p.in === 'query' && p.name === name)?.schema;
  const documented = typeof schema === 'object' ? schema : {};
  const minimum = typeof documented.minimum === 'number' ? documented.minimum : name === 'offset' ? 0 : 1;
  return { minimum, maximum: typeof documented.maximum === 'number' ? documented.maximum : undefined };
}

/** The bad values for one parameter: numbers below its minimum, a non-number, and one above a documented maximum. */
function badValues(operation: Operation, name: string, candidates: unknown[]): unknown[] {
  const { minimum, maximum } = boundsOf(operation, name);
  const values = candidates.filter((value) => typeof value !== 'number' || value < minimum);
  if (maximum !== undefined) values.push(maximum + 1);
  return values;
}

/** The scenario. */
export const invalidPageAndLimitAreRejected: ScenarioCheck = {
  name: 'invalid page and limit are rejected',
  kind: 'scenario',
  category: CATEGORY,
  severity: 'normal',
  inferred: true,
  basis: 'page-like and limit-like query parameters (page/offset, limit/page_size/per_page) are inferred to take whole numbers from their documented `minimum` (else 1; 0 for offset) up to their documented `maximum`',
  appliesTo: (operation) => isReadableList(operation, false) && (paginationOf(operation).pageParam !== undefined || paginationOf(operation).limitParam !== undefined),
  async run(context, operation) {
    const { pageParam, limitParam } = paginationOf(operation);
    const scope = scopeValues(context, operation);
    const probes: [string, unknown][] = [];
    if (pageParam) for (const value of badValues(operation, pageParam, BAD_PAGES)) probes.push([pageParam, value]);
    if (limitParam) for (const value of badValues(operation, limitParam, BAD_LIMITS)) probes.push([limitParam, value]);
    let lenient: LeniencyFailure | undefined;
    for (const [name, value] of probes) {
      const response = await context.send(operation, { pathParams: scope, query: { [name]: value } });
      const asked = `${name}=${String(value)}`;
      if (response.status >= 200 && response.status < 300) {
        const ignored = await sameAnswer(context, operation, scope, name, response);
        if (ignored === undefined) {
          lenient ??= new LeniencyFailure(`${asked} was answered ${response.status} and ignored: the same request without ${name} got the same answer (${leniencyTag('ignored')})`, 'ignored', querySubject(name, value));
          continue;
        }
        const bound = clampedValue(parameterSchema(operation, name), value);
        const clamped = bound === undefined ? ignored : await sameAnswer(context, operation, scope, name, response, bound);
        if (clamped === undefined) {
          lenient ??= new LeniencyFailure(`${asked} was answered ${response.status} and clamped: the same request with ${name}=${bound} (the documented bound) got the same answer (${leniencyTag('clamped')})`, 'clamped', querySubject(name, value));
          continue;
        }
        const atBound = bound === undefined ? '' : `; with ${name}=${bound} (the documented bound) ${clamped}`;
        throw new Failure(`${asked} was answered ${response.status}, not a 4xx, and the value was used: without ${name} ${ignored}${atBound}; body: ${showBody(response.text)}`, CATEGORY);
      }
      if (response.status < 400 || response.status >= 500) {
        throw new Failure(`${asked} was answered ${response.status}, not a 4xx; body: ${showBody(response.text)}`, CATEGORY);
      }
      if (!documentedResponse(operation, response.status)) {
        throw new Failure(`${asked} was answered ${response.status}, which ${describeOperation(operation)} does not document (documented: ${documentedStatuses(operation)})`, CATEGORY);
      }
    }
    // Only after every probe: a value that was used must not hide behind another that was merely ignored.
    if (lenient) throw lenient;
  },
};

/** The documented schema of a query parameter (an empty one when there is none). */
function parameterSchema(operation: Operation, name: string): JsonSchema {
  return operation.parameters.find((p) => p.in === 'query' && p.name === name)?.schema ?? {};
}

/**
 * Undefined when the list answers the same without the parameter (it was ignored), or with it set to `instead`
 * (the value was clamped to it); else how the answers differ.
 */
async function sameAnswer(context: ScenarioContext, operation: Operation, scope: Record<string, unknown>, name: string, response: ScenarioResponse, instead?: unknown): Promise<string | undefined> {
  const again = await context.send(operation, { pathParams: scope, query: instead === undefined ? {} : { [name]: instead } });
  const wire = (r: ScenarioResponse) => ({ status: r.status, json: r.json, text: r.text, headers: r.headers, truncated: false, elapsedMs: 0 });
  return answerDifference(wire(response), wire(again), name);
}
