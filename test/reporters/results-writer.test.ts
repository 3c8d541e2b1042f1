import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestResult, TestResultContainer } from 'allure-js-commons';
import { PlainResultsWriter } from '../../reporters/results-writer';

describe('reporters/results-writer', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'results-writer-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has every file on disk once flush resolves', async () => {
    const resultsDir = path.join(dir, 'allure-results');
    const writer = new PlainResultsWriter(resultsDir);
    for (let i = 0; i < 50; i++) {
      writer.writeResult({ uuid: `r${i}`, name: `test ${i}` } as TestResult);
      writer.writeAttachment(`a${i}-attachment.txt`, Buffer.from(`body ${i}`));
    }
    writer.writeGroup({ uuid: 'g', children: [] } as unknown as TestResultContainer);
    writer.writeCategoriesDefinitions([{ name: 'c' }]);
    await writer.flush();
    expect(fs.readdirSync(resultsDir)).to.have.length(102);
    expect(JSON.parse(fs.readFileSync(path.join(resultsDir, 'r49-result.json'), 'utf8'))).to.deep.equal({ uuid: 'r49', name: 'test 49' });
    expect(fs.readFileSync(path.join(resultsDir, 'a7-attachment.txt'), 'utf8')).to.equal('body 7');
    expect(fs.readFileSync(path.join(resultsDir, 'g-container.json'), 'utf8')).to.contain('"uuid":"g"');
  });

  it('keeps the last of two writes of one file', async () => {
    const writer = new PlainResultsWriter(dir);
    const big = Buffer.alloc(4 * 1024 * 1024, 'a');
    writer.writeAttachment('same-attachment.txt', big);
    writer.writeAttachment('same-attachment.txt', Buffer.from('last'));
    await writer.flush();
    expect(fs.readFileSync(path.join(dir, 'same-attachment.txt'), 'utf8')).to.equal('last');
  });

  it('rejects flush with one line when a file cannot be written, after the others are written', async () => {
    const writer = new PlainResultsWriter(dir);
    // A directory where the file should go: the write fails.
    fs.mkdirSync(path.join(dir, 'taken-result.json'));
    writer.writeResult({ uuid: 'taken' } as TestResult);
    writer.writeResult({ uuid: 'fine' } as TestResult);
    let message = '';
    await writer.flush().catch((err: Error) => (message = err.message));
    expect(message).to.match(/^1 allure-results file\(s\) not written, the first: .*taken-result\.json: EISDIR$/);
    expect(fs.existsSync(path.join(dir, 'fine-result.json'))).to.equal(true);
  });
});
