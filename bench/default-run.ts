/**
 * The whole default run on the bundled specs (`conformance run --no-html --seed 1`) as a child process: wall time
 * and peak memory, from GNU `time -v` when it is installed, else from a preloaded hook reporting the child's own
 * resource usage. Reports go to a temporary directory so the run never touches the project's reports/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseTimeVerbose } from './time-verbose';

const ROOT = resolve(__dirname, '..');
const GNU_TIME = '/usr/bin/time';

/** What the default run cost, how it was measured, and how it ended. */
export interface DefaultRunFigure {
  seconds: number;
  peakMB: number;
  cpuSeconds: number;
  method: string;
  exitCode: number;
  /** The CLI's last stderr line (`conformance: 588 passed, 0 failed, 0 skipped`). */
  summary: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string; seconds: number }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Both streams are kept: GNU time reports on stderr, the CLI prints its counts line on stdout.
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

/** Runs the default conformance run once and measures it. */
export async function measureDefaultRun(seed = 1): Promise<DefaultRunFigure> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-run-'));
  const cli = [join(ROOT, 'bin', 'conformance.js'), 'run', '--no-html', '--seed', String(seed), '--report', join(dir, 'reports')];
  try {
    const summaryOf = (stderr: string): string => stderr.split('\n').filter((line) => line.startsWith('conformance: ') && / passed, /.test(line)).pop() ?? '';
    if (existsSync(GNU_TIME)) {
      const { code, stderr } = await run(GNU_TIME, ['-v', process.execPath, ...cli], process.env);
      const parsed = parseTimeVerbose(stderr);
      if (parsed) return { seconds: parsed.wallSeconds, peakMB: parsed.peakMB, cpuSeconds: parsed.userSeconds + parsed.systemSeconds, method: `${GNU_TIME} -v`, exitCode: code, summary: summaryOf(stderr) };
    }
    const usageFile = join(dir, 'rusage.json');
    const hook = ['--require', 'tsx/cjs', '--require', join(ROOT, 'bench', 'rusage-hook.ts')];
    const { code, stderr, seconds } = await run(process.execPath, [...hook, ...cli], { ...process.env, BENCH_RUSAGE_FILE: usageFile });
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRSSKiB: number; userMicros: number; systemMicros: number };
    return { seconds, peakMB: usage.maxRSSKiB / 1024, cpuSeconds: (usage.userMicros + usage.systemMicros) / 1e6, method: 'process.resourceUsage() hook', exitCode: code, summary: summaryOf(stderr) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
