/** Reads the expected-failure table of reference/drf/README.md and the failures of a run's summary.json. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/run-cli';

/** The README whose table lists every failure the suite reports on the DRF target. */
export const DRF_README = path.join(ROOT, 'reference/drf/README.md');

/** One failure: the operation, the phase and the check that failed, and (in the README) its cause. */
export interface FailureKey {
  operation: string;
  phase: string;
  check: string;
}

/** A stable text form of a failure, for set comparison. */
export function failureId(key: FailureKey): string {
  return `${key.operation} · ${key.phase} · ${key.check}`;
}

/** The rows between the README's `expected-failures:start` and `:end` markers, with the cause of each. */
export function readExpectedFailures(file = DRF_README): (FailureKey & { cause: string })[] {
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf('<!-- expected-failures:start');
  const end = text.indexOf('<!-- expected-failures:end -->');
  if (start < 0 || end < start) throw new Error(`${file} has no expected-failures block`);
  const rows = text.slice(start, end).split('\n').filter((line) => line.startsWith('| `'));
  return rows.map((line) => {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const [operation, phase, check, , cause] = cells;
    if (operation === undefined || phase === undefined || check === undefined || cause === undefined) throw new Error(`bad row in ${file}: ${line}`);
    return { operation: operation.replace(/`/g, ''), phase, check, cause };
  });
}

/** The causes the README describes, each as a bullet starting with its name in bold code: - **`name`**. */
export function readDescribedCauses(file = DRF_README): string[] {
  return [...fs.readFileSync(file, 'utf8').matchAll(/^- \*\*`([\w-]+)`\*\*/gm)].map((match) => match[1] as string);
}

/**
 * The failure without the mutation a check's extra test is named after (`invalid input is rejected · mutation type
 * at query /uploaded_by`): which of a phase's failing mutations names the check's own test and which get their own
 * depends on the order the concurrent cases finished in, so runs compare these, counted.
 */
export function failureFamily(key: FailureKey): string {
  return failureId({ ...key, check: key.check.split(' · mutation ')[0] as string });
}

/** One row of summary.json. */
interface SummaryRow {
  path: string[];
  check: string;
  status: string;
}

/** The failed rows of a summary.json: the operationId is the parenthesised end of the third path element. */
export function readRunFailures(summaryFile: string): FailureKey[] {
  const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8')) as { tests: SummaryRow[] };
  return summary.tests
    .filter((row) => row.status === 'failed')
    .map((row) => {
      const operation = /\((\w+)\)$/.exec(row.path[2] ?? '')?.[1] ?? String(row.path[2]);
      return { operation, phase: String(row.path[3]), check: row.check };
    });
}
