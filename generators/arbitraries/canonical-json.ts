/** Deep equality as JSON Schema means it (`uniqueItems`, `enum`, `const`): key order does not matter. */

/** A string equal for two JSON values exactly when JSON Schema considers them equal. */
export function canonicalJson(value: unknown): string {
  // -0 and 0 are equal in JSON Schema; JSON.stringify already prints both as 0.
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  // Built by appending rather than map and join: this keys every case of the finite phases (de-duplication).
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    // A hole prints as nothing, as `map` and `join` print it.
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + (i in value ? canonicalJson(value[i]) : '');
    return `${out}]`;
  }
  out = '{';
  const keys = Object.keys(value).sort();
  for (let i = 0; i < keys.length; i++) out += `${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:${canonicalJson((value as Record<string, unknown>)[keys[i]])}`;
  return `${out}}`;
}

/** True when no two items are JSON-equal. */
export function allDistinct(items: readonly unknown[]): boolean {
  return new Set(items.map(canonicalJson)).size === items.length;
}
