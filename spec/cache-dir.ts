/**
 * Where the project's caches live: `CONFORMANCE_CACHE_DIR` (`off` disables every cache), else the package's
 * node_modules/.cache/omnitron-conformance, else the temp directory. Each cache keeps a folder of its own under it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function packageRoot(): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'node_modules'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The folder of the cache named `name`, or undefined when caches are off. */
export function cacheDir(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.CONFORMANCE_CACHE_DIR;
  if (configured === 'off') return undefined;
  if (configured) return path.join(configured, name);
  const root = packageRoot();
  const base = root ? path.join(root, 'node_modules', '.cache', 'omnitron-conformance') : path.join(os.tmpdir(), `omnitron-conformance-cache-${os.userInfo().uid}`);
  return path.join(base, name);
}

/** Writes a cache entry aside and renames it, so a reader never sees half of one; a cache that cannot be written is left alone. */
export function writeCacheEntry(dir: string, file: string, text: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
  } catch {
    // Read-only or full disk: a cache only saves time.
  }
}

const versions = new Map<string, string>();

/** The installed version of an npm package (part of a cache key, so an upgrade is a miss), or `unknown`. */
export function installedVersion(name: string): string {
  let version = versions.get(name);
  if (version === undefined) {
    try {
      version = String((JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version?: unknown }).version);
    } catch {
      version = 'unknown';
    }
    versions.set(name, version);
  }
  return version;
}
