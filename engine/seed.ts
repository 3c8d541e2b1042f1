/** Per-operation, per-phase seeds derived from the run's seed, so `--only` never changes another operation's cases. */

/** A 31-bit seed from the run seed and a label (FNV-1a over the label, mixed with the seed). */
export function deriveSeed(runSeed: number, label: string): number {
  let hash = 0x811c9dc5 ^ runSeed;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & 0x7fffffff;
}
