/**
 * Merges the reports of a sharded run: one Allure HTML report over every shard's allure-results, one summary.json
 * with every shard's rows, and the closing line over all of them. Exit 1 when a shard had a failure, 2 when a
 * shard's summary is missing (that shard did not finish), as `conformance run` would for one machine.
 *
 *   npx tsx scripts/ci/merge-reports.ts --out reports/merged [--history reports/history.jsonl] shard-1 shard-2 shard-3
 *
 * Known findings (a baseline's) are counted apart, as `conformance run` does; the shards' findings.json are merged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderHtmlReport } from '../../reporters/html';
import type { Summary } from '../../reporters/summary';

/** Reads the shards' summaries, writes the merged outputs, and resolves with the exit code. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string' }, history: { type: 'string' } }, allowPositionals: true });
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
  const findingFiles = positionals.map((dir) => path.join(dir, 'findings.json')).filter((file) => fs.existsSync(file));
  const shardFindings = findingFiles.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as { run?: unknown; findings: Array<{ status?: string; fingerprint: string }>; fixed: unknown[] });
  const findings = shardFindings.flatMap((f) => f.findings);
  if (findingFiles.length > 0) fs.writeFileSync(path.join(out, 'findings.json'), `${JSON.stringify({ run: shardFindings[0].run, findings, fixed: shardFindings.flatMap((f) => f.fixed) }, null, 1)}\n`);
  // The report shows known findings as accepted, as each shard's own report did.
  const accepted = findings.filter((f) => f.status === 'known').map((f) => ({ resolution: 'accepted' as const, comment: 'known (baseline)', messageRegexp: `finding ${f.fingerprint}` }));
  const index = await renderHtmlReport(results, path.join(out, 'allure-report'), { historyPath: values.history, accepted });
  // A known finding's test failed, but the baseline accepted it: it is counted apart (its category is `known`).
  const known = tests.filter((t) => t.status === 'failed' && t.category === 'known').length;
  const count = (status: string): number => tests.filter((t) => t.status === status).length - (status === 'failed' ? known : 0);
  for (const dir of missing) process.stderr.write(`merge-reports: ${dir} has no summary.json (the shard did not finish)\n`);
  if (known > 0) process.stdout.write(`known: ${known}\n`);
  process.stdout.write(`report: ${index}\nconformance: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped\n`);
  return missing.length > 0 ? 2 : count('failed') > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { process.stderr.write(`merge-reports: ${(err as Error).message}\n`); process.exitCode = 2; },
);
