/** Writes the proof's outcome as `table.md` (for people) and `results.json` (for scripts) under reports/variants/. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { VariantVerdict } from './verdict';

/** Everything one proof run established. */
export interface ProofResults {
  generatedAt: string;
  concurrency: number;
  /** Wall-clock time from the first server start to the last run's end. */
  totalSeconds: number;
  /** The machine's 1-minute load average when the runs started and ended: other work on the cores slows every run. */
  loadAverage: { start: number; end: number };
  reference: { passed: boolean; exitCode: number | null; closingLine?: string; failedChecks: { check: string; count: number }[]; seconds: number };
  variants: VariantVerdict[];
}

/** A table cell: pipes and line breaks would break the Markdown row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The Markdown table: one row per variant, then the totals. */
export function renderTable(results: ProofResults): string {
  const detected = results.variants.filter((verdict) => verdict.detected).length;
  const reference = results.reference;
  const lines = [
    '# Broken variants and the checks that catch them',
    '',
    `Generated ${results.generatedAt}; ${results.variants.length} variants, ${results.concurrency} run(s) at a time, ${results.totalSeconds} s in all (load average ${results.loadAverage.start} → ${results.loadAverage.end}).`,
    '',
    `Reference server: ${reference.passed ? 'passes' : 'FAILS'} (${reference.closingLine ?? `exit ${String(reference.exitCode)}`}, ${reference.seconds} s).`,
    '',
    '| variant | area | expected check | detected | checks that failed (tests) | s |',
    '|---|---|---|---|---|---|',
    ...results.variants.map((verdict) => {
      const failed = verdict.failedChecks.map((entry) => `${entry.check} (${entry.count})`).join('; ') || '—';
      const mark = verdict.detected ? 'yes' : verdict.expectedCheckRan ? '**no**' : '**no** (check did not run)';
      return `| ${cell(verdict.name)} | ${verdict.area} | ${cell(verdict.expectedCheck)} | ${mark} | ${cell(failed)} | ${verdict.seconds} |`;
    }),
    '',
    `Detected by the expected check: ${detected} of ${results.variants.length}.`,
    '',
  ];
  return lines.join('\n');
}

/** Writes both files into `dir`. */
export async function writeResults(dir: string, results: ProofResults): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'table.md'), renderTable(results));
  await writeFile(path.join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
