/**
 * The scale benchmark: each spec size in its own fresh child process (bench/scale-child.ts), so that each size's
 * peak memory is its own and no cache carries over; rows carry their growth against the previous size.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ScaleChildResult, ScaleRow } from './results';
import { growthFactor } from './stats';

const ROOT = resolve(__dirname, '..');
/** A size that takes longer than this is reported as a failure rather than holding up the whole benchmark. */
const CHILD_TIMEOUT_MS = 120_000;

/** Runs one size in a fresh process and returns what it printed. */
export function measureSize(operations: number, dir: string): Promise<ScaleChildResult> {
  const args = ['--require', 'tsx/cjs', join(ROOT, 'bench', 'scale-child.ts'), String(operations), dir];
  return new Promise((done, fail) => {
    execFile(process.execPath, args, { cwd: ROOT, timeout: CHILD_TIMEOUT_MS, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) return fail(new Error(`scale ${operations}: ${error.message.split('\n')[0]} ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      try {
        done(JSON.parse(stdout.trim().split('\n').pop() as string) as ScaleChildResult);
      } catch {
        fail(new Error(`scale ${operations}: no result line in the child's output`));
      }
    });
  });
}

/** Adds each row's growth against the previous size (time, and memory above the tooling's baseline). */
export function withGrowth(results: readonly ScaleChildResult[]): ScaleRow[] {
  return results.map((row, i): ScaleRow => {
    if (i === 0) return { ...row };
    const prev = results[i - 1];
    const above = (r: ScaleChildResult): number => Math.max(r.peakMB - r.baselineMB, 1);
    return {
      ...row,
      timeGrowth: growthFactor(prev.operations, prev.loadSeconds, row.operations, row.loadSeconds),
      memoryGrowth: growthFactor(prev.operations, above(prev), row.operations, above(row)),
    };
  });
}

/** Measures every size, one after the other (never in parallel: two children would share the 2 cores). */
export async function measureScale(sizes: readonly number[], log: (line: string) => void): Promise<ScaleRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  try {
    const results: ScaleChildResult[] = [];
    for (const size of sizes) {
      const result = await measureSize(size, dir);
      log(`scale ${size}: ${result.loadSeconds.toFixed(2)} s, peak ${result.peakMB.toFixed(0)} MB`);
      results.push(result);
    }
    return withGrowth(results);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
