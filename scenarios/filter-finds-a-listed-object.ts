/**
 * `filter finds a listed object`: filtering by a value an object of the unfiltered list carries must answer that
 * object. A filter that answers nothing, or compares wrongly, passes `filter returns only matching objects` but
 * fails here.
 */
import { Failure } from '../checks/check';
import { showValue } from '../checks/support/shorten';
import { filterSetup, hasFilters, showFilter } from './filter-values';
import { boundedLimit, itemKeyOf, keyText, walkList } from './list-access';
import type { ScenarioCheck } from '../engine/scenario-check';
import { Category } from '../checks/categories';

const CATEGORY = Category.filter;
const VALUES_PER_FILTER = 2;
const LIMIT = 50;
/** The source object sits on page 1 of the unfiltered list, so in the same order it is among the first filtered ones. */
const MAX_PAGES = 4;

/** The scenario. */
export const filterFindsAListedObject: ScenarioCheck = {
  name: 'filter finds a listed object',
  kind: 'scenario',
  category: CATEGORY,
  severity: 'normal',
  inferred: true,
  basis: 'a query parameter named like a property of the listed objects is inferred to filter by it, so the object a value was taken from must be found by it',
  appliesTo: (operation) => hasFilters(operation),
  async run(context, operation) {
    const { key, scope, probes } = await filterSetup(context, operation, VALUES_PER_FILTER, CATEGORY);
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
