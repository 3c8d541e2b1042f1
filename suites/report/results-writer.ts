/**
 * The allure-results writer of a run: each result, container and attachment written once with a plain write.
 * allure-js-commons' FileSystemWriter writes every file to a temp file, fsyncs it and renames it, one by one and
 * synchronously; over the ~2,000 files of a default run that was about half of the run's wall time (bench: fsync
 * and open dominated a `--runs 1` profile). The results are read only after the run (the HTML render, the merge),
 * and an interrupted run still ends its files (SIGINT stops after the current test), so durability is not needed.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Globals, TestResult, TestResultContainer } from 'allure-js-commons';
import type { Category, EnvironmentInfo } from 'allure-js-commons/dist/types/sdk/types';
import { stringifyEnvInfo, type Writer } from 'allure-js-commons/sdk/reporter';

/** A Writer for allure-mocha's `writer` option that writes straight into `resultsDir`. */
export class PlainResultsWriter implements Writer {
  private made = false;

  constructor(private readonly resultsDir: string) {}

  private path(name: string): string {
    if (!this.made) {
      mkdirSync(this.resultsDir, { recursive: true });
      this.made = true;
    }
    return join(this.resultsDir, name);
  }

  /** Writes `<uuid>-result.json`. */
  writeResult(result: TestResult): void {
    writeFileSync(this.path(`${result.uuid}-result.json`), JSON.stringify(result));
  }

  /** Writes `<uuid>-container.json`. */
  writeGroup(result: TestResultContainer): void {
    writeFileSync(this.path(`${result.uuid}-container.json`), JSON.stringify(result));
  }

  /** Writes an attachment's content. */
  writeAttachment(distFileName: string, content: Buffer): void {
    writeFileSync(this.path(distFileName), content);
  }

  /** Copies an attachment from a file. */
  writeAttachmentFromPath(distFileName: string, from: string): void {
    copyFileSync(from, this.path(distFileName));
  }

  /** Writes environment.properties. */
  writeEnvironmentInfo(info: EnvironmentInfo): void {
    writeFileSync(this.path('environment.properties'), stringifyEnvInfo(info));
  }

  /** Writes categories.json. */
  writeCategoriesDefinitions(categories: Category[]): void {
    writeFileSync(this.path('categories.json'), JSON.stringify(categories));
  }

  /** Writes a globals file. */
  writeGlobals(distFileName: string, info: Globals): void {
    writeFileSync(this.path(distFileName), JSON.stringify(info));
  }
}
