/**
 * A worker thread running one of this package's modules in the form that is running: the compiled `.js` file
 * directly, or, from source, an eval'd entry that registers tsx before requiring the TypeScript file. The embedded
 * server's thread (cli/embedded-server.ts) and the reporter thread (reporters/worker/) both start theirs here.
 */
import { Worker } from 'node:worker_threads';

/** Starts a worker on `entry` (an absolute path, `.js` or `.ts`) with `workerData`. */
export function startModuleWorker(entry: string, workerData: unknown): Worker {
  if (entry.endsWith('.js')) return new Worker(entry, { workerData });
  // An eval'd worker resolves modules from the working directory, so both paths are made absolute here.
  return new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(entry)});`, { eval: true, workerData });
}
