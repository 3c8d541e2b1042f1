/**
 * Does shrinking survive batching? A planted failure (a request longer than a threshold, judged after the batch was
 * really sent) is run through the batched property; fast-check should bring the batch down to the one case that
 * fails and that case down to just past the threshold, as it does for the sequential property today.
 */
import fc from 'fast-check';
import type { Case } from '../model/case';
import { serializeCase } from '../generators/params/serialize';
import { execute } from '../engine/exchange';
import type { FuzzWorkload } from './fuzz-workload';
import type { ShrinkDemo } from './results';

const THRESHOLD = 120;

/** Length of the request line and body as sent: the planted failure's measure. */
function requestLength(testCase: Case): number {
  const request = serializeCase(testCase);
  return request.path.length + (request.body === undefined ? 0 : Buffer.byteLength(request.body));
}

/** Runs the planted failure through a batched property on the first operation with a request body. */
export async function shrinkDemo(workload: FuzzWorkload, maxBatch: number): Promise<ShrinkDemo> {
  const item = workload.items.find((entry) => entry.operation.requestBody) ?? workload.items[0];
  const rule = `request path + body longer than ${THRESHOLD} characters`;
  let smallest: Case[] | undefined;
  const details = await fc.check(
    fc.asyncProperty(fc.array(item.plan.arbitrary, { minLength: 1, maxLength: maxBatch }), async (batch: Case[]) => {
      await Promise.all(batch.map((testCase) => execute(workload.session, item.api, testCase)));
      if (batch.every((testCase) => requestLength(testCase) <= THRESHOLD)) return true;
      smallest = batch;
      return false;
    }),
    { seed: item.plan.seed, numRuns: item.plan.runs },
  );
  const counterexample = smallest ?? [];
  return {
    operation: item.operation.id,
    rule,
    failed: details.failed,
    numShrinks: details.numShrinks,
    counterexampleBatchLength: counterexample.length,
    counterexample: counterexample.map((testCase) => `${requestLength(testCase)} characters`).join(', '),
  };
}
