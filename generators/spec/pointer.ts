/** JSON pointers (RFC 6901): the addresses lint findings, merge origins and overlays speak in. */

/** Escapes one reference token (`/` and `~`). */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a pointer from its tokens: `['paths', '/a/', 'get']` -> `/paths/~1a~1/get`. */
export function toPointer(tokens: ReadonlyArray<string | number>): string {
  return tokens.map((t) => '/' + escapeToken(t)).join('');
}

/** Splits a pointer into its unescaped tokens. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return body
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a pointer, or undefined when any step is missing. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of fromPointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
