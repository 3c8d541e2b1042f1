/**
 * Remembers which documents swagger-parser has validated, by a hash of their content, so a run on unchanged specs
 * dereferences them without validating them again: validating compiles the OpenAPI meta-schema with a fresh Ajv
 * every call, ~0.15-0.35 s per bundled document, against ~10 ms to dereference (a third of a `--runs 1` run's
 * start-up). Only "valid" is remembered: a document with defects goes through the repairing validation every
 * time, which also rebuilds its findings. The key covers every byte of the document and the swagger-parser
 * version, so edited content or an upgraded validator is simply a miss; an unreadable or corrupted entry is a
 * miss too, and a cache that cannot be written is not used. `CONFORMANCE_CACHE_DIR` moves the cache (`off`
 * disables it); by default it lives in the package's node_modules/.cache, else in the temp directory.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, installedVersion, writeCacheEntry } from '../spec/cache-dir';

/** Bumped when what an entry means changes, so old entries stop matching. */
const FORMAT = 1;

/** The cache directory in use, or undefined when the cache is off. */
export function validationCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return cacheDir('valid-documents', env);
}

/** The content key of a document: sha-256 over the format, the validator's version and the document's JSON. */
export function documentKey(document: unknown): string {
  return createHash('sha256').update(`${FORMAT}\n${installedVersion('@apidevtools/swagger-parser')}\n`).update(JSON.stringify(document)).digest('hex');
}

function entryFile(dir: string, key: string): string {
  return path.join(dir, `${key}.json`);
}

/** True when the document of this key (documentKey) validated before (a missing, unreadable or corrupted entry: false). */
export function isKnownValid(key: string, dir = validationCacheDir()): boolean {
  if (!dir) return false;
  try {
    const entry = JSON.parse(fs.readFileSync(entryFile(dir, key), 'utf8')) as { key?: unknown; valid?: unknown };
    return entry.key === key && entry.valid === true;
  } catch {
    return false;
  }
}

/** Records that the document of this key validated; a cache that cannot be written is left alone. */
export function rememberValid(key: string, dir = validationCacheDir()): void {
  if (!dir) return;
  writeCacheEntry(dir, entryFile(dir, key), JSON.stringify({ key, valid: true }));
}
