/**
 * The ledger of objects a run created on its target. Every 2xx answer to a create (a POST on a collection path)
 * is written down with the object's key and the DELETE that removes it. On a shared target the run aims its
 * writes only at these objects, and removes the ones still there at the end (see cleanup.ts).
 */

/** One object the run created. */
export interface LedgerEntry {
  api: string;
  /** The collection path template the object was created in, e.g. `/api/v1/channel/{channel_id}/failed_integrations/`. */
  collection: string;
  /** The operation that created it. */
  createdBy: string;
  /** Path values of the collection (its scope), as sent. */
  scope: Record<string, unknown>;
  /** The item's path parameter name and value (`id` = 17); value undefined when the response did not carry it. */
  param?: string;
  key?: unknown;
  /** The operation that deletes it, when the API documents one. */
  deleteOperationId?: string;
  /** Set once the server confirmed it gone: a DELETE answered 2xx (a 404 alone is not proof; cleanup.ts checks more). */
  removed: boolean;
  /** Where the object was last seen: the item path of its last 2xx answer (follows it when the server moved it). */
  lastSeen?: string;
}

/** The entries of one api + collection, in creation order, and the same entries by `String(key)`. */
interface Group {
  entries: LedgerEntry[];
  byKey: Map<string, LedgerEntry[]>;
}

/**
 * The objects a run created, in creation order. Every lookup names one api and collection, so entries are also
 * kept per api + collection and per key: a linear scan over every object ever created, once per answered request,
 * was a measurable share of a long fuzz run. An entry's api, collection and key never change after `add`.
 */
export class Ledger {
  readonly entries: LedgerEntry[] = [];
  private readonly groups = new Map<string, Group>();

  private group(api: string, collection: string): Group | undefined {
    return this.groups.get(`${api}\u0000${collection}`);
  }

  /** Records an object; returns the entry. */
  add(entry: Omit<LedgerEntry, 'removed'>): LedgerEntry {
    const recorded = { ...entry, removed: false };
    this.entries.push(recorded);
    const name = `${recorded.api}\u0000${recorded.collection}`;
    let group = this.groups.get(name);
    if (!group) this.groups.set(name, (group = { entries: [], byKey: new Map() }));
    group.entries.push(recorded);
    const key = String(recorded.key);
    const same = group.byKey.get(key);
    if (same) same.push(recorded);
    else group.byKey.set(key, [recorded]);
    return recorded;
  }

  /** Objects of a collection still there, in the given scope (all scope values equal). */
  live(api: string, collection: string, scope: Record<string, unknown> = {}): LedgerEntry[] {
    return (this.group(api, collection)?.entries ?? []).filter((e) => isLive(e) && inScope(e, scope));
  }

  /** The first object of a collection still there with this key in the given scope: `live(...)` narrowed to one key. */
  liveWithKey(api: string, collection: string, key: unknown, scope: Record<string, unknown> = {}): LedgerEntry | undefined {
    return this.withKey(api, collection, key).find((e) => isLive(e) && inScope(e, scope));
  }

  /**
   * True when the value names an object of the collection the run created, even one already removed: a second
   * DELETE or an update of a deleted own object harms nobody (ids are not handed out again) and checks the 404.
   */
  owns(api: string, collection: string, key: unknown): boolean {
    return this.withKey(api, collection, key).some((e) => e.key !== undefined);
  }

  /**
   * Marks the object removed (a DELETE answered 2xx) when the DELETE named it exactly: its key and every scope
   * value. A DELETE for the same key in another scope says nothing about the object.
   */
  markRemoved(api: string, collection: string, key: unknown, pathParams: Record<string, unknown>): void {
    for (const e of this.withKey(api, collection, key)) {
      if (Object.entries(e.scope).every(([name, value]) => String(pathParams[name]) === String(value))) e.removed = true;
    }
  }

  /**
   * Follows an object the server reports in another scope (a 2xx body whose scope property differs from the path):
   * its entry's scope value changes, so later writes and the cleanup aim at where it now is.
   */
  moved(api: string, collection: string, key: unknown, param: string, value: unknown): LedgerEntry | undefined {
    const entry = this.withKey(api, collection, key).find(isLive);
    if (entry) entry.scope = { ...entry.scope, [param]: value };
    return entry;
  }

  /** Objects not removed yet. */
  remaining(): LedgerEntry[] {
    return this.entries.filter((e) => !e.removed);
  }

  /** The collection's entries whose key reads as `String(key)`, in creation order (removed ones included). */
  private withKey(api: string, collection: string, key: unknown): LedgerEntry[] {
    return this.group(api, collection)?.byKey.get(String(key)) ?? [];
  }
}

/** Not removed, and with a known key (an object the run can aim at). */
function isLive(entry: LedgerEntry): boolean {
  return !entry.removed && entry.key !== undefined;
}

/** True when every given scope value equals the entry's (compared as text, as paths carry them). */
function inScope(entry: LedgerEntry, scope: Record<string, unknown>): boolean {
  return Object.entries(scope).every(([k, v]) => String(entry.scope[k]) === String(v));
}

/** The concrete item path of a ledger object (`/c/1/things/7/`), as the delete operation's template spells it. */
export function itemPathOf(entry: LedgerEntry): string {
  const fill = (template: string): string => template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(entry.scope[name])));
  if (entry.key === undefined || !entry.param) return fill(entry.collection);
  return `${fill(entry.collection)}${encodeURIComponent(String(entry.key))}/`;
}
