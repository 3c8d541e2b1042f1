/** Runs the real command line (`node bin/conformance.js`) as a child process and collects what it printed. */
import { spawn } from 'node:child_process';
import path from 'node:path';

/** What a finished command printed and how it exited. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The repository root. */
export const ROOT = path.resolve(__dirname, '../..');

/** Spawns the CLI with `args`; `onStderr` sees stderr as it arrives (to send a signal at the right moment). */
export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; onStderr?: (text: string, child: ReturnType<typeof spawn>) => void } = {}): Promise<CliResult> {
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/conformance.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, CONFORMANCE_TOKEN: '', NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    options.onStderr?.(stderr, child);
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started }));
  });
}

/** The closing line's counts. */
export function closingCounts(stdout: string): { passed: number; failed: number; skipped: number } | undefined {
  const lines = stdout.trim().split('\n');
  const match = /^conformance: (\d+) passed, (\d+) failed, (\d+) skipped$/.exec(lines[lines.length - 1] ?? '');
  return match ? { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3]) } : undefined;
}
