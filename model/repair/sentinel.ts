/**
 * The marker a repair leaves where a defective part of a document was: a valid Schema Object (extensions are
 * allowed there) that later stages recognise, so the schema around it is not judged and nothing pretends to be.
 */

/** The extension key of the marker. */
export const DEFECT_KEY = 'x-conformance-defect';

/** A marker carrying the reason, for the place of a defective part. */
export function defectMarker(reason: string): Record<string, unknown> {
  return { [DEFECT_KEY]: reason };
}

/** The reason of the first marker in `node`, if any (cycle-safe: dereferenced documents may be circular). */
export function defectIn(node: unknown, seen: WeakSet<object> = new WeakSet()): string | undefined {
  if (typeof node !== 'object' || node === null || seen.has(node)) return undefined;
  seen.add(node);
  if (!Array.isArray(node) && DEFECT_KEY in node) return String((node as Record<string, unknown>)[DEFECT_KEY]);
  for (const child of Object.values(node)) {
    const reason = defectIn(child, seen);
    if (reason !== undefined) return reason;
  }
  return undefined;
}
