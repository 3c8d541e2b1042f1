/**
 * `write cannot move an object to another scope`: a create or update sent through scope A (`/channel/1/...`) whose
 * body names scope B (`"channel": 2`) must be rejected (4xx), or leave the object in A: readable through A, 404
 * through B. A server that honours the body's scope field lets a client of one channel write objects into another
 * (mass assignment of the scope key), and its objects escape every later request aimed at their scope. The check
 * creates its own object (on a shared target only with --allow-writes, as every write) and deletes it wherever it
 * ended up.
 */
import { ScenarioSkip, type ScenarioCheck } from '../engine/scenario-check';
import type { ApiModel, Operation } from '../model/operation';
import { objectProperties } from '../model/schema-shape';
import { Failure } from '../checks/check';
import { showBody, showValue } from '../checks/support/shorten';
import { createOperationOf, itemKeyProperty, itemOperation, topologyOf } from '../model/topology';
import { scopeBodyField, validCase } from '../engine/own-objects';
import type { ScenarioResponse } from '../engine/scenario-context';
import { knownValues } from './list-access';
import { Category } from '../checks/categories';

const CATEGORY = Category.isolation;

/** The collection an operation writes into (the topology's): its own path for a POST, its item path's collection otherwise. */
function collectionOf(api: ApiModel, operation: Operation): string {
  return operation.method === 'post' ? operation.path : (topologyOf(api).itemCollectionOf(operation)?.path ?? operation.path);
}

/** The item parameter of an item operation (`id` in `.../{id}/`), from the topology. */
function itemParamOf(api: ApiModel, operation: Operation): string | undefined {
  return topologyOf(api).itemCollectionOf(operation)?.itemParam;
}

/** True when the JSON request body documents the scope property. */
function bodyHasProperty(operation: Operation, property: string): boolean {
  const schema = operation.requestBody?.content.find((media) => /json/i.test(media.mediaType))?.schema;
  return schema !== undefined && property in objectProperties(schema, schema);
}

/** True for a create (POST on a collection) or an update (PUT/PATCH on an item) whose body can name the scope. */
function isScopedWrite(operation: Operation, api: ApiModel): boolean {
  const field = scopeBodyField(operation);
  if (!field || !bodyHasProperty(operation, field.property)) return false;
  const collection = collectionOf(api, operation);
  if (!itemOperation(api, collection, 'get')) return false;
  if (operation.method === 'post') return createOperationOf(api, collection) === operation;
  return (operation.method === 'put' || operation.method === 'patch') && itemParamOf(api, operation) !== undefined && createOperationOf(api, collection) !== undefined;
}

/** Stops the scenario when the run's write policy did not let its request out (a shared target, no --allow-writes). */
function sentOrSkip(response: ScenarioResponse): ScenarioResponse {
  if (response.exchange.blocked) throw new ScenarioSkip(`its writes are not sent: ${response.exchange.blocked}`);
  return response;
}

/** The body of a valid write of `operation` in scope `values`, as an object. */
function validBody(operation: Operation, values: Record<string, unknown>, seed: number): Record<string, unknown> {
  const testCase = validCase(operation, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [v]])), seed);
  const body = testCase.body?.value;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ScenarioSkip(`no valid JSON object body could be built for ${operation.id}`);
  return { ...(body as Record<string, unknown>) };
}

/** The scenario. */
export const writeCannotMoveAnObjectToAnotherScope: ScenarioCheck = {
  name: 'write cannot move an object to another scope',
  kind: 'scenario',
  category: CATEGORY,
  severity: 'critical',
  inferred: true,
  basis: 'a `{<x>_id}` path parameter before a collection segment is inferred to scope it, and a body property `<x>` to name the same scope; a write through one scope that names another in its body must be refused or keep the path\'s scope',
  appliesTo: (operation, api) => isScopedWrite(operation, api),
  async run(context, operation) {
    const { api, session } = context;
    const { param, property } = scopeBodyField(operation) as { param: string; property: string };
    const [a, b] = knownValues(context, operation, param, 2);
    if (!session.policy.allowed) throw new ScenarioSkip(`its writes are not sent: ${session.policy.reason}`);
    const collection = collectionOf(api, operation);
    const detail = itemOperation(api, collection, 'get') as NonNullable<ReturnType<typeof itemOperation>>;
    const remover = itemOperation(api, collection, 'delete');
    // Other path parameters of the collection (besides the scope) take their first known value.
    const base: Record<string, unknown> = {};
    for (const p of operation.parameters.filter((p) => p.in === 'path' && p.name !== param && p.name !== itemParamOf(api, operation))) {
      if (operation.method === 'post' || collection.includes(`{${p.name}}`)) base[p.name] = knownValues(context, operation, p.name)[0];
    }
    const inA = { ...base, [param]: a };
    const inB = { ...base, [param]: b };
    const seed = session.config.seed;
    let key: unknown;
    let itemKey: string | undefined;
    let whereNow: Record<string, unknown> = inA;
    try {
      let answer: ScenarioResponse;
      let what: string;
      if (operation.method === 'post') {
        const body = { ...validBody(operation, inA, seed), [property]: b };
        answer = sentOrSkip(await context.send(operation, { pathParams: inA, body, crossScope: true }));
        what = `POST through ${param}=${showValue(a)} with ${property}=${showValue(b)} in the body`;
        if (answer.status >= 200 && answer.status < 300) {
          itemKey = itemKeyProperty(api, collection, answer.json);
          key = itemKey ? (answer.json as Record<string, unknown> | undefined)?.[itemKey] : undefined;
          if (key === undefined || key === null) throw new ScenarioSkip(`the create answered ${answer.status} without the new object's key, so where it went cannot be asked`);
        }
      } else {
        // An object of the check's own, made in A the ordinary way (its body names A).
        const creator = createOperationOf(api, collection) as Operation;
        const made = sentOrSkip(await context.send(creator, { pathParams: inA, body: validBody(creator, inA, seed) }));
        itemKey = itemKeyProperty(api, collection, made.json);
        key = itemKey ? (made.json as Record<string, unknown> | undefined)?.[itemKey] : undefined;
        if (made.status < 200 || made.status >= 300 || key === undefined || key === null) {
          throw new ScenarioSkip(`could not create an object to update (${creator.id} answered ${made.status}); body: ${showBody(made.text)}`);
        }
        const idParam = itemParamOf(api, operation) as string;
        const body = operation.method === 'put' ? { ...validBody(operation, { ...inA, [idParam]: key }, seed), [property]: b } : { [property]: b };
        answer = sentOrSkip(await context.send(operation, { pathParams: { ...inA, [idParam]: key }, body, crossScope: true }));
        what = `${operation.method.toUpperCase()} of ${itemKey} ${showValue(key)} through ${param}=${showValue(a)} with ${property}=${showValue(b)} in the body`;
      }
      if (answer.status >= 400 && answer.status < 500) return; // refused: the scope cannot be assigned
      if (answer.status < 200 || answer.status >= 300) throw new Failure(`${what} answered ${answer.status}, neither a refusal (4xx) nor a success; body: ${showBody(answer.text)}`, CATEGORY);
      const ask = (scope: Record<string, unknown>) => context.send(detail.operation, { pathParams: { ...scope, [detail.param]: key } });
      const throughA = await ask(inA);
      const throughB = await ask(inB);
      if (throughB.status >= 200 && throughB.status < 300) whereNow = inB;
      if (throughA.status !== 200 || throughB.status !== 404) {
        throw new Failure(
          `${what} answered ${answer.status}, and then ${itemKey} ${showValue(key)} read through ${param}=${showValue(a)} answered ${throughA.status} (expected 200) and through ${param}=${showValue(b)} ${throughB.status} (expected 404): the write moved the object to another scope`,
          CATEGORY,
        );
      }
    } finally {
      // Removed where it is now; what this cannot remove stays in the ledger for the run's cleanup to report.
      if (key !== undefined && key !== null && remover) await context.send(remover.operation, { pathParams: { ...whereNow, [remover.param]: key } });
    }
  },
};
