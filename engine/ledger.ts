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

/** The objects a run created, in creation order. */
export class Ledger {
  readonly entries: LedgerEntry[] = [];

  /** Records an object; returns the entry. */
  add(entry: Omit<LedgerEntry, 'removed'>): LedgerEntry {
    const recorded = { ...entry, removed: false };
    this.entries.push(recorded);
    return recorded;
  }

  /** Objects of a collection still there, in the given scope (all scope values equal). */
  live(api: string, collection: string, scope: Record<string, unknown> = {}): LedgerEntry[] {
    return this.entries.filter(
      (e) => !e.removed && e.key !== undefined && e.api === api && e.collection === collection && Object.entries(scope).every(([k, v]) => String(e.scope[k]) === String(v)),
    );
  }

  /**
   * True when the value names an object of the collection the run created, even one already removed: a second
   * DELETE or an update of a deleted own object harms nobody (ids are not handed out again) and checks the 404.
   */
  owns(api: string, collection: string, key: unknown): boolean {
    return this.entries.some((e) => e.api === api && e.collection === collection && e.key !== undefined && String(e.key) === String(key));
  }

  /**
   * Marks the object removed (a DELETE answered 2xx) when the DELETE named it exactly: its key and every scope
   * value. A DELETE for the same key in another scope says nothing about the object.
   */
  markRemoved(api: string, collection: string, key: unknown, pathParams: Record<string, unknown>): void {
    for (const e of this.entries) {
      if (e.api !== api || e.collection !== collection || String(e.key) !== String(key)) continue;
      if (Object.entries(e.scope).every(([name, value]) => String(pathParams[name]) === String(value))) e.removed = true;
    }
  }

  /**
   * Follows an object the server reports in another scope (a 2xx body whose scope property differs from the path):
   * its entry's scope value changes, so later writes and the cleanup aim at where it now is.
   */
  moved(api: string, collection: string, key: unknown, param: string, value: unknown): LedgerEntry | undefined {
    const entry = this.entries.find((e) => !e.removed && e.api === api && e.collection === collection && e.key !== undefined && String(e.key) === String(key));
    if (entry) entry.scope = { ...entry.scope, [param]: value };
    return entry;
  }

  /** Objects not removed yet. */
  remaining(): LedgerEntry[] {
    return this.entries.filter((e) => !e.removed);
  }
}

/** The concrete item path of a ledger object (`/c/1/things/7/`), as the delete operation's template spells it. */
export function itemPathOf(entry: LedgerEntry): string {
  const fill = (template: string): string => template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(entry.scope[name])));
  if (entry.key === undefined || !entry.param) return fill(entry.collection);
  return `${fill(entry.collection)}${encodeURIComponent(String(entry.key))}/`;
}
