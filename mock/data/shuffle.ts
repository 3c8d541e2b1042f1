/** Deterministic shuffling for seed data. */
import type { Prng } from './prng';

/** A Fisher-Yates shuffled copy of `items`, driven by `prng` so the same seed gives the same order. */
export function shuffled<T>(items: readonly T[], prng: Prng): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** `count` copies of `value`. */
export function repeat<T>(value: T, count: number): T[] {
  return Array.from({ length: count }, () => value);
}
