/**
 * Validated cases per second in the fuzz phase, four ways: the suite's own loop (runPhase: a sequential fast-check
 * property), a pool that sends pre-generated cases C at a time, a batched property that sends each generated batch
 * concurrently, and the ceiling: the same HTTP client, same concurrency, against a server that does nothing.
 */
import fc from 'fast-check';
import type { Case } from '../model/case';
import { execute } from '../engine/exchange';
import { mapConcurrent } from '../engine/pool';
import { runPhase } from '../engine/phase-run';
import { createHttpTarget } from '../targets/http-target';
import { startCeilingServer } from './ceiling-server';
import type { FuzzWorkload } from './fuzz-workload';
import { figure, Tally, timed } from './measure';
import type { BatchedFigure, ThroughputFigure } from './results';

/** The suite's fuzz loop exactly as a run executes it, over every operation. */
export async function measureRealLoop(workload: FuzzWorkload): Promise<ThroughputFigure> {
  const { value: cases, timing } = await timed(async () => {
    let sent = 0;
    for (const { api, plan } of workload.items) sent += (await runPhase(workload.session, api, plan)).casesSent;
    return sent;
  });
  // runPhase sends each property run's batch concurrently (engine/phase-run.ts, BATCH_SIZE 8).
  return figure('real loop', 8, cases, timing);
}

/** Generation up front per operation (same seed and count as the property), then `concurrency` requests in flight. */
export async function measurePool(workload: FuzzWorkload, concurrency: number): Promise<ThroughputFigure> {
  const tally = new Tally();
  const { timing } = await timed(async () => {
    for (const { api, plan } of workload.items) {
      const cases = fc.sample(plan.arbitrary, { seed: plan.seed, numRuns: plan.runs });
      const exchanges = await mapConcurrent(cases, concurrency, (testCase) => execute(workload.session, api, testCase));
      for (const exchange of exchanges) tally.record(exchange);
    }
  });
  assertNoFailures(tally, `pool ${concurrency}`);
  return figure('pool', concurrency, tally.cases, timing);
}

/**
 * A property over batches: each run draws 1..`maxBatch` cases and sends them at once. fast-check still shrinks,
 * now over the batch (dropping cases) and inside each case. `numRuns` is scaled so the case count stays near `runs`.
 */
export async function measureBatched(workload: FuzzWorkload, maxBatch: number, size?: fc.SizeForArbitrary): Promise<Omit<BatchedFigure, 'shrink'>> {
  const tally = new Tally();
  let batches = 0;
  const { timing } = await timed(async () => {
    for (const { api, plan } of workload.items) {
      const batchArbitrary = fc.array(plan.arbitrary, { minLength: 1, maxLength: maxBatch, size });
      const numRuns = Math.max(1, Math.round(plan.runs / expectedBatch(batchArbitrary, plan.seed)));
      await fc.assert(
        fc.asyncProperty(batchArbitrary, async (batch: Case[]) => {
          batches++;
          const exchanges = await Promise.all(batch.map((testCase) => execute(workload.session, api, testCase)));
          for (const exchange of exchanges) tally.record(exchange);
        }),
        { seed: plan.seed, numRuns },
      );
    }
  });
  assertNoFailures(tally, `batched ${maxBatch}`);
  const base = figure(size ? `batched (size ${size})` : 'batched', maxBatch, tally.cases, timing);
  return { ...base, averageBatch: tally.cases / Math.max(batches, 1) };
}

/** The average batch length the arbitrary draws, from a sample (cheap next to sending). */
function expectedBatch(batchArbitrary: fc.Arbitrary<unknown[]>, seed: number): number {
  const lengths = fc.sample(batchArbitrary, { seed, numRuns: 50 }).map((batch) => batch.length);
  return lengths.reduce((a, b) => a + b, 0) / lengths.length;
}

/** The same client and concurrency against a trivial loopback server: a fixed request, a fixed small JSON answer. */
export async function measureCeiling(requests: number, concurrency: number, timeoutMs: number): Promise<ThroughputFigure> {
  const server = await startCeilingServer();
  const target = createHttpTarget('ceiling', server.url, { timeoutMs });
  try {
    const indexes = Array.from({ length: requests }, (_, i) => i);
    const { timing } = await timed(() => mapConcurrent(indexes, concurrency, () => target.send({ method: 'GET', path: '/ceiling', headers: { accept: 'application/json' } })));
    return figure('ceiling', concurrency, requests, timing);
  } finally {
    await target.close();
    await server.close();
  }
}

/** A benchmark of a loop that fails checks against the reference server would measure shrinking, not throughput. */
function assertNoFailures(tally: Tally, mode: string): void {
  const failures = tally.failures();
  if (failures > 0) throw new Error(`${mode}: ${failures} check verdict(s) failed against the reference server; fix that before benchmarking`);
}
