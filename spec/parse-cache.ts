/**
 * Parsed YAML remembered as JSON, by a hash of the file's text: the bundled specs and overlays are the same on
 * every run, and parsing them with `yaml` was ~0.2 s of each run's start-up where JSON.parse of the same data takes
 * a few milliseconds. Only values JSON carries exactly are remembered (no NaN, infinities, -0, `__proto__` keys or
 * aliased objects, which a round trip through JSON would change); anything else is parsed every time. The key covers
 * the text and the `yaml` version, so an edit or an upgrade is a miss; a missing, unreadable or corrupted entry is a
 * miss too.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, installedVersion, writeCacheEntry } from './cache-dir';

/** Bumped when what an entry means changes. */
const FORMAT = 1;

/**
 * True when JSON.parse(JSON.stringify(value)) gives back exactly this value. An object reached twice (a YAML alias)
 * does not: JSON would turn the one object into two copies.
 */
export function survivesJson(value: unknown, seen: Set<object> = new Set()): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.every((item) => survivesJson(item, seen));
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.keys(value).every((key) => key !== '__proto__' && survivesJson((value as Record<string, unknown>)[key], seen));
}

/** The parse of `text` by `parse`, from the cache when the same text was parsed before. */
export function cachedParse(text: string, parse: (text: string) => unknown, dir: string | undefined = cacheDir('parsed-yaml')): unknown {
  if (!dir) return parse(text);
  const key = createHash('sha256').update(`${FORMAT}\n${installedVersion('yaml')}\n`).update(text).digest('hex');
  const file = path.join(dir, `${key}.json`);
  try {
    const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { key?: unknown; value?: unknown };
    if (entry.key === key && 'value' in entry) return entry.value;
  } catch {
    // A miss: parsed below.
  }
  // A text that does not parse throws here, and nothing is remembered.
  const value = parse(text);
  if (survivesJson(value)) writeCacheEntry(dir, file, JSON.stringify({ key, value }));
  return value;
}
