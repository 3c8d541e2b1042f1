/**
 * What the filter scenarios share: a value to filter by, taken from an object the unfiltered list shows, and
 * whether an object matches it. Scalars match by equality; object-valued (deepObject) filters match when every
 * given key equals the object's value, compared as strings because query values travel as strings.
 */
import type { FilterInfo, Operation } from '../model/operation';
import { showValue } from '../checks/support/shorten';
import type { CategoryName } from '../checks/categories';
import type { ScenarioContext } from '../engine/scenario-context';
import { boundedLimit, fetchPage, isReadableList, paginationOf, scopeValues, type Item } from './list-access';
import { ScenarioSkip } from '../engine/scenario-check';

/** One filter to try: the value and the object it was taken from. */
export interface FilterProbe {
  filter: FilterInfo;
  value: unknown;
  source: Item;
}

/** Objects of the unfiltered list the probes draw their values from. */
const SOURCE_LIMIT = 20;

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The filter value the object stands for, or undefined when it has nothing usable. */
export function filterValueOf(item: Item, filter: FilterInfo): unknown {
  const value = item[filter.property];
  if (filter.match === 'equals') return isScalar(value) ? value : undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  // Only one level travels in deepObject style: nested values cannot be asked for.
  const entries = Object.entries(value).filter(([, v]) => isScalar(v)).map(([k, v]) => [k, String(v)]);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** True when the object matches the filter value. */
export function matchesFilter(item: Item, filter: FilterInfo, value: unknown): boolean {
  const actual = item[filter.property];
  if (filter.match === 'equals') return isScalar(actual) && String(actual) === String(value);
  if (typeof actual !== 'object' || actual === null) return false;
  const object = actual as Record<string, unknown>;
  return Object.entries(value as Record<string, string>).every(([k, v]) => Object.hasOwn(object, k) && String(object[k]) === v);
}

/** `attributes[color]=red` or `uploaded_by=7`, the way a message shows the filter. */
export function showFilter(probe: Pick<FilterProbe, 'filter' | 'value'>): string {
  if (probe.filter.match === 'equals') return `${probe.filter.param}=${showValue(probe.value)}`;
  return Object.entries(probe.value as Record<string, string>).map(([k, v]) => `${probe.filter.param}[${k}]=${v}`).join('&');
}

/** True for a readable list with at least one inferred filter. */
export function hasFilters(operation: Operation): boolean {
  return isReadableList(operation) && operation.inferred.filters.length > 0;
}

/**
 * Up to `perFilter` probes per filter, from objects spread over page 1 of the unfiltered list and with different
 * values where the page has them (so a filter that always answers the same objects cannot pass by luck).
 */
export async function filterProbes(context: ScenarioContext, operation: Operation, scope: Record<string, unknown>, perFilter: number, category: CategoryName): Promise<FilterProbe[]> {
  const page = await fetchPage(context, operation, scope, { limit: boundedLimit(operation, SOURCE_LIMIT), category });
  const probes: FilterProbe[] = [];
  for (const filter of operation.inferred.filters) {
    const seen = new Set<string>();
    // First and last object first: different ends of the page most likely carry different values.
    const order = page.items.length > 1 ? [page.items[0], page.items[page.items.length - 1], ...page.items.slice(1, -1)] : page.items;
    for (const source of order) {
      const value = filterValueOf(source, filter);
      const text = JSON.stringify(value);
      if (value === undefined || seen.has(text)) continue;
      seen.add(text);
      probes.push({ filter, value, source });
      if (seen.size >= perFilter) break;
    }
  }
  return probes;
}

/** What both filter scenarios start from: the item key, the scope to list in, and the probes (skips when none). */
export async function filterSetup(context: ScenarioContext, operation: Operation, perFilter: number, category: CategoryName): Promise<{ key: string; scope: Record<string, unknown>; probes: FilterProbe[] }> {
  const key = paginationOf(operation).itemKey as string;
  const scope = scopeValues(context, operation);
  const probes = await filterProbes(context, operation, scope, perFilter, category);
  if (probes.length === 0) throw new ScenarioSkip('the unfiltered list shows no object to take a filter value from; aim --path-param at a scope with data');
  return { key, scope, probes };
}
