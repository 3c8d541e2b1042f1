/**
 * Where a defect really is. swagger-parser validates the dereferenced document, so its error paths run through
 * inlined $refs (`/paths/~1a/get/responses/200/.../schema/properties/x`); following the refs in the document as
 * written gives the place a person edits (`/components/schemas/Pet/properties/x`) and so the right fragment file.
 */
import { pointerTokens, resolvePointer, toPointer } from '../../json/pointer';
import { HTTP_METHODS } from '../build';
import type { HttpMethod } from '../operation';

const MAX_HOPS = 64;

/** The pointer, in the document as written, of the node a dereferenced-document pointer names. */
export function locateInSource(document: unknown, pointer: string): string {
  const tokens = pointerTokens(pointer);
  let real: string[] = [];
  let node: unknown = document;
  for (let index = 0; index < tokens.length; index++) {
    let hops = 0;
    while (isRefHolder(node) && hops++ < MAX_HOPS) {
      real = pointerTokens(node.$ref);
      node = resolvePointer(document, node.$ref);
    }
    if (typeof node !== 'object' || node === null) return toPointer([...real, ...tokens.slice(index)]);
    node = (node as Record<string, unknown>)[tokens[index]];
    real.push(tokens[index]);
  }
  return toPointer(real);
}

function isRefHolder(node: unknown): node is { $ref: string } {
  return typeof node === 'object' && node !== null && typeof (node as { $ref?: unknown }).$ref === 'string' && (node as { $ref: string }).$ref.startsWith('#');
}

/** What a defective place belongs to, which decides the fallback. */
export type Region =
  /** A schema (a component schema, or the outermost schema of a parameter, body or header): not judged. */
  | { kind: 'schema'; pointer: string }
  /** An operation: skipped. */
  | { kind: 'operation'; pointer: string; method: HttpMethod; path: string }
  /** A path item outside its operations: all its operations skipped. */
  | { kind: 'path'; pointer: string; path: string }
  /** A non-schema component (response, parameter, ...): the operations that use it are skipped. */
  | { kind: 'component'; pointer: string }
  /** Anything else at the top level (info, servers, tags): ignored. */
  | { kind: 'top'; pointer: string };

/** The region of a pointer in the document as written. */
export function regionOf(pointer: string): Region {
  const tokens = pointerTokens(pointer);
  if (tokens[0] === 'components' && tokens[1] === 'schemas' && tokens.length >= 3) return { kind: 'schema', pointer: toPointer(tokens.slice(0, 3)) };
  const schemaAt = tokens.indexOf('schema');
  if ((tokens[0] === 'paths' || tokens[0] === 'components') && schemaAt > 0) return { kind: 'schema', pointer: toPointer(tokens.slice(0, schemaAt + 1)) };
  if (tokens[0] === 'paths' && tokens.length >= 3 && (HTTP_METHODS as readonly string[]).includes(tokens[2])) {
    return { kind: 'operation', pointer: toPointer(tokens.slice(0, 3)), method: tokens[2] as HttpMethod, path: tokens[1] };
  }
  if (tokens[0] === 'paths' && tokens.length >= 2) return { kind: 'path', pointer: toPointer(tokens.slice(0, 2)), path: tokens[1] };
  if (tokens[0] === 'components' && tokens.length >= 3) return { kind: 'component', pointer: toPointer(tokens.slice(0, 3)) };
  return { kind: 'top', pointer: toPointer(tokens.slice(0, 1)) };
}
