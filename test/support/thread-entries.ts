/** Reporter-thread entries that misbehave, written to a test's folder: for the tests of reporters/worker/. */
import fs from 'node:fs';
import path from 'node:path';

/** How the entry misbehaves. */
export const MISBEHAVING_THREADS = {
  /** Throws while loading: the thread never starts. */
  broken: "throw new Error('this thread cannot start');\n",
  /** Never says it is ready. */
  silent: 'setInterval(() => undefined, 1000);\n',
  /** Says it is ready, then exits with code 3 at the first message. */
  dying: "const { parentPort } = require('node:worker_threads');\nparentPort.postMessage({ type: 'ready' });\nparentPort.on('message', () => process.exit(3));\n",
  /** Says it is ready, then answers nothing. */
  mute: "const { parentPort } = require('node:worker_threads');\nparentPort.postMessage({ type: 'ready' });\nparentPort.on('message', () => undefined);\n",
} as const;

/** Writes the entry of a misbehaving thread to `dir` and returns its path. */
export function threadEntry(dir: string, kind: keyof typeof MISBEHAVING_THREADS): string {
  const file = path.join(dir, `${kind}-thread.js`);
  fs.writeFileSync(file, MISBEHAVING_THREADS[kind]);
  return file;
}
