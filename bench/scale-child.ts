/**
 * One size of the scale benchmark, run in a fresh process so that its peak memory is its own:
 * `node --require tsx/cjs bench/scale-child.ts <operations> <dir>` writes the generated document to `<dir>`,
 * then times loading it, building the model, compiling every response validator and every case arbitrary, and
 * prints one JSON line (ScaleChildResult) on stdout.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { negativeCaseArbitrary, negativeCasesPossible, positiveCaseArbitrary } from '../generators/cases';
import { buildApiModel } from '../model/build';
import type { ApiModel } from '../model/operation';
import { loadSpecFile } from '../spec/load';
import { compiledSchema, validatorCompilations } from '../checks/support/schema-validator';
import { generateSpec } from './spec-generator';
import type { ScaleChildResult } from './results';

/** Seconds since `start` (a performance.now() reading). */
function since(start: number): number {
  return (performance.now() - start) / 1000;
}

/** Compiles the validator of every documented response body, through the checks' own cache. */
function compileValidators(api: ApiModel): number {
  let failed = 0;
  for (const operation of api.operations) {
    for (const response of operation.responses) {
      for (const media of response.content) if (media.schema !== undefined && !compiledSchema(media.schema).ok) failed++;
    }
  }
  return failed;
}

/** Builds the fuzz and negative arbitraries of every operation, as planning a run does. */
function compileArbitraries(api: ApiModel): void {
  for (const operation of api.operations) {
    positiveCaseArbitrary(operation);
    if (negativeCasesPossible(operation)) negativeCaseArbitrary(operation);
  }
}

async function main(): Promise<void> {
  const operations = Number(process.argv[2]);
  const dir = process.argv[3];
  const file = join(dir, `bench-${operations}.json`);
  const document = generateSpec(operations);
  writeFileSync(file, JSON.stringify(document));
  const baselineMB = process.memoryUsage().rss / 2 ** 20;

  const cpu = process.cpuUsage();
  const started = performance.now();
  let mark = started;
  const loaded = await loadSpecFile(file);
  const readSeconds = since(mark);
  mark = performance.now();
  const api = await buildApiModel(loaded.document, { name: loaded.name, source: file });
  const modelSeconds = since(mark);
  mark = performance.now();
  const before = validatorCompilations();
  const invalidSchemas = compileValidators(api);
  const validators = validatorCompilations() - before;
  const validatorsSeconds = since(mark);
  mark = performance.now();
  compileArbitraries(api);
  const arbitrariesSeconds = since(mark);
  const loadSeconds = since(started);
  const used = process.cpuUsage(cpu);

  const result: ScaleChildResult = {
    operations: api.operations.length,
    documentBytes: Buffer.byteLength(JSON.stringify(document)),
    loadSeconds,
    loadCpuSeconds: (used.user + used.system) / 1e6,
    stages: { readSeconds, modelSeconds, validatorsSeconds, arbitrariesSeconds },
    validators,
    invalidSchemas,
    // maxRSS is in kilobytes (KiB) on Linux and macOS.
    peakMB: process.resourceUsage().maxRSS / 1024,
    baselineMB,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`scale-child: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
