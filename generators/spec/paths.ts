/** Where the repository's specs live, and how file names are shown in messages. */
import { isAbsolute, relative, resolve } from 'node:path';

/** The repository root: two levels above generators/spec. */
export const repoRoot = resolve(__dirname, '../..');

/** A path as messages show it: relative to the repository root when inside it, otherwise as absolute (a URL as is). */
export function displayPath(file: string): string {
  // A document fetched by URL is named by its URL.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file;
  const absolute = resolve(file);
  const inside = relative(repoRoot, absolute);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : absolute;
}
