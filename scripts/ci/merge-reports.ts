/**
 * Merges the reports of a sharded run: one Allure HTML report over every shard's allure-results, one summary.json
 * with every shard's rows, and the closing line over all of them. Exit 1 when a shard had a failure, 2 when a
 * shard's summary is missing (that shard did not finish), as `conformance run` would for one machine.
 *
 *   npx tsx scripts/ci/merge-reports.ts --out reports/merged shard-1 shard-2 shard-3
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderHtmlReport } from '../../suites/report/html';
import type { Summary } from '../../suites/report/summary';

/** Reads the shards' summaries, writes the merged outputs, and resolves with the exit code. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: true });
  const out = values.out ?? 'reports/merged';
  if (positionals.length === 0) {
    process.stderr.write('merge-reports: name the shard report directories (each with allure-results and summary.json)\n');
    return 2;
  }
  const missing = positionals.filter((dir) => !fs.existsSync(path.join(dir, 'summary.json')));
  const tests = positionals.filter((dir) => !missing.includes(dir)).flatMap((dir) => (JSON.parse(fs.readFileSync(path.join(dir, 'summary.json'), 'utf8')) as Summary).tests);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'summary.json'), `${JSON.stringify({ tests } satisfies Summary, null, 1)}\n`);
  const results = positionals.map((dir) => path.join(dir, 'allure-results')).filter((dir) => fs.existsSync(dir));
  const index = await renderHtmlReport(results, path.join(out, 'allure-report'));
  const count = (status: string): number => tests.filter((t) => t.status === status).length;
  for (const dir of missing) process.stderr.write(`merge-reports: ${dir} has no summary.json (the shard did not finish)\n`);
  process.stdout.write(`report: ${index}\nconformance: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped\n`);
  return missing.length > 0 ? 2 : count('failed') > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { process.stderr.write(`merge-reports: ${(err as Error).message}\n`); process.exitCode = 2; },
);
