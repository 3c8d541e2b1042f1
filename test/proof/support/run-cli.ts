/** Runs the conformance command as a child process against one target and collects what it printed. */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The repository root, where `bin/conformance.js` lives. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The key the proof's servers accept and its runs send. */
export const PROOF_TOKEN = 'conformance-dev-token';

/** How one CLI run ended. */
export interface CliRun {
  /** Exit code (0 all pass, 1 failures, 2 usage/setup error); null when killed by a signal. */
  exitCode: number | null;
  /** The closing `conformance: N passed, N failed, N skipped` line, when printed. */
  closingLine?: string;
  stderrTail: string;
  durationMs: number;
}

/** The arguments of the run the brief fixes: every check, the three seeded channels, seed 1, 20 fuzz runs. */
export function conformanceArgs(target: string, reportDir: string): string[] {
  const channels = ['1', '2', '3'].flatMap((id) => ['--path-param', `channel_id=${id}`]);
  return ['bin/conformance.js', 'run', '--target', target, '--token', PROOF_TOKEN, ...channels, '--seed', '1', '--runs', '20', '--no-html', '--report', reportDir];
}

/** The parent's environment without CONFORMANCE_* variables, so a developer's shell cannot change the proof's runs. */
function childEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('CONFORMANCE_')));
}

/** Spawns the CLI, keeps its output in `<reportDir>/stdout.txt` and `stderr.txt`, and resolves when it exits. */
export async function runConformance(target: string, reportDir: string, timeoutMs: number): Promise<CliRun> {
  await mkdir(reportDir, { recursive: true });
  const started = Date.now();
  const child = spawn(process.execPath, conformanceArgs(target, reportDir), { cwd: REPO_ROOT, env: childEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  // A hung run must not hang the whole test suite; it is killed and reported like any other failed run.
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('close', (code) => resolve(code));
  });
  clearTimeout(timer);
  const out = Buffer.concat(stdout).toString('utf8');
  const err = Buffer.concat(stderr).toString('utf8');
  await Promise.all([writeFile(path.join(reportDir, 'stdout.txt'), out), writeFile(path.join(reportDir, 'stderr.txt'), err)]);
  const closingLine = out.trimEnd().split('\n').at(-1);
  return {
    exitCode,
    closingLine: closingLine?.startsWith('conformance:') ? closingLine : undefined,
    stderrTail: err.trimEnd().split('\n').slice(-8).join('\n'),
    durationMs: Date.now() - started,
  };
}
