/**
 * Allure result files written by the reporter thread instead of the run thread. Each file written from the run
 * thread cost it an open, a write and a close, each a round trip through libuv's thread pool: ~0.6 s of wall time
 * and ~0.5 s of system CPU over the ~2,250 files of a `--runs 1` run on this 2-core VM, where every thread wake-up
 * is dear. Posted in batches, the files cost the run thread a structured clone each and a message per batch, and
 * the reporter thread writes them synchronously, with no thread pool.
 *
 * The report is never lost to the thread: a batch stays here until the thread says it is written, and whatever is
 * not acknowledged when the thread turns out missing, dead or mute is written on this thread, in order.
 */
import { notWrittenLine, type ResultFile, type ResultFileSink } from '../results-writer';

/** How a batch reaches the reporter thread; false when it could not be posted. */
export type PostFiles = (batch: number, files: ResultFile[]) => boolean;

/** Files per post, and the longest a file waits for one (as the exchange records are batched, reporter-worker.ts). */
const BATCH_FILES = 256;
const FLUSH_MS = 50;

/** A ResultFileSink that hands files to the reporter thread once it is attached, and to `local` otherwise. */
export class ThreadFileSink implements ResultFileSink {
  private state: 'starting' | 'thread' | 'local' = 'starting';
  private post?: PostFiles;
  /** Files not yet posted (all of them while the thread starts). */
  private queue: ResultFile[] = [];
  /** Posted batches the thread has not said are written, in posting order. */
  private readonly unacked = new Map<number, ResultFile[]>();
  private nextBatch = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly errors: string[] = [];
  private settled: (() => void)[] = [];

  /** `local` writes what the thread does not; a flush waits at most `timeoutMs` for the thread. */
  constructor(
    private readonly local: ResultFileSink,
    private readonly timeoutMs: number,
  ) {}

  /** Queues a file for the thread, or writes it here once the thread is out of the picture. */
  write(file: ResultFile): void {
    if (this.state === 'local') {
      this.local.write(file);
      return;
    }
    this.queue.push(file);
    if (this.state !== 'thread') return;
    if (this.queue.length >= BATCH_FILES) this.send();
    else this.timer ??= setTimeout(() => this.send(), FLUSH_MS).unref();
  }

  /** The thread is ready: what waited for it is posted. */
  attach(post: PostFiles): void {
    if (this.state !== 'starting') return;
    this.post = post;
    this.state = 'thread';
    this.send();
  }

  /** The thread is not there, or no longer: every file it has not acknowledged is written here, in order. */
  goLocal(): void {
    if (this.state === 'local') return;
    this.state = 'local';
    clearTimeout(this.timer);
    const files = [...[...this.unacked.values()].flat(), ...this.queue];
    this.unacked.clear();
    this.queue = [];
    for (const file of files) this.local.write(file);
    this.settle();
  }

  /** The thread wrote batch `batch`; `errors` are the files it could not write, one line each. */
  written(batch: number, errors: readonly string[]): void {
    if (!this.unacked.delete(batch)) return;
    this.errors.push(...errors);
    this.settle();
  }

  /** Resolves when every file so far is on disk, wherever it was written; rejects with one line when some are not. */
  async flush(): Promise<void> {
    this.send();
    if (!this.idle()) {
      await new Promise<void>((resolve) => {
        // Not unref'd: the wait must hold the process, since the thread itself never does. A thread that does not
        // answer in time has its batches written here; if it was only slow, both write the same content.
        const timer = setTimeout(() => this.goLocal(), this.timeoutMs);
        this.settled.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    let localError: Error | undefined;
    await this.local.flush().catch((err: Error) => (localError = err));
    if (this.errors.length > 0) throw new Error(`${notWrittenLine(this.errors.length, this.errors[0])}${localError ? `; ${localError.message}` : ''}`);
    if (localError) throw localError;
  }

  private idle(): boolean {
    return this.state === 'local' || (this.unacked.size === 0 && this.queue.length === 0);
  }

  private send(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.state !== 'thread' || this.queue.length === 0 || !this.post) return;
    const batch = this.nextBatch++;
    const files = this.queue;
    this.queue = [];
    this.unacked.set(batch, files);
    if (!this.post(batch, files)) this.goLocal();
  }

  private settle(): void {
    if (!this.idle()) return;
    const waiting = this.settled;
    this.settled = [];
    for (const resolve of waiting) resolve();
  }
}
