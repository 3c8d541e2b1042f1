/** Where the repository's specs live, and how file names are shown in messages. */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/**
 * The nearest directory at or above `start` holding a package.json. Found by walking up rather than by a fixed
 * number of `..`, because the same module runs from its source (spec) and compiled (dist/spec).
 */
export function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

/** The repository (package) root: where specs/, package.json and bin/ are, whether running from source or dist/. */
export const repoRoot = findPackageRoot(__dirname);

/** A path as messages show it: relative to the repository root when inside it, otherwise as absolute (a URL as is). */
export function displayPath(file: string): string {
  // A document fetched by URL is named by its URL.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file;
  const absolute = resolve(file);
  const inside = relative(repoRoot, absolute);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : absolute;
}
