/**
 * `scope isolation holds`: a collection scoped by a path parameter (`/{x_id}/things/`) must keep scopes apart.
 * Listing scope A shows no object carrying another known scope's value, and an object listed under A is not found
 * (404) when asked for through scope B. Both directions are tried, so the check does not depend on which of two
 * known scopes holds data.
 */
import { ScenarioSkip } from '../engine/scenario-check';
import type { Operation } from '../model/operation';
import { Failure } from '../checks/check';
import { showBody, showValue } from '../checks/support/shorten';
import type { ScenarioContext } from '../engine/scenario-context';
import { boundedLimit, isReadableList, itemKeyOf, keyText, knownValues, paginationOf, scopeValues, spread, walkList, type Item } from './list-access';
import type { ScenarioCheck } from '../engine/scenario-check';
import { Category } from '../checks/categories';

const CATEGORY = Category.isolation;
const LIMIT = 50;
const MAX_PAGES = 2;
/** Objects per scope asked for through the other scope. */
const CROSS_LOOKUPS = 3;

function detailOf(context: ScenarioContext, operation: Operation): Operation | undefined {
  const id = operation.inferred.detailOperationId;
  return id === undefined ? undefined : context.api.operations.find((candidate) => candidate.id === id);
}

/** The detail operation's path parameter that names the item: the one the list's path does not have. */
function idParamOf(list: Operation, detail: Operation): string | undefined {
  const own = new Set(list.parameters.filter((p) => p.in === 'path').map((p) => p.name));
  return detail.parameters.find((p) => p.in === 'path' && !own.has(p.name))?.name;
}

/** The scenario. */
export const scopeIsolationHolds: ScenarioCheck = {
  name: 'scope isolation holds',
  kind: 'scenario',
  category: CATEGORY,
  severity: 'blocker',
  inferred: true,
  basis: 'a `{<x>_id}` path parameter before a collection segment is inferred to scope it; objects carry the scope in property `<x>` when their schema has it, and the by-id GET on the collection answers them',
  appliesTo: (operation, api) =>
    isReadableList(operation) &&
    operation.inferred.scope !== undefined &&
    (operation.inferred.scope.property !== undefined || api.operations.some((o) => o.id === operation.inferred.detailOperationId)),
  async run(context, operation) {
    const { param, property } = operation.inferred.scope as NonNullable<Operation['inferred']['scope']>;
    const key = paginationOf(operation).itemKey as string;
    const values = knownValues(context, operation, param, 2);
    const base = scopeValues(context, operation);
    const [a, b] = values;
    const listed = new Map<unknown, Item[]>();
    for (const scope of [a, b]) {
      const walk = await walkList(context, operation, { ...base, [param]: scope }, { limit: boundedLimit(operation, LIMIT), maxPages: MAX_PAGES, category: CATEGORY });
      listed.set(scope, walk.items);
      if (property === undefined) continue;
      // Any other known scope's value is a leak; our own value is the only one an object may carry.
      const foreign = walk.items.find((item) => values.some((other) => keyText(other) !== keyText(scope) && keyText(item[property]) === keyText(other)));
      if (foreign) {
        throw new Failure(`listing ${param}=${showValue(scope)} shows ${key} ${showValue(foreign[key])}, which carries ${property} ${showValue(foreign[property])}: another scope's object`, CATEGORY);
      }
    }
    if ((listed.get(a) ?? []).length === 0 && (listed.get(b) ?? []).length === 0) {
      throw new ScenarioSkip(`neither ${param}=${showValue(a)} nor ${param}=${showValue(b)} lists any object, so isolation cannot be shown; pass --path-param values of scopes with data`);
    }
    const detail = detailOf(context, operation);
    const idParam = detail && idParamOf(operation, detail);
    if (!detail || !idParam) return;
    for (const [owner, other] of [[a, b], [b, a]]) {
      const otherKeys = new Set((listed.get(other) ?? []).map((item) => keyText(item[key])));
      // An id listed in both scopes (ids unique per scope only) could rightly be found through either.
      const own = (listed.get(owner) ?? []).filter((item) => !otherKeys.has(keyText(item[key])));
      for (const item of spread(own, CROSS_LOOKUPS)) {
        const id = itemKeyOf(item, key, CATEGORY);
        const response = await context.send(detail, { pathParams: { ...base, [param]: other, [idParam]: id } });
        if (response.status !== 404) {
          throw new Failure(
            `${key} ${showValue(id)} is listed under ${param}=${showValue(owner)}, but asked for through ${param}=${showValue(other)} it answered ${response.status} (expected 404); body: ${showBody(response.text)}`,
            CATEGORY,
          );
        }
      }
    }
  },
};
