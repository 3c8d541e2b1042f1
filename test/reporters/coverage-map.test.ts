/**
 * The API coverage map of a run: reports/coverage.json and coverage.html are written, the stdout line comes right
 * before the closing line, documented statuses never seen are named, and the page opens in headless Chromium from
 * the file system (no server, no fetch) showing the operation table with its colours. The Chromium part is skipped,
 * saying why, when /usr/bin/chromium is absent and CI is not set (.ci/run installs it).
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CoverageReport } from '../../reporters/coverage';
import { closingCounts, runCli } from '../support/run-cli';
import { CHROMIUM, runChromium } from '../support/chromium';

describe('report: the API coverage map', function () {
  this.timeout(180_000);
  let dir = '';
  let stdout = '';
  let report: CoverageReport;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-coverage-map-'));
    // The coverage phase alone on two operations: quick, and 401 (never sent without the auth phase) stays unseen.
    const result = await runCli(['run', '--report', dir, '--no-html', '--only', 'listCancellationReasons,retrieveCancellationReason', '--phase', 'coverage']);
    expect(result.code, result.stderr).to.equal(0);
    stdout = result.stdout;
    report = JSON.parse(fs.readFileSync(path.join(dir, 'coverage.json'), 'utf8')) as CoverageReport;
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the one-line summary right before the closing line, with the totals of coverage.json', () => {
    const lines = stdout.trim().split('\n');
    expect(closingCounts(stdout)).to.not.equal(undefined);
    const { operations, statuses, keywords } = report.totals;
    expect(lines.at(-2)).to.equal(`coverage: ${operations.covered}/${operations.total} operations, ${statuses.seen}/${statuses.total} documented statuses, ${keywords.covered}/${keywords.total} keywords`);
    expect(operations).to.deep.equal({ covered: 2, total: 2 });
    expect(keywords.covered).to.be.greaterThan(0);
  });

  it('names the documented statuses never seen, and counts the ones seen', () => {
    const list = report.operations.find((op) => op.id === 'listCancellationReasons');
    expect(list?.neverSeen.some((name) => name.startsWith('401'))).to.equal(true);
    expect(list?.statuses.find((s) => s.status === '200')?.seen).to.be.greaterThan(0);
    expect(list?.statuses.find((s) => s.status === '400')?.seen).to.be.greaterThan(0);
  });

  it('records parameters present and absent, valid and invalid, and the value classes tried', () => {
    const list = report.operations.find((op) => op.id === 'listCancellationReasons');
    const page = list?.parameters.find((p) => p.name === 'page');
    expect(page?.level).to.equal('full');
    expect(page?.invalid).to.be.greaterThan(0);
    expect(Object.keys(list?.classes ?? {})).to.include.members(['integer.minimum-1', 'integer.int64-max+1', 'parameter.repeated', 'method.unknown-token']);
    const minimum = list?.keywords.find((k) => k.schema === 'query page' && k.keyword === '/minimum');
    expect(minimum?.valid).to.be.greaterThan(0);
    expect(minimum?.invalid).to.be.greaterThan(0);
    expect(minimum?.level).to.equal('full');
  });

  it('opens from file:// in headless Chromium and shows the table with full, partial and none colours', async function () {
    if (!fs.existsSync(CHROMIUM)) {
      if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing on CI; .ci/run must install chromium`);
      process.stdout.write(`      (skipped: ${CHROMIUM} is not installed; apt-get install chromium, or run .ci/run)\n`);
      this.skip();
    }
    const html = fs.readFileSync(path.join(dir, 'coverage.html'), 'utf8');
    expect(html, 'the page must not fetch anything').to.not.match(/<script|<link|src=|https?:\/\//);
    const dom = await runChromium(pathToFileURL(path.join(dir, 'coverage.html')).href, ['--dump-dom'], path.join(dir, 'profile'));
    expect(dom).to.contain('<table id="operations">');
    expect(dom).to.contain('data-operation="listCancellationReasons"');
    expect(dom).to.contain('data-operation="retrieveCancellationReason"');
    expect(dom).to.match(/class="full"/);
    expect(dom).to.match(/class="(partial|none)"/);
    expect(dom).to.contain('401');
  });
});
