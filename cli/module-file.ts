/** Resolves a module of this package by path, as it exists in the running form: source (tsx) or compiled (dist/). */
import path from 'node:path';

/**
 * The file of a module given relative to `fromDir` without its extension: `.ts` when running from source, `.js`
 * when running compiled. Needed where a module is handed to a loader by path (mocha's files and reporters, a
 * worker's entry) instead of being imported, since tsc rewrites imports but not path strings.
 */
export function moduleFile(fromDir: string, relative: string): string {
  return path.resolve(fromDir, `${relative}${path.extname(__filename)}`);
}
