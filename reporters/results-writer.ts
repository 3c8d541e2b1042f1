/**
 * The allure-results writer of a run: each result, container and attachment written once with a plain write.
 * allure-js-commons' FileSystemWriter writes every file to a temp file, fsyncs it and renames it, one by one and
 * synchronously; over the ~2,000 files of a default run that was about half of the run's wall time (bench: fsync
 * and open dominated a `--runs 1` profile). The results are read only after the run (the HTML render, the merge),
 * and an interrupted run still ends its files (SIGINT stops after the current test), so durability is not needed.
 * The writes are asynchronous (libuv's thread pool opens, writes and closes the files) and `flush()` waits for
 * them: synchronous writes were ~2.3 s of the run thread's CPU in a `--runs 200` profile, time the client then
 * did not spend sending; the pool threads run beside it on the core the server thread leaves idle.
 */
import { copyFile, mkdirSync, writeFile } from 'node:fs';
import { join } from 'node:path';
import type { Globals, TestResult, TestResultContainer } from 'allure-js-commons';
import type { Category, EnvironmentInfo } from 'allure-js-commons/dist/types/sdk/types';
import { stringifyEnvInfo, type Writer } from 'allure-js-commons/sdk/reporter';

/** A Writer for allure-mocha's `writer` option that writes straight into `resultsDir`. */
export class PlainResultsWriter implements Writer {
  private made = false;
  /** Writes not yet on disk, by file name: a second write of one name waits for the first, so the last one wins. */
  private readonly pending = new Map<string, Promise<void>>();
  private readonly errors: string[] = [];

  constructor(private readonly resultsDir: string) {}

  /** Resolves when every write so far is on disk; rejects with one line naming the first failed write. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending.values()]);
    if (this.errors.length > 0) throw new Error(`${this.errors.length} allure-results file(s) not written, the first: ${this.errors[0]}`);
  }

  private write(name: string, start: (file: string, done: (err: NodeJS.ErrnoException | null) => void) => void): void {
    const file = this.path(name);
    const before = this.pending.get(name) ?? Promise.resolve();
    const written: Promise<void> = before.then(
      () =>
        new Promise<void>((resolve) =>
          start(file, (err) => {
            if (err) this.errors.push(`${file}: ${err.code ?? err.message}`);
            resolve();
          }),
        ),
    );
    this.pending.set(name, written);
    void written.then(() => {
      if (this.pending.get(name) === written) this.pending.delete(name);
    });
  }

  private path(name: string): string {
    if (!this.made) {
      mkdirSync(this.resultsDir, { recursive: true });
      this.made = true;
    }
    return join(this.resultsDir, name);
  }

  /** Writes `<uuid>-result.json`. */
  writeResult(result: TestResult): void {
    const text = JSON.stringify(result);
    this.write(`${result.uuid}-result.json`, (file, done) => writeFile(file, text, done));
  }

  /** Writes `<uuid>-container.json`. */
  writeGroup(result: TestResultContainer): void {
    const text = JSON.stringify(result);
    this.write(`${result.uuid}-container.json`, (file, done) => writeFile(file, text, done));
  }

  /** Writes an attachment's content. */
  writeAttachment(distFileName: string, content: Buffer): void {
    this.write(distFileName, (file, done) => writeFile(file, content, done));
  }

  /** Copies an attachment from a file. */
  writeAttachmentFromPath(distFileName: string, from: string): void {
    this.write(distFileName, (file, done) => copyFile(from, file, done));
  }

  /** Writes environment.properties. */
  writeEnvironmentInfo(info: EnvironmentInfo): void {
    const text = stringifyEnvInfo(info);
    this.write('environment.properties', (file, done) => writeFile(file, text, done));
  }

  /** Writes categories.json. */
  writeCategoriesDefinitions(categories: Category[]): void {
    const text = JSON.stringify(categories);
    this.write('categories.json', (file, done) => writeFile(file, text, done));
  }

  /** Writes a globals file. */
  writeGlobals(distFileName: string, info: Globals): void {
    const text = JSON.stringify(info);
    this.write(distFileName, (file, done) => writeFile(file, text, done));
  }
}
