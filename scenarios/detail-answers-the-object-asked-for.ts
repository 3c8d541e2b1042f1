/**
 * `detail answers the object asked for`: for a by-id GET next to a list, a few listed ids are asked for; each must
 * answer 200 with the same item key and with every property the list shows for it unchanged. A detail view may
 * show more than the list (a richer serializer), never something different.
 */
import { ScenarioSkip } from '../engine/scenario-check';
import { isDeepStrictEqual } from 'node:util';
import type { Operation } from '../model/operation';
import { Failure } from '../checks/check';
import { showBody, showValue } from '../checks/support/shorten';
import { listOf } from '../model/topology';
import { boundedLimit, fetchPage, itemKeyOf, keyText, paginationOf, scopeValues, spread } from './list-access';
import type { ScenarioCheck } from '../engine/scenario-check';
import { Category } from '../checks/categories';

const CATEGORY = Category.identity;
const LIMIT = 20;
const LOOKUPS = 3;

/** The scenario. */
export const detailAnswersTheObjectAskedFor: ScenarioCheck = {
  name: 'detail answers the object asked for',
  kind: 'scenario',
  category: CATEGORY,
  severity: 'critical',
  inferred: true,
  basis: 'a GET on `<list path>{param}/` is inferred to answer the listed object whose item key (id, pk, ...) is the value of {param}',
  appliesTo: (operation, api) => operation.method === 'get' && !operation.sideEffects && listOf(api, operation) !== undefined,
  async run(context, operation) {
    const owner = listOf(context.api, operation) as { list: Operation; param: string };
    const key = paginationOf(owner.list).itemKey as string;
    const scope = scopeValues(context, owner.list);
    const page = await fetchPage(context, owner.list, scope, { limit: boundedLimit(owner.list, LIMIT), category: CATEGORY });
    if (page.items.length === 0) throw new ScenarioSkip(`${owner.list.id} lists no object to ask for; aim --path-param at a scope with data`);
    for (const listed of spread(page.items, LOOKUPS)) {
      const id = itemKeyOf(listed, key, CATEGORY);
      const response = await context.send(operation, { pathParams: { ...scope, [owner.param]: id } });
      if (response.status !== 200) throw new Failure(`${key} ${showValue(id)} is listed, but asking for it answered ${response.status}; body: ${showBody(response.text)}`, CATEGORY);
      const body = response.json;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Failure(`asking for ${key} ${showValue(id)} answered ${showBody(response.text)}, not an object`, CATEGORY);
      const shown = body as Record<string, unknown>;
      if (keyText(shown[key]) !== keyText(id)) throw new Failure(`asked for ${key} ${showValue(id)}, got the object with ${key} ${showValue(shown[key])}`, CATEGORY, `/${key}`);
      for (const [property, value] of Object.entries(listed)) {
        if (!isDeepStrictEqual(shown[property], value)) {
          throw new Failure(`${key} ${showValue(id)}: the list shows ${property} ${showValue(value)}, the detail ${showValue(shown[property])}`, CATEGORY, `/${property}`);
        }
      }
    }
  },
};
