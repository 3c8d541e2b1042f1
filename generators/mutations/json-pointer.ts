/** JSON pointers (RFC 6901) over plain JSON values: the address of a mutation inside a body or parameter. */

/** One pointer token, escaped (`~` -> `~0`, `/` -> `~1`). */
export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The pointer of a child of `pointer`. */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${escapeToken(String(token))}`;
}

/** The tokens of a pointer, unescaped. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
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
