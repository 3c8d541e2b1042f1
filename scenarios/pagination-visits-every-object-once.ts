/**
 * `pagination visits every object once`: following `next` from page 1 must list exactly `count` objects, each once,
 * and then stop. The limit is chosen so the walk takes several pages; it is bounded so a runaway list cannot make
 * the run hang.
 */
import { Failure } from '../checks/check';
import { boundedLimit, fetchPage, isReadableList, itemKeyOf, keyText, paginationOf, scopeValues, walkList } from './list-access';
import type { ScenarioCheck } from '../engine/scenario-check';
import { Category } from '../checks/categories';

const CATEGORY = Category.pagination;
/** Pages the walk aims for; a smaller page would cost more requests without showing more. */
const TARGET_PAGES = 6;
/** Never more requests than this, whatever count says. */
const MAX_PAGES = 50;

/** The scenario. */
export const paginationVisitsEveryObjectOnce: ScenarioCheck = {
  name: 'pagination visits every object once',
  kind: 'scenario',
  category: CATEGORY,
  severity: 'critical',
  inferred: true,
  basis: 'the 200 body is a count/next/previous/results envelope, inferred to be pagination over `count` objects identified by the item key',
  appliesTo: (operation) => isReadableList(operation) && paginationOf(operation).kind === 'envelope',
  async run(context, operation) {
    const { itemKey, limitParam } = paginationOf(operation);
    const key = itemKey as string;
    const scope = scopeValues(context, operation);
    // One object per page first, only to learn the count and so choose a limit that takes several pages.
    const probe = await fetchPage(context, operation, scope, { limit: boundedLimit(operation, 1), category: CATEGORY });
    const count = probe.count;
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) throw new Failure(`count is ${JSON.stringify(count)}, not a whole number`, CATEGORY, '/count');
    // Without a limit parameter the walk goes at the server's own page size, which the probe shows.
    const limit = limitParam ? boundedLimit(operation, Math.max(1, Math.ceil(count / TARGET_PAGES))) : Math.max(1, probe.items.length);
    const expectedPages = Math.max(1, Math.ceil(count / limit));
    // Two pages of slack let a list whose `next` never ends show itself without walking to the bound.
    const walk = await walkList(context, operation, scope, { limit: limitParam ? limit : undefined, maxPages: Math.min(MAX_PAGES, expectedPages + 2), category: CATEGORY });
    const seen = new Map<string, number>();
    for (const [index, page] of walk.pages.entries()) {
      for (const item of page.items) {
        const id = keyText(itemKeyOf(item, key, CATEGORY));
        const earlier = seen.get(id);
        if (earlier !== undefined) throw new Failure(`${key} ${id} is listed on page ${earlier} and again on page ${index + 1}`, CATEGORY);
        seen.set(id, index + 1);
      }
    }
    if (!walk.complete) {
      if (expectedPages + 2 <= MAX_PAGES) throw new Failure(`\`next\` is still not null after ${walk.pages.length} pages; count ${count} at limit ${limit} makes ${expectedPages}`, CATEGORY, '/next');
      return; // a list too long to walk within the bound: what was walked has no repeats
    }
    if (seen.size !== count) {
      throw new Failure(`walking \`next\` from page 1 (limit ${limit}) visited ${seen.size} objects in ${walk.pages.length} pages, but count is ${count}`, CATEGORY, '/count');
    }
  },
};
