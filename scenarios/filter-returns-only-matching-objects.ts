/**
 * `filter returns only matching objects`: for every inferred filter, a value taken from an object the unfiltered
 * list shows is asked for, and every object of the filtered answer (first pages) must match it. A server that
 * ignores the filter answers the unfiltered list and fails here.
 */
import { Failure } from '../checks/check';
import { showValue } from '../checks/support/shorten';
import { filterSetup, hasFilters, matchesFilter, showFilter } from './filter-values';
import { boundedLimit, walkList } from './list-access';
import type { ScenarioCheck } from '../engine/scenario-check';
import { Category } from '../checks/categories';

const CATEGORY = Category.filter;
const VALUES_PER_FILTER = 2;
const LIMIT = 20;
const MAX_PAGES = 3;

/** The scenario. */
export const filterReturnsOnlyMatchingObjects: ScenarioCheck = {
  name: 'filter returns only matching objects',
  kind: 'scenario',
  category: CATEGORY,
  severity: 'critical',
  inferred: true,
  basis: 'a query parameter named like a property of the listed objects is inferred to filter by it (equality; object-valued deepObject parameters by the given keys)',
  appliesTo: (operation) => hasFilters(operation),
  async run(context, operation) {
    const { key, scope, probes } = await filterSetup(context, operation, VALUES_PER_FILTER, CATEGORY);
    for (const probe of probes) {
      const query = { [probe.filter.param]: probe.value };
      const walk = await walkList(context, operation, scope, { limit: boundedLimit(operation, LIMIT), maxPages: MAX_PAGES, query, category: CATEGORY });
      const stray = walk.items.find((item) => !matchesFilter(item, probe.filter, probe.value));
      if (stray) {
        throw new Failure(
          `${showFilter(probe)} answered ${key} ${showValue(stray[key])} whose ${probe.filter.property} is ${showValue(stray[probe.filter.property])}`,
          CATEGORY,
        );
      }
    }
  },
};
