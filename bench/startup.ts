/**
 * Start-up and end-to-end figures of the published command, each a child process as a user runs it:
 * `conformance --help`, `conformance run --runs 1` and `conformance run --runs 200` against the embedded server,
 * the last with the requests it sent counted (bench/count-requests.js) for requests per second, start-up included.
 * `root` may name another checkout (`--compare DIR`) so before/after ratios come from one bench run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './stats';

const COUNTER = resolve(__dirname, 'count-requests.js');

/** What one checkout's command costs at start-up and end to end. */
export interface StartupFigures {
  root: string;
  /** Median wall time of `conformance --help`. */
  helpSeconds: number;
  /** Median wall time of `conformance run --runs 1 --no-html`. */
  runs1Seconds: number;
  /** `conformance run --runs 200 --no-html`: wall time, requests sent, requests per second (start-up included). */
  runs200: { seconds: number; requests: number; perSecond: number; summary: string };
}

interface Ran {
  code: number;
  output: string;
  seconds: number;
}

function runNode(root: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }));
  });
}

const closingLine = (output: string): string => output.split('\n').filter((line) => /^conformance: \d+ passed, /.test(line)).pop() ?? '';

/** A run of the command in `root` with its reports in a temporary directory; throws unless it ends with a closing line. */
async function run(root: string, extra: string[], env?: NodeJS.ProcessEnv, preload: string[] = []): Promise<Ran & { summary: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  try {
    const ran = await runNode(root, [...preload, join(root, 'bin', 'conformance.js'), 'run', '--no-html', '--seed', '1', '--report', join(dir, 'reports'), ...extra], env);
    const summary = closingLine(ran.output);
    if (!summary) throw new Error(`conformance run ${extra.join(' ')} in ${root} ended without its closing line (exit ${ran.code}): ${ran.output.slice(-300)}`);
    return { ...ran, summary };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Measures one checkout: `--help` `helpRepeats` times, `--runs 1` `runRepeats` times (medians), `--runs 200` once. */
export async function measureStartup(root: string, options: { helpRepeats?: number; runRepeats?: number } = {}): Promise<StartupFigures> {
  const help: number[] = [];
  for (let i = 0; i < (options.helpRepeats ?? 5); i++) {
    const ran = await runNode(root, [join(root, 'bin', 'conformance.js'), '--help']);
    if (ran.code !== 0) throw new Error(`conformance --help in ${root} exited ${ran.code}`);
    help.push(ran.seconds);
  }
  const runs1: number[] = [];
  for (let i = 0; i < (options.runRepeats ?? 1); i++) runs1.push((await run(root, ['--runs', '1'])).seconds);
  const countFile = join(mkdtempSync(join(tmpdir(), 'bench-count-')), 'requests.json');
  try {
    const big = await run(root, ['--runs', '200'], { ...process.env, BENCH_REQUESTS_FILE: countFile }, ['--require', COUNTER]);
    const { requests } = JSON.parse(readFileSync(countFile, 'utf8')) as { requests: number };
    return { root, helpSeconds: median(help), runs1Seconds: median(runs1), runs200: { seconds: big.seconds, requests, perSecond: requests / big.seconds, summary: big.summary } };
  } finally {
    rmSync(resolve(countFile, '..'), { recursive: true, force: true });
  }
}
