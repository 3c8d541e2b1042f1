/**
 * The allure-results writer of a run: each result, container and attachment written once with a plain write.
 * allure-js-commons' FileSystemWriter writes every file to a temp file, fsyncs it and renames it, one by one and
 * synchronously; over the ~2,000 files of a default run that was about half of the run's wall time (bench: fsync
 * and open dominated a `--runs 1` profile). The results are read only after the run (the HTML render, the merge),
 * and an interrupted run still ends its files (SIGINT stops after the current test), so durability is not needed.
 *
 * Where the files are written is a sink's business: the CLI hands them to the reporter thread
 * (reporters/worker/thread-file-sink.ts), which writes them synchronously off the run thread; `localFileSink` writes
 * them here, asynchronously, and is what the thread sink falls back to.
 */
import { copyFile, mkdirSync, writeFile } from 'node:fs';
import { join } from 'node:path';
import type { Globals, TestResult, TestResultContainer } from 'allure-js-commons';
import type { Category, EnvironmentInfo } from 'allure-js-commons/dist/types/sdk/types';
import { stringifyEnvInfo, type Writer } from 'allure-js-commons/sdk/reporter';

/** One file to write: its content, or the file to copy it from. */
export type ResultFile = { path: string; data: string | Uint8Array } | { path: string; copyFrom: string };

/** Where result files go. Files of one path are written in the order given: the last one wins. */
export interface ResultFileSink {
  write(file: ResultFile): void;
  /** Resolves when every file so far is on disk; rejects with one line naming the first file that was not written. */
  flush(): Promise<void>;
}

/** The one line a failed write is reported with. */
export function notWrittenLine(count: number, first: string): string {
  return `${count} allure-results file(s) not written, the first: ${first}`;
}

/**
 * Writes on this thread with node's asynchronous fs (libuv's thread pool opens, writes and closes the files):
 * synchronous writes were ~2.3 s of the run thread's CPU in a `--runs 200` profile.
 */
export function localFileSink(): ResultFileSink {
  /** Writes not yet on disk, by path: a second write of one path waits for the first, so the last one wins. */
  const pending = new Map<string, Promise<void>>();
  const errors: string[] = [];
  return {
    write(file) {
      const before = pending.get(file.path) ?? Promise.resolve();
      const written: Promise<void> = before.then(
        () =>
          new Promise<void>((resolve) => {
            const done = (err: NodeJS.ErrnoException | null): void => {
              if (err) errors.push(`${file.path}: ${err.code ?? err.message}`);
              resolve();
            };
            if ('copyFrom' in file) copyFile(file.copyFrom, file.path, done);
            else writeFile(file.path, file.data, done);
          }),
      );
      pending.set(file.path, written);
      void written.then(() => {
        if (pending.get(file.path) === written) pending.delete(file.path);
      });
    },
    async flush() {
      while (pending.size > 0) await Promise.all([...pending.values()]);
      if (errors.length > 0) throw new Error(notWrittenLine(errors.length, errors[0]));
    },
  };
}

/** A Writer for allure-mocha's `writer` option that writes into `resultsDir` through `sink`. */
export class PlainResultsWriter implements Writer {
  private made = false;

  constructor(
    private readonly resultsDir: string,
    private readonly sink: ResultFileSink = localFileSink(),
  ) {}

  /** Resolves when every write so far is on disk; rejects with one line naming the first failed write. */
  flush(): Promise<void> {
    return this.sink.flush();
  }

  private path(name: string): string {
    if (!this.made) {
      // Made here, on the run thread, so that a sink on another thread never races to create it.
      mkdirSync(this.resultsDir, { recursive: true });
      this.made = true;
    }
    return join(this.resultsDir, name);
  }

  private write(name: string, data: string | Uint8Array): void {
    this.sink.write({ path: this.path(name), data });
  }

  /** Writes `<uuid>-result.json`. */
  writeResult(result: TestResult): void {
    this.write(`${result.uuid}-result.json`, JSON.stringify(result));
  }

  /** Writes `<uuid>-container.json`. */
  writeGroup(result: TestResultContainer): void {
    this.write(`${result.uuid}-container.json`, JSON.stringify(result));
  }

  /** Writes an attachment's content. */
  writeAttachment(distFileName: string, content: Buffer): void {
    this.write(distFileName, content);
  }

  /** Copies an attachment from a file. */
  writeAttachmentFromPath(distFileName: string, from: string): void {
    this.sink.write({ path: this.path(distFileName), copyFrom: from });
  }

  /** Writes environment.properties. */
  writeEnvironmentInfo(info: EnvironmentInfo): void {
    this.write('environment.properties', stringifyEnvInfo(info));
  }

  /** Writes categories.json. */
  writeCategoriesDefinitions(categories: Category[]): void {
    this.write('categories.json', JSON.stringify(categories));
  }

  /** Writes a globals file. */
  writeGlobals(distFileName: string, info: Globals): void {
    this.write(distFileName, JSON.stringify(info));
  }
}
