/**
 * The reporter thread's entry: builds the HAR file and the coverage map from the exchange records the run thread
 * posts (reporter-worker.ts), and writes the Allure result files it is sent, so that the run thread spends its time
 * sending and judging requests.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { ApiModel } from '../../model/operation';
import { oneLine } from '../../engine/one-line';
import { openHarFile, type HarFile } from '../har';
import { CoverageCollector } from '../coverage/collector';
import type { CoverageReport } from '../coverage/model';
import type { ResultFile } from '../results-writer';
import { fromRecord, operationList, type ExchangeRecord } from './exchange-record';

/** What the thread is started with (cloned once, at start). */
export interface ReporterThreadData {
  /** The selected operations per API, as the coverage map counts them; records name operations by index into it. */
  apis: ApiModel[];
  baseUrl: string;
  harFile: string;
  /** The secrets known at start; later ones (a login's fresh key) come with a batch. */
  secrets: string[];
}

/** Run thread → reporter thread. */
export type ToReporterThread =
  | { type: 'records'; records: ExchangeRecord[]; secrets?: string[] }
  | { type: 'files'; batch: number; files: ResultFile[] }
  | { type: 'close' };

/** Reporter thread → run thread. */
export type FromReporterThread =
  | { type: 'ready' }
  | { type: 'failed'; error: string }
  | { type: 'files-written'; batch: number; errors: string[] }
  | { type: 'closed'; entries: number; coverage: CoverageReport; errors: string[] };

/** Errors kept per run: the first lines say what broke, the count says how often. */
const ERRORS_KEPT = 5;


/**
 * Writes a batch of Allure result files, synchronously: this thread has nothing else to wait for, and a synchronous
 * write skips the thread pool's round trips (thread-file-sink.ts). Returns the files not written, one line each.
 */
function writeFiles(files: readonly ResultFile[]): string[] {
  const errors: string[] = [];
  for (const file of files) {
    try {
      if ('copyFrom' in file) copyFileSync(file.copyFrom, file.path);
      else writeFileSync(file.path, file.data);
    } catch (err) {
      errors.push(`${file.path}: ${(err as NodeJS.ErrnoException).code ?? oneLine(err)}`);
    }
  }
  return errors;
}

/** Counts records into both subscribers; a record that breaks one is reported at the end, never ends the thread. */
function serve(data: ReporterThreadData, port: NonNullable<typeof parentPort>): void {
  let secrets: readonly string[] = data.secrets;
  let har: HarFile;
  let coverage: CoverageCollector;
  try {
    har = openHarFile(data.harFile, data.baseUrl, () => secrets);
    coverage = new CoverageCollector(data.apis);
  } catch (err) {
    port.postMessage({ type: 'failed', error: oneLine(err) } satisfies FromReporterThread);
    return;
  }
  const operations = operationList(data.apis);
  const errors: string[] = [];
  let errorCount = 0;
  const failed = (where: string, err: unknown): void => {
    errorCount++;
    if (errors.length < ERRORS_KEPT) errors.push(`exchange ${where} (reporter thread): ${oneLine(err)}`);
  };
  port.on('message', (message: ToReporterThread) => {
    if (message.type === 'records') {
      if (message.secrets) secrets = message.secrets;
      for (const record of message.records) {
        const { har: entry, coverage: counted } = fromRecord(record, operations);
        try {
          har.add(entry, new Date(record.startedAt));
        } catch (err) {
          failed('HAR', err);
        }
        try {
          if (counted) coverage.record(counted);
        } catch (err) {
          failed('coverage map', err);
        }
      }
      return;
    }
    if (message.type === 'files') {
      port.postMessage({ type: 'files-written', batch: message.batch, errors: writeFiles(message.files) } satisfies FromReporterThread);
      return;
    }
    har.close().then(
      () => {
        if (errorCount > errors.length) errors.push(`... ${errorCount - errors.length} more`);
        port.postMessage({ type: 'closed', entries: har.entries, coverage: coverage.report(), errors } satisfies FromReporterThread);
      },
      (err: unknown) => port.postMessage({ type: 'failed', error: `the HAR file could not be written: ${oneLine(err)}` } satisfies FromReporterThread),
    );
  });
  port.postMessage({ type: 'ready' } satisfies FromReporterThread);
}

if (parentPort) serve(workerData as ReporterThreadData, parentPort);
