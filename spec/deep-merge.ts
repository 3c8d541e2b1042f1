/** The Overlay `update` merge: objects merge key by key, anything else (arrays, scalars) replaces. */

type Json = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export const isJsonObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Merges `update` into `target` in place; values are cloned so two targets never share one update object. */
export function deepMergeInto(target: Json, update: Json): void {
  for (const [key, value] of Object.entries(update)) {
    const current = target[key];
    if (isJsonObject(current) && isJsonObject(value)) deepMergeInto(current, value);
    // Arrays replace rather than concatenate: corrections such as `security` or `required` mean "this list".
    else target[key] = structuredClone(value);
  }
}
