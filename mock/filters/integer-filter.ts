/** Exact-match integer filters (`?cancellation_request=12`), validated like django-filter's NumberFilter. */

/** The filter values read from the query, or DRF-style field errors. */
export type IntegerFilterResult = { kind: 'values'; values: Record<string, number> } | { kind: 'errors'; errors: Record<string, string[]> };

const INTEGER = /^-?\d+$/;

/**
 * Reads the named integer filters. An absent or empty parameter applies no filter (django-filter's behaviour);
 * a non-integer value is a 400 field error. A repeated parameter uses its last value, like Django's QueryDict.
 */
export function readIntegerFilters(query: URLSearchParams, names: readonly string[]): IntegerFilterResult {
  const values: Record<string, number> = {};
  const errors: Record<string, string[]> = {};
  for (const name of names) {
    const text = query.getAll(name).at(-1)?.trim();
    if (text === undefined || text === '') continue;
    const value = Number(text);
    if (!INTEGER.test(text) || !Number.isSafeInteger(value)) errors[name] = ['A valid integer is required.'];
    else values[name] = value;
  }
  return Object.keys(errors).length > 0 ? { kind: 'errors', errors } : { kind: 'values', values };
}
