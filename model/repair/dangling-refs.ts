/**
 * $refs that point at nothing (a missing component, a typo, a file that was not bundled in). swagger-parser stops
 * at the first one; here each becomes a finding and a defect marker, so the schema around it is not judged and an
 * operation that cannot do without it is skipped, while the rest of the document runs.
 */
import { resolvePointer, toPointer } from '../../json/pointer';
import { defectMarker } from './sentinel';
import { regionOf } from './locate';
import type { RepairContext } from './context';

type Json = Record<string, unknown>;

interface Dangling {
  tokens: Array<string | number>;
  ref: string;
}

/** Replaces every unresolvable $ref holder with a defect marker (in place) and records one finding each. */
export function repairDanglingRefs(document: Json, context: RepairContext): void {
  const found: Dangling[] = [];
  collect(document, document, [], found);
  for (const { tokens, ref } of found) {
    const pointer = toPointer(tokens);
    const reason = `$ref ${ref} resolves to nothing`;
    context.findings.push({
      kind: 'unresolvable-ref',
      file: context.fileOf(pointer),
      pointer,
      message: reason,
      fallback: fallbackFor(pointer),
    });
    const parent = resolvePointer(document, toPointer(tokens.slice(0, -1))) as Json | unknown[];
    (parent as Json)[String(tokens[tokens.length - 1])] = defectMarker(`${pointer}: ${reason}`);
  }
}

/** What the run does about a defect at a pointer, in the words of the finding. */
export function fallbackFor(pointer: string): string {
  const region = regionOf(pointer);
  switch (region.kind) {
    case 'schema':
      return 'the schemas that include it are not judged';
    case 'operation':
      return 'the operation is skipped';
    case 'path':
      return 'the operations of this path are skipped';
    case 'component':
      return 'the operations that use it are skipped';
    default:
      return 'it is ignored';
  }
}

function collect(root: Json, node: unknown, tokens: Array<string | number>, found: Dangling[]): void {
  if (typeof node !== 'object' || node === null) return;
  const ref = (node as Json).$ref;
  if (typeof ref === 'string' && tokens.length > 0) {
    const resolvable = ref.startsWith('#') && resolvePointer(root, ref) !== undefined;
    if (!resolvable) found.push({ tokens: [...tokens], ref });
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    // Literal values may hold any JSON, a `$ref` key included; they are not references.
    if (!Array.isArray(node) && tokens[tokens.length - 1] !== 'properties' && (LITERAL_KEYS.has(key) || key.startsWith('x-'))) continue;
    collect(root, child, [...tokens, Array.isArray(node) ? Number(key) : key], found);
  }
}

const LITERAL_KEYS = new Set(['example', 'default', 'enum', 'const']);
