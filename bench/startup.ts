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

/** One `--runs 200` run: wall time, requests the server received, requests per second (start-up included). */
export interface EndToEndFigure {
  seconds: number;
  /** Requests the embedded server received (counted on its thread). */
  requests: number;
  /** Requests the run's own thread sent (a blocked or timed-out request may never reach the server). */
  sent: number;
  perSecond: number;
  summary: string;
}

/** What one checkout's command costs at start-up and end to end; every figure a median of the repeats. */
export interface StartupFigures {
  root: string;
  /** Median wall time of `conformance --help`. */
  helpSeconds: number;
  /** Median wall time of `conformance run --runs 1 --no-html`. */
  runs1Seconds: number;
  /** The median (by requests per second) of the `conformance run --runs 200 --no-html` runs. */
  runs200: EndToEndFigure;
  /** Median wall time of the default run (`run --no-html --seed 1`), when measured. */
  defaultRunSeconds?: number;
  repeats: number;
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

/** One `--runs 200` run with the requests counted (bench/count-requests.js, preloaded into every thread). */
async function endToEnd(root: string): Promise<EndToEndFigure> {
  const countDir = mkdtempSync(join(tmpdir(), 'bench-count-'));
  const countFile = join(countDir, 'requests.json');
  try {
    const big = await run(root, ['--runs', '200'], { ...process.env, BENCH_REQUESTS_FILE: countFile }, ['--require', COUNTER]);
    const { requests, sent } = JSON.parse(readFileSync(countFile, 'utf8')) as { requests: number; sent: number };
    return { seconds: big.seconds, requests, sent, perSecond: requests / big.seconds, summary: big.summary };
  } finally {
    rmSync(countDir, { recursive: true, force: true });
  }
}

/** How often each figure is taken (the median is kept); the default run is skipped with `defaultRun: false`. */
export interface StartupOptions {
  helpRepeats?: number;
  repeats?: number;
  defaultRun?: boolean;
}

/** Measures one checkout: `--help` `helpRepeats` times, the runs `repeats` times each, medians kept. */
export async function measureStartup(root: string, options: StartupOptions = {}): Promise<StartupFigures> {
  const repeats = options.repeats ?? 3;
  const help: number[] = [];
  for (let i = 0; i < (options.helpRepeats ?? 5); i++) {
    const ran = await runNode(root, [join(root, 'bin', 'conformance.js'), '--help']);
    if (ran.code !== 0) throw new Error(`conformance --help in ${root} exited ${ran.code}`);
    help.push(ran.seconds);
  }
  const runs1: number[] = [];
  const big: EndToEndFigure[] = [];
  const full: number[] = [];
  // Interleaved, so a burst of load on the shared machine spreads over the figures instead of hitting one.
  for (let i = 0; i < repeats; i++) {
    runs1.push((await run(root, ['--runs', '1'])).seconds);
    big.push(await endToEnd(root));
    if (options.defaultRun !== false) full.push((await run(root, [])).seconds);
  }
  const middle = median(big.map((figure) => figure.perSecond));
  const runs200 = big.reduce((best, figure) => (Math.abs(figure.perSecond - middle) < Math.abs(best.perSecond - middle) ? figure : best));
  return { root, helpSeconds: median(help), runs1Seconds: median(runs1), runs200, defaultRunSeconds: full.length > 0 ? median(full) : undefined, repeats };
}

/** The bench's lines for one checkout, as it prints them and as docs/bench.md quotes them. */
export function startupLines(figures: StartupFigures): string[] {
  const lines = [
    `startup --help: ${figures.helpSeconds.toFixed(2)} s`,
    `startup --runs 1: ${figures.runs1Seconds.toFixed(2)} s`,
    `e2e --runs 200: ${figures.runs200.requests} requests in ${figures.runs200.seconds.toFixed(2)} s = ${Math.round(figures.runs200.perSecond)} req/s`,
  ];
  if (figures.defaultRunSeconds !== undefined) lines.push(`default run: ${figures.defaultRunSeconds.toFixed(2)} s`);
  return lines;
}
