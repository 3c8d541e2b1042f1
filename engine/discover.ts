/**
 * Discovery: before an item operation's phases run, its list operation is asked for a page so that the item operations
 * beside it (`<list path>{id}/`) are aimed at objects that exist. Without it, generated ids almost never exist and
 * a detail operation's 200 schema would go unchecked. The link between a list and its item operations is inferred
 * from the paths, never from resource names.
 */
import type { ApiModel, Operation } from '../model/operation';
import { createScenarioContext } from './scenario-context';
import { listOf } from '../model/topology';
import type { Session } from './session';

/** Path values to aim at, per operation id. */
export type DiscoveredValues = Map<string, Record<string, unknown[]>>;

/** Order in which an API's operations run: reads and creates first, destructive operations last. */
export const METHOD_ORDER = ['get', 'head', 'options', 'post', 'put', 'patch', 'delete', 'trace'];

const DISCOVERY_LIMIT = 20;

/** The known values of the list's own path parameters, or undefined when one has none. */
function scopeValues(session: Session, list: Operation): Record<string, unknown> | undefined {
  const values: Record<string, unknown> = {};
  for (const param of list.parameters.filter((p) => p.in === 'path')) {
    const known = session.config.pathValues[param.name];
    if (!known || known.length === 0) return undefined;
    values[param.name] = /^-?\d+$/.test(known[0]) ? Number(known[0]) : known[0];
  }
  return values;
}

/**
 * Asks the operation's list for a page and returns the path values of objects that exist now (the scope values
 * and the ids found), or undefined when there is no list, no known scope, or nothing listed. Never throws.
 */
export async function discoverPathValues(session: Session, api: ApiModel, operation: Operation): Promise<Record<string, unknown[]> | undefined> {
  const owner = listOf(api, operation);
  const scope = owner && scopeValues(session, owner.list);
  if (!owner || !scope) return undefined;
  const pagination = owner.list.inferred.pagination as NonNullable<Operation['inferred']['pagination']>;
  const query = pagination.limitParam ? { [pagination.limitParam]: DISCOVERY_LIMIT } : {};
  let body: unknown;
  try {
    body = (await createScenarioContext(session, api).send(owner.list, { pathParams: scope, query })).json;
  } catch {
    return undefined; // an unreachable or broken list only means fewer aimed cases; the phases report the problem
  }
  const rows = Array.isArray(body) ? body : (body as { results?: unknown } | undefined)?.results;
  if (!Array.isArray(rows)) return undefined;
  const keys = rows.map((row) => (row as Record<string, unknown> | null)?.[pagination.itemKey as string]).filter((k) => k !== undefined && k !== null);
  if (keys.length === 0) return undefined;
  return { ...Object.fromEntries(Object.entries(scope).map(([name, value]) => [name, [value]])), [owner.param]: keys };
}
