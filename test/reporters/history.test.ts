/**
 * The report's history is kept between runs: each run with the HTML report appends one entry to
 * `<report>/history.jsonl` (Allure 3's history file), which the next report reads for its trends.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-cli';

describe('report: history between runs', function () {
  this.timeout(300_000);
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-history-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('appends one history entry per run, covering the run\'s tests', async () => {
    const args = ['run', '--only', 'retrieveCancellationReason', '--runs', '2', '--report', dir];
    const first = await runCli([...args, '--seed', '1']);
    expect(first.code, first.stderr).to.equal(0);
    const history = path.join(dir, 'history.jsonl');
    expect(fs.readFileSync(history, 'utf8').trim().split('\n')).to.have.length(1);
    const second = await runCli([...args, '--seed', '2']);
    expect(second.code, second.stderr).to.equal(0);
    const entries = fs.readFileSync(history, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { testResults?: Record<string, unknown> });
    expect(entries).to.have.length(2);
    // The seed is excluded from the history id: both runs' tests share ids, so trends follow each test.
    const ids = entries.map((e) => Object.keys(e.testResults ?? {}).sort());
    expect(ids[0].length).to.be.greaterThan(0);
    expect(ids[1]).to.deep.equal(ids[0]);
  });
});
