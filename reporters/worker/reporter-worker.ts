/**
 * The HAR writer and the coverage map on a reporter thread of their own: the run thread subscribes to `exchange`
 * events and posts compact records (exchange-record.ts) in batches; the thread writes the archive and counts the map.
 * In a `--runs 200` profile the two subscribers were ~1.6 s of the run thread's CPU (AJV re-validating every
 * response body, building and writing HAR entries) while the thread is CPU-bound for the whole run.
 *
 * The model is posted once at start (a structured clone of the selected ApiModel[] takes ~1 ms) instead of the
 * thread loading the specs again (~270 ms of a core that the run and the embedded server share). The thread also
 * writes the run's Allure result files (`files`, thread-file-sink.ts).
 *
 * Never a reason for the run to fail: a thread that cannot start hands over to the in-thread subscribers (today's
 * code) with every exchange seen so far; one that dies later is one clear line, and the other reports are unaffected.
 */
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Exchange } from '../../engine/exchange';
import type { RunEvents } from '../../engine/events';
import { startModuleWorker } from '../../engine/module-worker';
import { oneLine } from '../../engine/one-line';
import type { ApiModel } from '../../model/operation';
import { CoverageCollector } from '../coverage/collector';
import type { CoverageReport } from '../coverage/model';
import { openHarFile, startedAtOf } from '../har';
import { localFileSink, type ResultFileSink } from '../results-writer';
import { ThreadFileSink } from './thread-file-sink';
import { operationIndex, toRecord, type ExchangeRecord } from './exchange-record';
import type { FromReporterThread, ReporterThreadData, ToReporterThread } from './reporter-thread';

/** What the run thread has at the end. */
export interface ReportersResult {
  har: { file: string; entries: number };
  /** Undefined only when the reporter thread died mid-run (then `problem` says so). */
  coverage?: CoverageReport;
  /** Subscriber errors, one line each (as RunEvents.listenerErrors has them for in-thread subscribers). */
  errors: string[];
  /** One line when the HAR or the map is incomplete: the reporter thread failed after it started. */
  problem?: string;
}

/** The two subscribers, wherever they run. */
export interface ExchangeReporters {
  /** `reporter` while the thread does the work (or is starting), `run` after falling back to this thread. */
  readonly thread: 'reporter' | 'run';
  /** Writes the run's Allure result files on the thread (on this one when it is not there); flush before close. */
  readonly files: ResultFileSink;
  /** Stops listening; resolves when the HAR is on disk, with the coverage map. Never rejects. */
  close(): Promise<ReportersResult>;
}

/** Knobs for tests; the defaults suit the CLI. */
export interface ReporterOptions {
  /** The thread's entry file (a test gives a broken one to see the fallback). */
  entry?: string;
  /** Told once why the thread is not used, or failed. */
  warn?: (line: string) => void;
  startTimeoutMs?: number;
  closeTimeoutMs?: number;
}

/**
 * Records per post, and the longest a record waits for one. Each post costs far more than its structured clone (in a
 * `--runs 200` profile ~1,900 posts of ~4 records, flushed at every turn of the event loop, took ~1.8 s of the run
 * thread, their clones ~0.2 s: waking the other thread and the port's locking on a busy 2-core machine); posting on
 * a timer cut that to ~130 posts and ~0.3 s.
 */
const BATCH = 512;
const FLUSH_MS = 50;
const START_TIMEOUT_MS = 30_000;
/** The thread may still be working through a backlog at close; a thread that hangs must not hang the CLI. */
const CLOSE_TIMEOUT_MS = 120_000;

/** The thread's entry as it exists in the running form: compiled `.js` in dist/, or TypeScript under tsx. */
function threadEntry(): string {
  return path.resolve(__dirname, `reporter-thread${path.extname(__filename)}`);
}


/** The in-thread subscribers: what the CLI ran before the reporter thread, and its fallback. */
function inThread(session: { secrets: readonly string[] }, apis: readonly ApiModel[], baseUrl: string, harFile: string): { add(exchange: Exchange, at: number): void; close(): Promise<ReportersResult> } {
  const har = openHarFile(harFile, baseUrl, () => session.secrets);
  const coverage = new CoverageCollector(apis);
  const errors: string[] = [];
  return {
    add(exchange, at) {
      // Guarded one by one, as RunEvents guards each listener.
      try {
        har.add(exchange, new Date(startedAtOf(exchange, at)));
      } catch (err) {
        errors.push(`exchange listener: ${oneLine(err)}`);
      }
      try {
        coverage.record(exchange);
      } catch (err) {
        errors.push(`exchange listener: ${oneLine(err)}`);
      }
    },
    close: async () => {
      await har.close();
      return { har: { file: harFile, entries: har.entries }, coverage: coverage.report(), errors };
    },
  };
}

/**
 * Subscribes the HAR writer (`harFile`) and the coverage map of `apis` to the session's exchanges, on the reporter
 * thread when it starts, on this thread otherwise. Blocked exchanges (never sent) are left out, as both always did.
 */
export function startExchangeReporters(session: { events: RunEvents; secrets: readonly string[] }, apis: readonly ApiModel[], baseUrl: string, harFile: string, options: ReporterOptions = {}): ExchangeReporters {
  const warn = options.warn ?? (() => undefined);
  const index = operationIndex(apis);
  // Until the thread says it is ready, exchanges wait here: a thread that never starts loses none of them.
  let early: { exchange: Exchange; at: number }[] | undefined = [];
  let fallback: ReturnType<typeof inThread> | undefined;
  let batch: ExchangeRecord[] = [];
  let flushTimer: NodeJS.Timeout | undefined;
  let secretsPosted = session.secrets.length;
  let died: string | undefined;
  let closing: Promise<ReportersResult> | undefined;
  let worker: Worker | undefined;
  const files = new ThreadFileSink(localFileSink(), options.closeTimeoutMs ?? CLOSE_TIMEOUT_MS);

  const post = (message: ToReporterThread): void => {
    try {
      worker?.postMessage(message);
    } catch (err) {
      // A record that does not clone is a bug in toRecord; it must cost that batch, not the run.
      died ??= `the reporter thread could not be sent exchanges: ${oneLine(err)}`;
    }
  };
  const flush = (): void => {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    if (batch.length === 0 || died) return;
    const message: ToReporterThread = { type: 'records', records: batch };
    if (session.secrets.length !== secretsPosted) {
      message.secrets = [...session.secrets];
      secretsPosted = session.secrets.length;
    }
    batch = [];
    post(message);
  };
  const send = (exchange: Exchange, at = Date.now()): void => {
    batch.push(toRecord(exchange, index, at));
    if (batch.length >= BATCH) flush();
    else flushTimer ??= setTimeout(flush, FLUSH_MS).unref();
  };
  const fallBack = (reason: string): void => {
    if (fallback || !early) return;
    warn(`conformance: the reporter thread did not start (${reason}); the HAR and the coverage map are built on the run thread`);
    void worker?.terminate().catch(() => undefined);
    worker = undefined;
    fallback = inThread(session, apis, baseUrl, harFile);
    files.goLocal();
    for (const { exchange, at } of early) fallback.add(exchange, at);
    early = undefined;
  };

  const stop = session.events.on((event) => {
    if (event.type !== 'exchange' || event.exchange.blocked) return;
    if (fallback) fallback.add(event.exchange, Date.now());
    else if (early) early.push({ exchange: event.exchange, at: Date.now() });
    else if (!died) send(event.exchange);
  });

  let closed: ((message: FromReporterThread | { type: 'exit'; error: string }) => void) | undefined;
  const started = new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      fallBack(`no answer within ${options.startTimeoutMs ?? START_TIMEOUT_MS} ms`);
      resolve();
    }, options.startTimeoutMs ?? START_TIMEOUT_MS);
    timer.unref();
    const data: ReporterThreadData = { apis: [...apis], baseUrl, harFile, secrets: [...session.secrets] };
    try {
      worker = startModuleWorker(options.entry ?? threadEntry(), data);
    } catch (err) {
      clearTimeout(timer);
      fallBack(oneLine(err));
      resolve();
      return;
    }
    // The thread never keeps the process alive by itself; close() holds it while the HAR is finished.
    worker.unref();
    const gone = (error: string): void => {
      clearTimeout(timer);
      if (early) {
        fallBack(error);
        resolve();
      } else if (closed) closed({ type: 'exit', error });
      else died ??= `the reporter thread failed mid-run (${error})`;
      // What it had not written yet is written here: the Allure results are never the thread's to lose.
      files.goLocal();
    };
    worker.on('error', (err) => gone(oneLine(err)));
    worker.on('exit', (code) => gone(`its thread exited with code ${code}`));
    worker.on('message', (message: FromReporterThread) => {
      if (message.type === 'ready' && early) {
        clearTimeout(timer);
        const waiting = early;
        early = undefined;
        for (const { exchange, at } of waiting) send(exchange, at);
        files.attach((batch, list) => {
          try {
            worker?.postMessage({ type: 'files', batch, files: list } satisfies ToReporterThread);
            return worker !== undefined;
          } catch {
            return false;
          }
        });
        resolve();
      } else if (message.type === 'files-written') files.written(message.batch, message.errors);
      else if (message.type === 'failed' && early) gone(message.error);
      else closed?.(message);
    });
  });

  return {
    get thread() {
      return fallback ? 'run' : 'reporter';
    },
    files,
    close: () => (closing ??= finish()),
  };

  async function finish(): Promise<ReportersResult> {
    stop();
    const incomplete = (problem: string): ReportersResult => ({ har: { file: harFile, entries: 0 }, errors: [], problem: `conformance: ${problem}: ${harFile} and the coverage map are incomplete or missing` });
    // Held from here on: a thread still starting or finishing the HAR is the only thing the process waits for.
    worker?.ref();
    await started;
    if (fallback) return fallback.close().catch((err: unknown) => incomplete(`the HAR file could not be written (${oneLine(err)})`));
    flush();
    if (!worker) return incomplete('the reporter thread is gone');
    const thread = worker;
    if (died) {
      // It may still be alive (a batch that did not clone), and it is held now: it must not keep the process.
      await thread.terminate().catch(() => undefined);
      files.goLocal();
      return incomplete(died);
    }
    const answer = await new Promise<FromReporterThread | { type: 'exit'; error: string }>((resolve) => {
      const timeoutMs = options.closeTimeoutMs ?? CLOSE_TIMEOUT_MS;
      const timer = setTimeout(() => resolve({ type: 'exit', error: `no answer within ${timeoutMs} ms of the run's end` }), timeoutMs);
      closed = (message) => {
        clearTimeout(timer);
        resolve(message);
      };
      post({ type: 'close' });
      if (died) closed({ type: 'exit', error: died }); // the close itself could not be posted
    });
    closed = undefined;
    thread.removeAllListeners('exit');
    thread.removeAllListeners('error');
    await thread.terminate().catch(() => undefined);
    // Result files still unwritten (a close before their flush) are this thread's to write now.
    files.goLocal();
    if (answer.type === 'closed') return { har: { file: harFile, entries: answer.entries }, coverage: answer.coverage, errors: answer.errors };
    return incomplete(answer.type === 'exit' || answer.type === 'failed' ? `the reporter thread failed (${answer.error})` : 'the reporter thread answered out of turn');
  }
}
