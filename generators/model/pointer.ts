/** Escapes one JSON pointer token (RFC 6901): `~` -> `~0`, `/` -> `~1`. */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a URI-fragment JSON pointer (`#/paths/~1pets/get`) from raw tokens. */
export function pointerTo(...tokens: Array<string | number>): string {
  return '#' + tokens.map((token) => '/' + escapePointerToken(token)).join('');
}
