/**
 * `pagination envelope is consistent`: count, next, previous and the page sizes of an envelope list must agree with
 * each other. Page 1, page 2 (by its `next`), the one before the last and the last page are read at a small limit,
 * so a few requests see every kind of page.
 */
import type { Operation } from '../model/operation';
import { Failure } from '../checks/check';
import { keyText, boundedLimit, fetchPage, isReadableList, itemKeyOf, paginationOf, readPage, scopeValues, type ListPage } from './list-access';
import type { ScenarioContext } from '../engine/scenario-context';
import type { ScenarioCheck } from '../engine/scenario-check';
import { Category } from '../checks/categories';

const CATEGORY = Category.pagination;
/** Small, so that even short lists span several pages. */
const LIMIT = 2;

function keysOf(page: ListPage, key: string): string[] {
  return page.items.map((item) => keyText(itemKeyOf(item, key, CATEGORY)));
}

/** Checks one page against what count and limit imply for page `k` of `last`. */
function checkPage(page: ListPage, k: number, last: number, count: number, limit: number): void {
  const name = `page ${k} of ${last} (count ${count}, limit ${limit})`;
  if (page.count !== count) throw new Failure(`${name}: count changed to ${JSON.stringify(page.count)} between pages`, CATEGORY, '/count');
  if (page.items.length > limit) throw new Failure(`${name} holds ${page.items.length} objects, more than the limit`, CATEGORY, '/results');
  const expected = k < last ? limit : count - (last - 1) * limit;
  if (page.items.length !== expected) throw new Failure(`${name} holds ${page.items.length} objects; count and limit say ${expected}`, CATEGORY, '/results');
  if (k < last && (page.next === null || typeof page.next !== 'string')) throw new Failure(`${name}: \`next\` is ${JSON.stringify(page.next)} but more pages follow`, CATEGORY, '/next');
  if (k === last && page.next !== null) throw new Failure(`${name} is the last page but \`next\` is ${JSON.stringify(page.next)}, not null`, CATEGORY, '/next');
  if (k === 1 && page.previous !== null) throw new Failure(`${name}: \`previous\` is ${JSON.stringify(page.previous)} on the first page, not null`, CATEGORY, '/previous');
  if (k > 1 && typeof page.previous !== 'string') throw new Failure(`${name}: \`previous\` is ${JSON.stringify(page.previous)}, not a link`, CATEGORY, '/previous');
}

/** Follows `previous` of page k+1 and compares it with page k, by item key. */
async function checkPrevious(context: ScenarioContext, operation: Operation, later: ListPage, earlier: ListPage, k: number, key: string): Promise<void> {
  const back = readPage(operation, await context.follow(operation, later.previous as string), CATEGORY);
  const want = keysOf(earlier, key).join(', ');
  const got = keysOf(back, key).join(', ');
  if (want !== got) throw new Failure(`\`previous\` of page ${k + 1} lists [${got}], but page ${k} lists [${want}]`, CATEGORY, '/previous');
}

/** The scenario. */
export const paginationEnvelopeIsConsistent: ScenarioCheck = {
  name: 'pagination envelope is consistent',
  kind: 'scenario',
  category: CATEGORY,
  severity: 'normal',
  inferred: true,
  basis: 'the 200 body is a count/next/previous/results envelope, inferred to be page-number pagination over `count` objects',
  appliesTo: (operation) => isReadableList(operation) && paginationOf(operation).kind === 'envelope',
  async run(context, operation) {
    const { itemKey, limitParam } = paginationOf(operation);
    const key = itemKey as string;
    const scope = scopeValues(context, operation);
    const first = await fetchPage(context, operation, scope, { limit: boundedLimit(operation, LIMIT), category: CATEGORY });
    // Without a limit parameter the server's own page size is what page 1 holds.
    const limit = limitParam ? boundedLimit(operation, LIMIT) : Math.max(1, first.items.length);
    const count = first.count;
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
      throw new Failure(`count is ${JSON.stringify(count)}, not a whole number`, CATEGORY, '/count');
    }
    const last = Math.max(1, Math.ceil(count / limit));
    checkPage(first, 1, last, count, limit);
    if (last === 1) return;
    const second = readPage(operation, await context.follow(operation, first.next as string), CATEGORY);
    checkPage(second, 2, last, count, limit);
    await checkPrevious(context, operation, second, first, 1, key);
    if (last === 2) return;
    const beforeLast = last === 3 ? second : await fetchPage(context, operation, scope, { page: last - 1, limit, category: CATEGORY });
    checkPage(beforeLast, last - 1, last, count, limit);
    const final = await fetchPage(context, operation, scope, { page: last, limit, category: CATEGORY });
    checkPage(final, last, last, count, limit);
    await checkPrevious(context, operation, final, beforeLast, last - 1, key);
  },
};
