/**
 * `pagination honours limit`: with several limits (1 among them) every page holds at most `limit` objects, later
 * pages hold other objects than earlier ones, and the pages of every limit tile one and the same order (the first
 * pages at limit 1 list the first objects at limit 5). Envelope lists and bare arrays that take page/limit alike.
 */
import { Failure } from '../checks/check';
import { boundedLimit, isReadableList, itemKeyOf, keyText, paginationOf, scopeValues, walkList } from './list-access';
import type { ScenarioCheck } from '../engine/scenario-check';
import { Category } from '../checks/categories';

const CATEGORY = Category.pagination;
const LIMITS = [1, 2, 5];
/** Pages read per limit: enough to see page 2 differ from page 1 and the tiling, few enough to stay cheap. */
const PAGES_PER_LIMIT = 3;

/** The scenario. */
export const paginationHonoursLimit: ScenarioCheck = {
  name: 'pagination honours limit',
  kind: 'scenario',
  category: CATEGORY,
  severity: 'normal',
  inferred: true,
  basis: 'the list takes a limit-like query parameter (limit, page_size, per_page), inferred to bound the size of each page',
  appliesTo: (operation) => isReadableList(operation) && paginationOf(operation).limitParam !== undefined,
  async run(context, operation) {
    const { itemKey, limitParam } = paginationOf(operation);
    const key = itemKey as string;
    const scope = scopeValues(context, operation);
    const limits = [...new Set(LIMITS.map((limit) => boundedLimit(operation, limit)))];
    const orders: { limit: number; keys: string[] }[] = [];
    for (const limit of limits) {
      const walk = await walkList(context, operation, scope, { limit, maxPages: PAGES_PER_LIMIT, category: CATEGORY });
      const keys: string[] = [];
      for (const [index, page] of walk.pages.entries()) {
        if (page.items.length > limit) throw new Failure(`page ${index + 1} at ${limitParam}=${limit} holds ${page.items.length} objects`, CATEGORY);
        for (const item of page.items) {
          const id = keyText(itemKeyOf(item, key, CATEGORY));
          if (keys.includes(id)) throw new Failure(`at ${limitParam}=${limit}, ${key} ${id} appears again on page ${index + 1}: later pages repeat earlier ones`, CATEGORY);
          keys.push(id);
        }
      }
      orders.push({ limit, keys });
    }
    // Pages of any limit are windows on one order: the shorter walk must be a prefix of the longer one.
    const longest = orders.reduce((a, b) => (b.keys.length > a.keys.length ? b : a));
    for (const order of orders) {
      // A page shorter than the limit ends the list, so the walk must hold as many objects as the longest one shows.
      const expected = Math.min(order.limit * PAGES_PER_LIMIT, longest.keys.length);
      if (order.keys.length < expected) {
        throw new Failure(
          `at ${limitParam}=${order.limit} the first ${PAGES_PER_LIMIT} pages list ${order.keys.length} objects, but at ${limitParam}=${longest.limit} the list holds at least ${longest.keys.length}: pages come back short`,
          CATEGORY,
        );
      }
      const mismatch = order.keys.findIndex((id, i) => longest.keys[i] !== id);
      if (mismatch !== -1) {
        throw new Failure(
          `object ${mismatch + 1} is ${key} ${order.keys[mismatch]} at ${limitParam}=${order.limit} but ${key} ${longest.keys[mismatch]} at ${limitParam}=${longest.limit}: pages of different limits do not tile the same list`,
          CATEGORY,
        );
      }
    }
  },
};
