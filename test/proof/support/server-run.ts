/** One proof run: a server (reference or variant) started in this process, the CLI run against it, its summary read. */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { startMockServer } from '../../../mock/server';
import type { MockOverrides } from '../../../mock/components';
import type { Summary, SummaryRow } from '../../../reporters/summary';
import { PROOF_TOKEN, REPO_ROOT, runConformance, type CliRun } from './run-cli';

/** Where each run writes its report: `reports/variants/<name>`. */
export const PROOF_REPORT_ROOT = path.join(REPO_ROOT, 'reports', 'variants');

/** A finished run: the CLI's outcome and the rows of its summary.json (none when it wrote no summary). */
export interface ServerRun extends CliRun {
  name: string;
  reportDir: string;
  rows: SummaryRow[];
  /** Why the summary could not be read, when it could not. */
  summaryError?: string;
}

async function readSummary(reportDir: string): Promise<{ rows: SummaryRow[]; error?: string }> {
  try {
    const summary = JSON.parse(await readFile(path.join(reportDir, 'summary.json'), 'utf8')) as Summary;
    return { rows: summary.tests };
  } catch (error) {
    return { rows: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/** Starts a server with these overrides on a free port, runs the CLI against it, then closes the server. */
export async function runAgainstServer(name: string, overrides: MockOverrides | undefined, timeoutMs: number): Promise<ServerRun> {
  const reportDir = path.join(PROOF_REPORT_ROOT, name);
  // A summary left by an earlier run must never be mistaken for this run's.
  await rm(reportDir, { recursive: true, force: true });
  const server = await startMockServer({ port: 0, tokens: [PROOF_TOKEN], overrides });
  try {
    const cli = await runConformance(server.url, reportDir, timeoutMs);
    const summary = await readSummary(reportDir);
    return { name, reportDir, ...cli, rows: summary.rows, summaryError: summary.error };
  } finally {
    await server.close();
  }
}

/** Failed checks by name, each with how many tests it failed, most failures first. */
export function failedChecks(rows: readonly SummaryRow[]): { check: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.status === 'failed') counts.set(row.check, (counts.get(row.check) ?? 0) + 1);
  return [...counts].map(([check, count]) => ({ check, count })).sort((a, b) => b.count - a.count || a.check.localeCompare(b.check));
}
