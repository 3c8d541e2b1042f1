/**
 * `filter finds a listed object`: filtering by a value an object of the unfiltered list carries must answer that
 * object. A filter that answers nothing, or compares wrongly, passes `filter returns only matching objects` but
 * fails here.
 */
import { ScenarioSkip } from './scenario';
import { Failure } from '../checks/check';
import { showValue } from '../checks/support/shorten';
import { filterProbes, hasFilters, showFilter } from './filter-values';
import { boundedLimit, itemKeyOf, keyText, paginationOf, scopeValues, walkList } from './list-access';
import type { ScenarioCheck } from './scenario';

const CATEGORY = 'filter';
const VALUES_PER_FILTER = 2;
const LIMIT = 50;
/** The source object sits on page 1 of the unfiltered list, so in the same order it is among the first filtered ones. */
const MAX_PAGES = 4;

/** The scenario. */
export const filterFindsAListedObject: ScenarioCheck = {
  name: 'filter finds a listed object',
  severity: 'normal',
  inferred: true,
  basis: 'a query parameter named like a property of the listed objects is inferred to filter by it, so the object a value was taken from must be found by it',
  appliesTo: (operation) => hasFilters(operation),
  async run(context, operation) {
    const key = paginationOf(operation).itemKey as string;
    const scope = scopeValues(context, operation);
    const probes = await filterProbes(context, operation, scope, VALUES_PER_FILTER, CATEGORY);
    if (probes.length === 0) throw new ScenarioSkip('the unfiltered list shows no object to take a filter value from; aim --path-param at a scope with data');
    for (const probe of probes) {
      const wanted = keyText(itemKeyOf(probe.source, key, CATEGORY));
      const query = { [probe.filter.param]: probe.value };
      const walk = await walkList(context, operation, scope, { limit: boundedLimit(operation, LIMIT), maxPages: MAX_PAGES, query, category: CATEGORY });
      if (walk.items.some((item) => keyText(item[key]) === wanted)) continue;
      const where = walk.complete ? `the whole filtered list (${walk.items.length} objects)` : `the first ${walk.pages.length} filtered pages`;
      throw new Failure(
        `${key} ${wanted} carries ${probe.filter.property} ${showValue(probe.source[probe.filter.property])}, but ${showFilter(probe)} does not list it in ${where}`,
        CATEGORY,
      );
    }
  },
};
