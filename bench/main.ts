/**
 * `npm run bench`: fuzz throughput against the embedded reference server and its loopback ceiling, where the
 * fuzz loop's time goes, the whole default run, and load/compile cost of generated specs by size. Writes
 * reports/bench/results.json, bench.md and scale.svg. Options: `--quick` (fewer cases and sizes, for a smoke run),
 * `--sizes 10,100` (scale sizes), `--skip-default-run`; `--startup-only` (start-up and end-to-end figures and the
 * default run only, into startup.json and startup.md), `--compare DIR` (the same start-up figures of another
 * checkout, e.g. main before a change, measured in this run so the ratios are fair).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { compareClients } from './clients';
import { measureDefaultRun } from './default-run';
import { openBaseSession, prepareWorkload, type FuzzWorkload } from './fuzz-workload';
import { profileCpu } from './profile-cpu';
import { profileStages } from './profile-stages';
import { table } from './markdown-table';
import { renderMarkdown } from './report-markdown';
import type { BatchedFigure, BenchResults, ScaleRow, TargetRow, ThroughputFigure } from './results';
import { measureScale } from './scale';
import { measureStartup, startupLines, type StartupFigures } from './startup';
import { startupMarkdown, startupTargets } from './startup-report';
import { shrinkDemo } from './shrink-demo';
import { median, percent, significant, thousands } from './stats';
import { scaleChartSvg } from './svg-chart';
import { measureBatched, measureCeiling, measurePool, measureRealLoop } from './throughput';

const ROOT = resolve(__dirname, '..');
const OUT = resolve(ROOT, 'reports', 'bench');
const SEED = 1;
const CONCURRENCIES = [1, 2, 4, 8, 16];
const MAX_BATCH = 16;

const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

interface Options {
  runs: number;
  repeats: number;
  sizes: number[];
  defaultRun: boolean;
  startupOnly: boolean;
  compare?: string;
}

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const sizesAt = argv.indexOf('--sizes');
  const sizes = sizesAt >= 0 ? argv[sizesAt + 1].split(',').map(Number) : quick ? [10, 100] : [10, 100, 1000, 5000];
  const compareAt = argv.indexOf('--compare');
  return {
    runs: quick ? 40 : 200,
    repeats: quick ? 1 : 3,
    sizes,
    defaultRun: !argv.includes('--skip-default-run'),
    startupOnly: argv.includes('--startup-only'),
    compare: compareAt >= 0 ? resolve(argv[compareAt + 1]) : undefined,
  };
}

/** Start-up figures of this checkout (and of `--compare DIR` first, on the same machine state). */
async function startupFigures(options: Options, withDefaultRun: boolean): Promise<{ now: StartupFigures; before?: StartupFigures }> {
  // bin/conformance.js falls back to tsx when dist/ is stale: that would measure development start-up, not the command.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { isBuildFresh } = require('../bin/build-state.js') as { isBuildFresh(): boolean };
  if (!isBuildFresh()) log('dist/ is missing or older than the sources: run `npm run build` first, or these figures are tsx start-up');
  const measure = { repeats: options.repeats, defaultRun: withDefaultRun };
  let before: StartupFigures | undefined;
  if (options.compare) {
    log(`start-up of ${options.compare} (median of ${options.repeats}) ...`);
    before = await measureStartup(options.compare, measure);
    for (const line of startupLines(before)) log(`compared: ${line}`);
  }
  log(`start-up of this checkout (median of ${options.repeats}) ...`);
  const now = await measureStartup(ROOT, measure);
  for (const line of startupLines(now)) log(line);
  return { now, before };
}

/** `--startup-only`: the start-up figures and the default run, written to startup.json and startup.md. */
async function startupOnly(options: Options): Promise<void> {
  const loadAverage = loadavg();
  const { now, before } = await startupFigures(options, options.defaultRun);
  const targets = startupTargets(now, before);
  mkdirSync(OUT, { recursive: true });
  const machine = { cpus: cpus().length, node: process.version, loadAverage, loadAverageAtEnd: loadavg() };
  writeFileSync(join(OUT, 'startup.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), machine, startup: now, compared: before, targets }, null, 2)}\n`);
  const heading = `# Start-up benchmark\n\nGenerated ${new Date().toISOString()} on ${machine.cpus} CPU(s), Node ${machine.node}, load average ${loadAverage.map((n) => n.toFixed(2)).join(' ')} at start, ${machine.loadAverageAtEnd.map((n) => n.toFixed(2)).join(' ')} at end.\n\n`;
  writeFileSync(join(OUT, 'startup.md'), `${heading}${startupMarkdown(now, before)}\n${table(['target', 'measured', 'met'], targets.map((row) => [row.target, row.measured, row.met ? 'yes' : 'no']))}\n`);
  log(`wrote ${OUT}/startup.json, startup.md`);
  if (before) for (const line of startupLines(before)) log(`compared: ${line}`);
  for (const line of startupLines(now)) log(line);
  for (const row of targets) log(`${row.met ? 'met    ' : 'NOT met'} ${row.target}: ${row.measured}`);
}

/** Runs a mode `repeats` times, each on a freshly seeded server, and keeps the median run by cases per second. */
async function repeated<T extends ThroughputFigure>(repeats: number, open: () => Promise<FuzzWorkload>, measure: (w: FuzzWorkload) => Promise<T>): Promise<T> {
  const runs: T[] = [];
  for (let i = 0; i < repeats; i++) {
    const workload = await open();
    try {
      runs.push(await measure(workload));
    } finally {
      await workload.close();
    }
  }
  const middle = median(runs.map((r) => r.perSecond));
  return runs.reduce((best, r) => (Math.abs(r.perSecond - middle) < Math.abs(best.perSecond - middle) ? r : best));
}

function targets(results: Omit<BenchResults, 'targets'>): TargetRow[] {
  const best = [...results.throughput.pool, ...results.throughput.batched].reduce((a, b) => (b.perSecond > a.perSecond ? b : a), results.throughput.realLoop);
  const bestCeiling = results.throughput.ceiling.find((c) => c.concurrency === best.concurrency)?.perSecond ?? results.ceilingPerSecond;
  const at1000 = results.scale.find((row) => row.operations === 1000);
  const growth = results.scale.map((row) => row.timeGrowth).filter((g): g is number => g !== undefined);
  return [
    { target: '>= 5,000 validated cases/s (the suite fuzz loop)', measured: thousands(results.casesPerSecond), met: results.casesPerSecond >= 5000 },
    { target: '>= half the ceiling (the suite fuzz loop)', measured: percent(results.ratio), met: results.ratio >= 0.5 },
    { target: `>= 5,000 validated cases/s (best mode: ${best.mode} ${best.concurrency})`, measured: thousands(best.perSecond), met: best.perSecond >= 5000 },
    { target: '>= half the ceiling (best mode, same concurrency)', measured: percent(best.perSecond / bestCeiling), met: best.perSecond / bestCeiling >= 0.5 },
    { target: '1,000-operation spec loaded and compiled < 5 s', measured: at1000 ? `${significant(at1000.loadSeconds)} s` : 'not measured', met: !!at1000 && at1000.loadSeconds < 5 },
    { target: '1,000-operation spec peak < 500 MB', measured: at1000 ? `${thousands(at1000.peakMB)} MB` : 'not measured', met: !!at1000 && at1000.peakMB < 500 },
    { target: 'about linear growth (time growth factor <= 1.5 per step)', measured: growth.map((g) => significant(g)).join(', ') || 'not measured', met: growth.length > 0 && growth.every((g) => g <= 1.5) },
    { target: 'default run on the bundled specs < 30 s', measured: `${significant(results.defaultRunSeconds)} s`, met: results.defaultRunSeconds > 0 && results.defaultRunSeconds < 30 },
  ];
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.startupOnly) return startupOnly(options);
  const started = performance.now();
  const loadAverage = loadavg();
  log(`load average ${loadAverage.map((n) => n.toFixed(2)).join(' ')}; ${options.runs} fuzz cases per operation, ${options.repeats} repeat(s)`);

  // First, while nothing of the bench is warm or running: the command as a user starts it.
  // The default run is measured below (with its peak memory), so not here.
  const startup = await startupFigures(options, false);

  const base = await openBaseSession(SEED);
  const open = (): Promise<FuzzWorkload> => prepareWorkload(base, options.runs);
  let realLoop: ThroughputFigure;
  const pool: ThroughputFigure[] = [];
  const ceiling: ThroughputFigure[] = [];
  const batched: BatchedFigure[] = [];
  let operations = 0;
  let profile: BenchResults['profile'];
  try {
    // Warm-up: validators compile and JIT settles on first use; neither belongs in a steady-state figure.
    const warm = await prepareWorkload(base, 20);
    operations = warm.items.length;
    await measureRealLoop(warm);
    await warm.close();

    realLoop = await repeated(options.repeats, open, measureRealLoop);
    log(`suite loop: ${thousands(realLoop.perSecond)} cases/s`);
    const requests = realLoop.cases;
    for (const concurrency of CONCURRENCIES) {
      pool.push(await repeated(options.repeats, open, (w) => measurePool(w, concurrency)));
      const runs: ThroughputFigure[] = [];
      for (let i = 0; i < options.repeats; i++) runs.push(await measureCeiling(requests, concurrency, base.config.timeoutMs));
      const middle = median(runs.map((r) => r.perSecond));
      ceiling.push(runs.find((r) => r.perSecond === middle) ?? runs[0]);
      log(`concurrency ${concurrency}: ${thousands(pool[pool.length - 1].perSecond)} cases/s, ceiling ${thousands(ceiling[ceiling.length - 1].perSecond)}/s`);
    }
    for (const size of [undefined, 'max'] as const) {
      const figure = await repeated(options.repeats, open, (w) => measureBatched(w, MAX_BATCH, size));
      const demo = await open();
      const shrink = await shrinkDemo(demo, MAX_BATCH).finally(() => demo.close());
      batched.push({ ...figure, shrink });
      log(`${figure.mode}: ${thousands(figure.perSecond)} cases/s, average batch ${significant(figure.averageBatch)}; planted failure shrunk to ${shrink.counterexampleBatchLength} case(s)`);
    }
    const staged = await open();
    const stages = await profileStages(staged).finally(() => staged.close());
    const profiled = await open();
    const cpu = await profileCpu(profiled).finally(() => profiled.close());
    profile = { stages: stages.rows, cpu: cpu.categories, cpuTopFunctions: cpu.topFunctions };
  } finally {
    await base.close();
  }

  let defaultRun = { seconds: 0, peakMB: 0, method: 'skipped', summary: '' };
  if (options.defaultRun) {
    log('default run (conformance run --no-html --seed 1) ...');
    defaultRun = await measureDefaultRun(SEED);
    log(`default run: ${significant(defaultRun.seconds)} s, peak ${thousands(defaultRun.peakMB)} MB; ${defaultRun.summary}`);
  }

  log('clients: supertest against the suite HTTP target ...');
  const clients = await compareClients(options.runs * 15, 8, options.repeats);
  log(`clients: supertest ${thousands(clients.supertestPerSecond)} req/s, http-target ${thousands(clients.httpTargetPerSecond)} req/s`);

  const scale: ScaleRow[] = await measureScale(options.sizes, log);

  const ceilingAt1 = ceiling.find((c) => c.concurrency === realLoop.concurrency) ?? ceiling[0];
  const partial: Omit<BenchResults, 'targets'> = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}`, loadAverage },
    casesPerSecond: realLoop.perSecond,
    ceilingPerSecond: ceilingAt1.perSecond,
    ratio: realLoop.perSecond / ceilingAt1.perSecond,
    defaultRunSeconds: defaultRun.seconds,
    defaultRunPeakMB: defaultRun.peakMB,
    defaultRunMethod: defaultRun.method,
    throughput: { operations, runsPerOperation: options.runs, realLoop, pool, ceiling, batched },
    profile,
    clients,
    scale,
    startup: { ...startup.now, defaultRunSeconds: options.defaultRun ? defaultRun.seconds : undefined },
    startupCompared: startup.before,
    benchSeconds: (performance.now() - started) / 1000,
  };
  const results: BenchResults = { ...partial, targets: [...targets(partial), ...startupTargets(startup.now, startup.before)] };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(OUT, 'bench.md'), renderMarkdown(results));
  writeFileSync(
    join(OUT, 'scale.svg'),
    scaleChartSvg(
      [
        { title: 'load + compile time', unit: 's', points: scale.map((row) => ({ x: row.operations, y: row.loadSeconds })) },
        { title: 'peak memory', unit: 'MB', points: scale.map((row) => ({ x: row.operations, y: row.peakMB })) },
      ],
      'log-log; dashed: linear growth through the largest size',
    ),
  );
  log(`wrote ${OUT}/results.json, bench.md, scale.svg in ${significant(results.benchSeconds)} s`);
  if (results.startup) for (const line of startupLines(results.startup)) log(line);
  for (const row of results.targets) log(`${row.met ? 'met    ' : 'NOT met'} ${row.target}: ${row.measured}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
