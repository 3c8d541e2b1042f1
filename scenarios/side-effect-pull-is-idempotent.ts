/**
 * `side-effect pull is idempotent`: a GET marked as having side effects at `<collection>/<action>/`, beside a list
 * on `<collection>/`, is taken to fill that collection (a pull or sync). After it the list is not empty and holds no
 * duplicates; after a second call the same objects are listed, no more and no fewer.
 */
import { ScenarioSkip } from '../engine/scenario-check';
import type { ApiModel, JsonSchema, Operation } from '../model/operation';
import { objectProperties, hasType, resolveLocal } from '../model/schema-shape';
import { Failure } from '../checks/check';
import { showBody } from '../checks/support/shorten';
import type { ScenarioContext } from '../engine/scenario-context';
import { boundedLimit, isReadableList, keyText, paginationOf, scopeValues, walkList, type Item } from './list-access';
import type { ScenarioCheck } from '../engine/scenario-check';
import { Category } from '../checks/categories';

const CATEGORY = Category.pull;
const LIMIT = 100;
const MAX_PAGES = 10;

/** The list on the collection a side-effecting GET at `<collection>/<action>/` fills. */
export function pulledListOf(api: ApiModel, operation: Operation): Operation | undefined {
  if (operation.method !== 'get' || !operation.sideEffects) return undefined;
  const match = /^(.*\/)[^/{}]+\/?$/.exec(operation.path);
  if (!match) return undefined;
  const collection = match[1];
  return api.operations.find((candidate) => (candidate.path === collection || candidate.path === collection.replace(/\/$/, '')) && isReadableList(candidate));
}

/**
 * Properties whose values must be unique across the list besides the item key: those the schema marks
 * `x-unique: true`, else every integer property named `*_id` other than the scope property (a reference to the
 * pulled source, such as an upstream id, which a repeated pull must not copy twice).
 */
export function uniqueProperties(list: Operation): { names: string[]; marked: boolean } {
  const schema = paginationOf(list).itemSchema as JsonSchema;
  const properties = objectProperties(schema, schema);
  const marked = Object.keys(properties).filter((name) => resolveLocal(properties[name], schema)?.['x-unique'] === true);
  if (marked.length > 0) return { names: marked, marked: true };
  const scope = list.inferred.scope?.param;
  const names = Object.keys(properties).filter((name) => /_id$/.test(name) && name !== scope && hasType(resolveLocal(properties[name], schema), 'integer'));
  return { names, marked: false };
}

async function pull(context: ScenarioContext, operation: Operation, scope: Record<string, unknown>, round: string): Promise<void> {
  const response = await context.send(operation, { pathParams: scope });
  if (response.status < 200 || response.status >= 300) throw new Failure(`the ${round} call answered ${response.status}; body: ${showBody(response.text)}`, CATEGORY);
}

/** Every listed object, with the checks that hold after any pull: not empty, keys and unique properties unique. */
async function listAfterPull(context: ScenarioContext, list: Operation, scope: Record<string, unknown>, round: string): Promise<{ keys: string[]; count?: unknown }> {
  const { itemKey } = paginationOf(list);
  const key = itemKey as string;
  const walk = await walkList(context, list, scope, { limit: boundedLimit(list, LIMIT), maxPages: MAX_PAGES, category: CATEGORY });
  if (!walk.complete) throw new ScenarioSkip(`${list.path} lists more than ${MAX_PAGES} pages; too long to compare within the scenario's bound`);
  if (walk.items.length === 0) throw new Failure(`after the ${round} call ${list.path} lists nothing`, CATEGORY);
  for (const name of [key, ...uniqueProperties(list).names]) {
    const seen = new Set<string>();
    for (const item of walk.items as Item[]) {
      if (item[name] === undefined || item[name] === null) continue;
      const value = keyText(item[name]);
      if (seen.has(value)) throw new Failure(`after the ${round} call ${list.path} lists ${name} ${value} twice`, CATEGORY);
      seen.add(value);
    }
  }
  return { keys: walk.items.map((item) => keyText(item[key])).sort(), count: walk.pages[0].count };
}

/** The scenario. */
export const sideEffectPullIsIdempotent: ScenarioCheck = {
  name: 'side-effect pull is idempotent',
  kind: 'scenario',
  category: CATEGORY,
  severity: 'critical',
  inferred: true,
  basis: 'a GET marked x-side-effects at `<collection>/<action>/` is inferred to fill the list on `<collection>/`; besides the item key, properties marked x-unique (else integer `*_id` properties other than the scope) must stay unique',
  appliesTo: (operation, api) => pulledListOf(api, operation) !== undefined,
  async run(context, operation) {
    const list = pulledListOf(context.api, operation) as Operation;
    const scope = { ...scopeValues(context, list), ...scopeValues(context, operation) };
    await pull(context, operation, scope, 'first');
    const first = await listAfterPull(context, list, scope, 'first');
    await pull(context, operation, scope, 'second');
    const second = await listAfterPull(context, list, scope, 'second');
    if (first.count !== second.count) throw new Failure(`count was ${JSON.stringify(first.count)} after the first call and ${JSON.stringify(second.count)} after the second`, CATEGORY, '/count');
    const added = second.keys.filter((id) => !first.keys.includes(id));
    const gone = first.keys.filter((id) => !second.keys.includes(id));
    if (added.length > 0 || gone.length > 0) {
      throw new Failure(`calling ${operation.path} again changed the listed objects: ${added.length} added (${added.slice(0, 5).join(', ')}), ${gone.length} gone (${gone.slice(0, 5).join(', ')})`, CATEGORY);
    }
  },
};
