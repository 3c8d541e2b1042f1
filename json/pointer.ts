/**
 * JSON pointers (RFC 6901), the one module for them: the addresses of model errors, lint findings, merge origins
 * and overlays, of a mutation inside a body, of a check's finding inside a response. A pointer is written plain
 * (`/paths/~1a~1/get`) or as a URI fragment (`#/paths/~1a~1/get`); every reader here takes both.
 */

/** Escapes one reference token: `~` becomes `~0` and `/` becomes `~1`. */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Unescapes one reference token (`~1` first, so `~01` reads as `~1`, as RFC 6901 requires). */
export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A plain pointer from raw tokens: `['paths', '/a/', 'get']` -> `/paths/~1a~1/get`. */
export function toPointer(tokens: ReadonlyArray<string | number>): string {
  return tokens.map((token) => `/${escapeToken(token)}`).join('');
}

/** A URI-fragment pointer from raw tokens: `pointerTo('paths', '/pets', 'get')` -> `#/paths/~1pets/get`. */
export function pointerTo(...tokens: Array<string | number>): string {
  return `#${toPointer(tokens)}`;
}

/** The pointer of a child (property name or index) of `pointer`. */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${escapeToken(token)}`;
}

/** The unescaped tokens of a pointer, plain or fragment (`''` and `'#'` are the root: no tokens). */
export function pointerTokens(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  return body.slice(1).split('/').map(unescapeToken);
}

/** The value a pointer designates in `document` (own properties only), or undefined when the path leaves it. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const token of pointerTokens(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/** A copy of `document` with the value at `pointer` replaced (or removed when `remove` is set). */
export function withValueAt(document: unknown, pointer: string, value: unknown, remove = false): unknown {
  const tokens = pointerTokens(pointer);
  if (tokens.length === 0) return structuredClone(value);
  const copy = structuredClone(document) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const token of tokens.slice(0, -1)) node = node[token] as Record<string, unknown>;
  const last = tokens[tokens.length - 1];
  if (remove) delete node[last];
  else node[last] = structuredClone(value);
  return copy;
}

/** A pointer as a sentence fragment: the root pointer (empty string) reads as `/`, which people recognise. */
export function showPointer(pointer: string): string {
  return pointer === '' ? '/' : pointer;
}
