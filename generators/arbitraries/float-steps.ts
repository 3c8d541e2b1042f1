/** The neighbouring doubles of a number: "just inside" an exclusive bound is one representable step away. */

const buffer = new DataView(new ArrayBuffer(8));

/** The smallest double greater than `value`. */
export function nextUp(value: number): number {
  if (Number.isNaN(value) || value === Infinity) return value;
  if (value === 0) return Number.MIN_VALUE;
  buffer.setFloat64(0, value);
  const bits = buffer.getBigInt64(0);
  buffer.setBigInt64(0, value > 0 ? bits + 1n : bits - 1n);
  return buffer.getFloat64(0);
}

/** The largest double smaller than `value`. */
export function nextDown(value: number): number {
  return -nextUp(-value);
}
