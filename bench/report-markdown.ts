/** The benchmark's figures as a markdown report (reports/bench/bench.md): pure, from BenchResults only. */
import type { BenchResults, ShareRow, ThroughputFigure } from './results';
import { percent, significant, thousands } from './stats';
import { table } from './markdown-table';
import { startupMarkdown } from './startup-report';

function throughputRows(figures: readonly ThroughputFigure[]): string[][] {
  return figures.map((f) => [f.mode, String(f.concurrency), thousands(f.cases), significant(f.seconds), thousands(f.perSecond), significant(f.cpuMsPerCase)]);
}

function shareRows(rows: readonly ShareRow[]): string[][] {
  return rows.map((row) => [row.name, significant(row.seconds), percent(row.share)]);
}

/** The whole report. */
export function renderMarkdown(results: BenchResults): string {
  const t = results.throughput;
  const ceilingAt = (c: number): number | undefined => t.ceiling.find((f) => f.concurrency === c)?.perSecond;
  const pool = t.pool.map((f) => {
    const ceiling = ceilingAt(f.concurrency);
    return [String(f.concurrency), thousands(f.perSecond), ceiling ? thousands(ceiling) : '-', ceiling ? percent(f.perSecond / ceiling) : '-', significant(f.cpuMsPerCase)];
  });
  const lines = [
    '# Benchmark',
    '',
    `Generated ${results.generatedAt} on ${results.machine.cpus} CPU(s), Node ${results.machine.node}, load average ${results.machine.loadAverage.map((n) => n.toFixed(2)).join(' ')} at start. ` +
      'The machine is shared: compare ratios measured in one run, not absolute figures across runs.',
    '',
    '## Headline',
    '',
    table(
      ['figure', 'value'],
      [
        ['validated fuzz cases per second (the suite fuzz loop: runPhase, batches of 8)', thousands(results.casesPerSecond)],
        ['ceiling: same client, same concurrency, trivial loopback server', thousands(results.ceilingPerSecond)],
        ['ratio', percent(results.ratio)],
        ['default run on the bundled specs (wall)', `${significant(results.defaultRunSeconds)} s`],
        ['default run peak memory', `${significant(results.defaultRunPeakMB)} MB (${results.defaultRunMethod})`],
      ],
    ),
    '',
    '## Targets',
    '',
    table(['target', 'measured', 'met'], results.targets.map((row) => [row.target, row.measured, row.met ? 'yes' : 'no'])),
    '',
    ...(results.startup ? [startupMarkdown(results.startup, results.startupCompared)] : []),
    '## HTTP client',
    '',
    table(['client', 'requests/s', `(same GET, concurrency ${results.clients.concurrency}, embedded server)`], [
      ['supertest agent', thousands(results.clients.supertestPerSecond), ''],
      ['targets/http-target.ts (keep-alive)', thousands(results.clients.httpTargetPerSecond), ''],
    ]),
    '',
    `## Fuzz throughput (${t.operations} operations x ${t.runsPerOperation} cases, median of repeats)`,
    '',
    table(['mode', 'concurrency', 'cases', 'seconds', 'cases/s', 'CPU ms/case'], throughputRows([t.realLoop, ...t.pool, ...t.batched, ...t.ceiling])),
    '',
    '### Concurrency needed',
    '',
    table(['concurrency', 'validated cases/s (pool)', 'ceiling/s', 'of ceiling', 'CPU ms/case'], pool),
    '',
    '### Batched property',
    '',
    table(
      ['variant', 'max batch', 'average batch', 'cases/s', 'planted failure shrunk to', 'shrink steps'],
      t.batched.map((b) => [b.mode, String(b.concurrency), significant(b.averageBatch), thousands(b.perSecond), `${b.shrink.counterexampleBatchLength} case(s): ${b.shrink.counterexample}`, String(b.shrink.numShrinks)]),
    ),
    '',
    t.batched[0] ? `Planted failure: ${t.batched[0].shrink.rule}, on ${t.batched[0].shrink.operation}.` : '',
    '',
    '## Where the fuzz loop spends its time',
    '',
    'Stages timed inline (the exchange taken apart, one case at a time as the suite sends them):',
    '',
    table(['stage', 'seconds', 'share'], shareRows(results.profile.stages)),
    '',
    'CPU profile of the suite loop (runPhase), self time by code; client and embedded server share one thread:',
    '',
    table(['category', 'seconds', 'share'], shareRows(results.profile.cpu)),
    '',
    'Top functions by self time:',
    '',
    table(['function', 'seconds', 'share'], shareRows(results.profile.cpuTopFunctions)),
    '',
    '## Scale: load and compile generated specs (fresh process per size)',
    '',
    table(
      ['operations', 'document KB', 'load+compile s', 'CPU s', 'read', 'model', 'validators', 'arbitraries', 'peak MB', 'baseline MB', 'time growth', 'memory growth'],
      results.scale.map((row) => [
        thousands(row.operations),
        thousands(row.documentBytes / 1024),
        significant(row.loadSeconds),
        significant(row.loadCpuSeconds),
        significant(row.stages.readSeconds),
        significant(row.stages.modelSeconds),
        significant(row.stages.validatorsSeconds),
        significant(row.stages.arbitrariesSeconds),
        thousands(row.peakMB),
        thousands(row.baselineMB),
        row.timeGrowth === undefined ? '-' : significant(row.timeGrowth),
        row.memoryGrowth === undefined ? '-' : significant(row.memoryGrowth),
      ]),
    ),
    '',
    'Growth = (cost ratio) / (size ratio) against the previous size: 1 is linear. Memory growth is of peak above the baseline.',
    '',
    '![scale curve](scale.svg)',
    '',
    `Benchmark wall time: ${significant(results.benchSeconds)} s.`,
    '',
  ];
  return lines.join('\n');
}
