/** Wall and CPU time around an async task, and the tally the throughput modes keep of their verdicts. */
import type { Exchange } from '../engine/exchange';
import type { ThroughputFigure } from './results';

/** What `timed` saw: wall seconds and process CPU milliseconds (user + system). */
export interface Timing {
  seconds: number;
  cpuMs: number;
}

/** Runs `task` and returns its result with the wall and CPU time it took. */
export async function timed<T>(task: () => Promise<T>): Promise<{ value: T; timing: Timing }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await task();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { value, timing: { seconds, cpuMs: (used.user + used.system) / 1000 } };
}

/** A throughput figure from a case count and its timing. */
export function figure(mode: string, concurrency: number, cases: number, timing: Timing): ThroughputFigure {
  return { mode, concurrency, cases, seconds: timing.seconds, perSecond: cases / timing.seconds, cpuMsPerCase: timing.cpuMs / Math.max(cases, 1) };
}

/** Verdict counts over the exchanges of a mode, kept the way the phase runner keeps them, so the cost matches. */
export class Tally {
  cases = 0;
  readonly passed = new Map<string, number>();
  readonly failed = new Map<string, number>();
  readonly samples: Exchange[] = [];

  /** Counts one exchange's verdicts and keeps the first few exchanges, as the runner keeps report samples. */
  record(exchange: Exchange, sampleSize = 3): void {
    this.cases++;
    if (this.samples.length < sampleSize) this.samples.push(exchange);
    for (const verdict of exchange.verdicts) {
      if (verdict.status === 'skipped') continue;
      const counts = verdict.status === 'passed' ? this.passed : this.failed;
      counts.set(verdict.name, (counts.get(verdict.name) ?? 0) + 1);
    }
  }

  /** Failed verdicts in total; the reference server should give none. */
  failures(): number {
    let total = 0;
    for (const count of this.failed.values()) total += count;
    return total;
  }
}
