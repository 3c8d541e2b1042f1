/**
 * The Allure result files a run hands to the reporters reach the disk whatever becomes of the reporter thread:
 * written by the thread, by the run thread when the thread cannot start, dies mid-run or stops answering, and a
 * file the thread cannot write is one line in the flush's rejection.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RunEvents } from '../../../engine/events';
import { PlainResultsWriter } from '../../../reporters/results-writer';
import { startExchangeReporters, type ExchangeReporters, type ReporterOptions } from '../../../reporters/worker/reporter-worker';
import { threadEntry } from '../../support/thread-entries';
import type { TestResult } from 'allure-js-commons';

const FILES = 600;

/** Reporters over no operations (the files do not depend on them), the thread given time to start. */
async function reporters(dir: string, options: ReporterOptions = {}, settleMs = 0): Promise<ExchangeReporters> {
  const started = startExchangeReporters({ events: new RunEvents(), secrets: [] }, [], 'http://127.0.0.1:8000', path.join(dir, 'exchanges.har'), options);
  if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
  return started;
}

/** Writes FILES results, an attachment twice (the second must win) and one copied from a file; then flushes. */
async function writeAll(dir: string, writer: PlainResultsWriter): Promise<string> {
  const source = path.join(dir, 'shot.png');
  fs.writeFileSync(source, 'png bytes');
  for (let i = 0; i < FILES; i++) writer.writeResult({ uuid: `r${i}`, name: `test ${i}` } as TestResult);
  writer.writeAttachment('twice-attachment.txt', Buffer.from('first'));
  writer.writeAttachment('twice-attachment.txt', Buffer.from('last'));
  writer.writeAttachmentFromPath('copied-attachment.png', source);
  return writer.flush().then(
    () => '',
    (err: Error) => err.message,
  );
}

/** Asserts every file written by writeAll is on disk with its content. */
function expectAllOnDisk(resultsDir: string): void {
  const names = fs.readdirSync(resultsDir);
  expect(names.filter((n) => n.endsWith('-result.json'))).to.have.length(FILES);
  expect(JSON.parse(fs.readFileSync(path.join(resultsDir, `r${FILES - 1}-result.json`), 'utf8'))).to.deep.equal({ uuid: `r${FILES - 1}`, name: `test ${FILES - 1}` });
  expect(fs.readFileSync(path.join(resultsDir, 'twice-attachment.txt'), 'utf8')).to.equal('last');
  expect(fs.readFileSync(path.join(resultsDir, 'copied-attachment.png'), 'utf8')).to.equal('png bytes');
}

describe('reporters/worker: Allure result files through the reporter thread', function () {
  this.timeout(60_000);
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-reporter-files-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes them on the reporter thread', async () => {
    const started = await reporters(dir);
    const resultsDir = path.join(dir, 'allure-results');
    expect(await writeAll(dir, new PlainResultsWriter(resultsDir, started.files))).to.equal('');
    expect(started.thread).to.equal('reporter');
    expectAllOnDisk(resultsDir);
    expect((await started.close()).problem).to.equal(undefined);
  });

  it('writes them on the run thread when the reporter thread cannot start', async () => {
    const entry = threadEntry(dir, 'broken');
    const started = await reporters(dir, { entry, warn: () => undefined });
    const resultsDir = path.join(dir, 'allure-results');
    expect(await writeAll(dir, new PlainResultsWriter(resultsDir, started.files))).to.equal('');
    expect(started.thread).to.equal('run');
    expectAllOnDisk(resultsDir);
    await started.close();
  });

  it('writes them on the run thread when the reporter thread dies after taking them', async () => {
    // Ready, then gone at the first message: the first batch of files is posted and never written by it.
    const entry = threadEntry(dir, 'dying');
    const started = await reporters(dir, { entry }, 1000);
    const resultsDir = path.join(dir, 'allure-results');
    expect(await writeAll(dir, new PlainResultsWriter(resultsDir, started.files))).to.equal('');
    expectAllOnDisk(resultsDir);
    expect((await started.close()).problem).to.match(/reporter thread failed/);
  });

  it('writes them on the run thread when the reporter thread stops answering', async () => {
    const entry = threadEntry(dir, 'mute');
    const started = await reporters(dir, { entry, closeTimeoutMs: 300 }, 1000);
    const resultsDir = path.join(dir, 'allure-results');
    expect(await writeAll(dir, new PlainResultsWriter(resultsDir, started.files))).to.equal('');
    expectAllOnDisk(resultsDir);
    await started.close();
  });

  it('says in one line which file the thread could not write, and writes the others', async () => {
    const started = await reporters(dir);
    const resultsDir = path.join(dir, 'allure-results');
    // A directory where a file should go: the thread's write fails.
    fs.mkdirSync(path.join(resultsDir, 'r7-result.json'), { recursive: true });
    const message = await writeAll(dir, new PlainResultsWriter(resultsDir, started.files));
    expect(message).to.match(/^1 allure-results file\(s\) not written, the first: .*r7-result\.json: EISDIR$/);
    expect(fs.readdirSync(resultsDir).filter((n) => n.endsWith('-result.json'))).to.have.length(FILES);
    expect(fs.readFileSync(path.join(resultsDir, 'twice-attachment.txt'), 'utf8')).to.equal('last');
    await started.close();
  });
});
