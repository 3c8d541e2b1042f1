/** Small arithmetic the benchmark's tables need: medians of repeats, growth between sizes, rounding for humans. */

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * How a cost grew from one size to the next, relative to linear growth: (cost ratio) / (size ratio).
 * 1 means linear, 2 means the cost doubled again on top of the size, below 1 means fixed costs still dominate.
 */
export function growthFactor(fromSize: number, fromCost: number, toSize: number, toCost: number): number {
  if (fromSize <= 0 || toSize <= 0 || fromCost <= 0) throw new RangeError('sizes and the first cost must be positive');
  return toCost / fromCost / (toSize / fromSize);
}

/** The exponent k of cost ~ size^k between two sizes (log-log slope): 1 linear, 2 quadratic. */
export function growthExponent(fromSize: number, fromCost: number, toSize: number, toCost: number): number {
  if (fromSize <= 0 || toSize <= 0 || fromCost <= 0 || toCost <= 0 || fromSize === toSize) throw new RangeError('sizes and costs must be positive and sizes distinct');
  return Math.log(toCost / fromCost) / Math.log(toSize / fromSize);
}

/** A number with `digits` significant digits, as a plain string (no exponent for the ranges the bench shows). */
export function significant(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return value.toFixed(decimals);
}

/** A share (0..1) as a percentage with one decimal: `42.0 %`. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

/** A whole number with thousands separators: `12,345`. */
export function thousands(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
