/**
 * Provenance through bundling: a document's external $refs (`./schemas/pet.yaml#/Pet`) are inlined by bundling,
 * first occurrence in place, so each place that held one is recorded as coming from the file it named. Messages
 * about those parts then name that file (or URL) rather than the root document.
 */
import { toPointer } from '../json/pointer';
import type { Origins } from './merge';

/** Origins of a document read from `base` (a file path or URL): the root, and each external $ref's target file. */
export function externalRefOrigins(document: unknown, base: string, resolveTarget: (ref: string) => string): Origins {
  const origins: Origins = { '': base };
  const walk = (node: unknown, tokens: Array<string | number>): void => {
    if (typeof node !== 'object' || node === null) return;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && !ref.startsWith('#')) {
      origins[toPointer(tokens)] = resolveTarget(ref.split('#')[0]);
      return;
    }
    for (const [key, child] of Object.entries(node)) walk(child, [...tokens, Array.isArray(node) ? Number(key) : key]);
  };
  walk(document, []);
  return origins;
}
