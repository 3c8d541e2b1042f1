/**
 * A V8 CPU profile of the suite's own fuzz loop (runPhase over every operation), taken in-process through
 * node:inspector so no extra process or file is needed, and sorted into categories by cpu-categories.ts.
 */
import { Session as InspectorSession } from 'node:inspector';
import { runPhase } from '../engine/phase-run';
import { CPU_CATEGORIES, summarise, type CpuProfile } from './cpu-categories';
import type { FuzzWorkload } from './fuzz-workload';
import type { ShareRow } from './results';

const TOP_FUNCTIONS = 15;
/** Sampling every 250 µs: a case takes a few hundred µs, so the default 1 ms would blur the stages together. */
const SAMPLING_INTERVAL_US = 250;

function post<T>(session: InspectorSession, method: string, params: object = {}): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))));
}

/** Profiles the real fuzz loop over the workload; shares are of the profile's total sampled time. */
export async function profileCpu(workload: FuzzWorkload): Promise<{ categories: ShareRow[]; topFunctions: ShareRow[] }> {
  const inspector = new InspectorSession();
  inspector.connect();
  try {
    await post(inspector, 'Profiler.enable');
    await post(inspector, 'Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await post(inspector, 'Profiler.start');
    for (const { api, plan } of workload.items) await runPhase(workload.session, api, plan);
    const { profile } = await post<{ profile: CpuProfile }>(inspector, 'Profiler.stop');
    const { byCategory, byFunction } = summarise(profile);
    const total = [...byCategory.values()].reduce((a, b) => a + b, 0) || 1;
    const row = ([name, ms]: [string, number]): ShareRow => ({ name, seconds: ms / 1000, share: ms / total });
    return {
      categories: CPU_CATEGORIES.map((category) => row([category, byCategory.get(category) as number])),
      topFunctions: [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_FUNCTIONS).map(row),
    };
  } finally {
    inspector.disconnect();
  }
}
