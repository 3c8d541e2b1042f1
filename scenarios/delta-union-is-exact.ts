/**
 * `delta union is exact`: where a collection has sibling list paths `<a>/`, `<b>/` and `<a>_or_<b>/` (such as
 * inserts/, updates/ and inserts_or_updates/), the last must list exactly the union of the other two, the two must
 * be disjoint, and every object they list must be retrievable by the collection's by-id GET. Checked on the
 * `<a>_or_<b>` operation, walking every page of all three.
 */
import { ScenarioSkip } from '../engine/scenario-check';
import type { ApiModel, Operation } from '../model/operation';
import { topologyOf } from '../model/topology';
import { Failure } from '../checks/check';
import { showBody } from '../checks/support/shorten';
import type { ScenarioContext } from '../engine/scenario-context';
import { boundedLimit, isReadableList, itemKeyOf, keyText, scopeValues, spread, walkList, type Item } from './list-access';
import type { ScenarioCheck } from '../engine/scenario-check';
import { Category } from '../checks/categories';

const CATEGORY = Category.delta;
const LIMIT = 100;
const MAX_PAGES = 10;
/** By-id lookups, spread over the union. */
const LOOKUPS = 20;

/** The operations a delta union is made of. */
export interface DeltaSiblings {
  a: Operation;
  b: Operation;
  /** The by-id GET on the collection, and the path parameter that names the item. */
  detail?: { operation: Operation; param: string };
}

/** The `<a>` and `<b>` list siblings of an `<a>_or_<b>` list, inferred from the paths alone. */
export function deltaSiblingsOf(api: ApiModel, operation: Operation): DeltaSiblings | undefined {
  if (!isReadableList(operation)) return undefined;
  const slash = operation.path.endsWith('/') ? '/' : '';
  const match = /^(.*\/)([^/{}]+)$/.exec(operation.path.replace(/\/$/, ''));
  if (!match) return undefined;
  const [, base, segment] = match;
  const list = (path: string): Operation | undefined =>
    api.operations.find((candidate) => candidate.path === path && isReadableList(candidate) && candidate.inferred.pagination?.itemKey === operation.inferred.pagination?.itemKey);
  // `x_or_y_or_z` splits more than one way; take the split whose both halves are documented lists.
  for (let at = segment.indexOf('_or_'); at > 0; at = segment.indexOf('_or_', at + 1)) {
    const a = list(`${base}${segment.slice(0, at)}${slash}`);
    const b = list(`${base}${segment.slice(at + '_or_'.length)}${slash}`);
    if (!a || !b) continue;
    // The by-id GET is the item GET of the collection the three lists sit in (`<base>{id}/`).
    const collection = topologyOf(api).collection(base);
    const detailOperation = collection?.item.get;
    const param = collection?.itemParam;
    return { a, b, detail: detailOperation && param ? { operation: detailOperation, param } : undefined };
  }
  return undefined;
}

/** Every object of a list by item key; a repeated key is a failure (a delta must not list an object twice). */
async function keyedWalk(context: ScenarioContext, operation: Operation, scope: Record<string, unknown>, key: string): Promise<Map<string, Item>> {
  const walk = await walkList(context, operation, scope, { limit: boundedLimit(operation, LIMIT), maxPages: MAX_PAGES, category: CATEGORY });
  if (!walk.complete) throw new ScenarioSkip(`${operation.path} lists more than ${MAX_PAGES} pages; too long to compare within the scenario's bound`);
  const byKey = new Map<string, Item>();
  for (const item of walk.items) {
    const id = keyText(itemKeyOf(item, key, CATEGORY));
    if (byKey.has(id)) throw new Failure(`${operation.path} lists ${key} ${id} twice`, CATEGORY);
    byKey.set(id, item);
  }
  return byKey;
}

function shown(keys: string[]): string {
  return keys.length > 8 ? `${keys.slice(0, 8).join(', ')}, … (${keys.length} in all)` : keys.join(', ');
}

/** The scenario. */
export const deltaUnionIsExact: ScenarioCheck = {
  name: 'delta union is exact',
  kind: 'scenario',
  category: CATEGORY,
  severity: 'critical',
  inferred: true,
  basis: 'sibling list paths `<a>/`, `<b>/` and `<a>_or_<b>/` are inferred to be two disjoint delta sets and their union, of objects the collection\'s by-id GET answers',
  appliesTo: (operation, api) => deltaSiblingsOf(api, operation) !== undefined,
  async run(context, operation) {
    const { a, b, detail } = deltaSiblingsOf(context.api, operation) as DeltaSiblings;
    const key = operation.inferred.pagination?.itemKey as string;
    const scope = scopeValues(context, operation);
    const union = await keyedWalk(context, operation, scope, key);
    const left = await keyedWalk(context, a, scope, key);
    const right = await keyedWalk(context, b, scope, key);
    const both = [...left.keys()].filter((id) => right.has(id));
    if (both.length > 0) throw new Failure(`${a.path} and ${b.path} both list ${key} ${shown(both)}; they should be disjoint`, CATEGORY);
    const missing = [...left.keys(), ...right.keys()].filter((id) => !union.has(id));
    if (missing.length > 0) throw new Failure(`${operation.path} leaves out ${key} ${shown(missing)}, listed by ${a.path} or ${b.path}`, CATEGORY);
    const extra = [...union.keys()].filter((id) => !left.has(id) && !right.has(id));
    if (extra.length > 0) throw new Failure(`${operation.path} lists ${key} ${shown(extra)}, which neither ${a.path} nor ${b.path} lists`, CATEGORY);
    if (!detail) return;
    for (const [id, item] of spread([...union.entries()], LOOKUPS)) {
      const response = await context.send(detail.operation, { pathParams: { ...scope, [detail.param]: item[key] } });
      const answered = (response.json as Record<string, unknown> | undefined)?.[key];
      if (response.status !== 200 || keyText(answered) !== id) {
        throw new Failure(`${key} ${id} is listed by ${operation.path}, but ${detail.operation.path} answered ${response.status}: ${showBody(response.text)}`, CATEGORY);
      }
    }
  },
};
