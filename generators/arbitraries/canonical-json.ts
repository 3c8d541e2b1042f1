/** Deep equality as JSON Schema means it (`uniqueItems`, `enum`, `const`): key order does not matter. */

/** A string equal for two JSON values exactly when JSON Schema considers them equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  // -0 and 0 are equal in JSON Schema; JSON.stringify already prints both as 0.
  return JSON.stringify(value) ?? 'undefined';
}

/** True when no two items are JSON-equal. */
export function allDistinct(items: readonly unknown[]): boolean {
  return new Set(items.map(canonicalJson)).size === items.length;
}
