/** An in-memory table with a database-like primary key sequence. */

/**
 * Rows by primary key, in insertion (= ascending key) order. Every method is synchronous on purpose: a key is
 * allocated and the row stored in the same tick, so concurrent requests can never receive the same key or lose a write.
 */
export class Table<T> {
  private readonly rows = new Map<number, T>();
  private lastKey = 0;

  /** Allocates the next key and stores the row `build` makes for it. */
  insert(build: (key: number) => T): T {
    const key = ++this.lastKey;
    const row = build(key);
    this.rows.set(key, row);
    return row;
  }

  /** The row with this key, if any. */
  get(key: number): T | undefined {
    return this.rows.get(key);
  }

  /** Replaces an existing row; returns false when there is none to replace. */
  replace(key: number, row: T): boolean {
    if (!this.rows.has(key)) return false;
    this.rows.set(key, row);
    return true;
  }

  /** Deletes a row; returns false when there was none. Keys are never reused, like a database sequence. */
  delete(key: number): boolean {
    return this.rows.delete(key);
  }

  /** Every row in key order. */
  all(): T[] {
    return [...this.rows.values()];
  }

  /** How many rows there are. */
  get size(): number {
    return this.rows.size;
  }
}
