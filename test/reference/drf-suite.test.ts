/**
 * The suite against the DRF reference target (reference/drf on PostgreSQL): the failures it reports must be exactly
 * the ones reference/drf/README.md lists and classifies, no more and no fewer.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closingCounts, runCli } from '../support/run-cli';
import { DRF_TOKEN, requireDrfTarget, startDrfTarget, type DrfTarget } from '../support/drf-target';
import { failureFamily, failureId, readDescribedCauses, readExpectedFailures, readRunFailures } from './expected-failures';

/** The items of `list` left after removing one occurrence of each item of `removed` (a multiset difference). */
function withoutEach(list: readonly string[], removed: readonly string[]): string[] {
  const left = [...list];
  for (const item of removed) {
    const at = left.indexOf(item);
    if (at >= 0) left.splice(at, 1);
  }
  return left;
}

const KEPT = process.env.CONFORMANCE_DRF_REPORT || undefined;

describe('reference: the suite against the DRF target', function () {
  // Django's development server answers ~50 requests/s on a loaded machine; a --runs 20 run sends ~16,000.
  this.timeout(900_000);
  let target: DrfTarget | undefined;
  let dir: string | undefined;

  before(async function () {
    requireDrfTarget(this);
    target = await startDrfTarget();
    // CONFORMANCE_DRF_REPORT=DIR keeps the run's report there (for updating the README's figures and tables).
    dir = KEPT ?? fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-drf-'));
  });
  after(async () => {
    await target?.stop();
    if (dir && !KEPT) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports exactly the failures the README lists, each with a known cause', async () => {
    const args = ['run', '--target', target!.url, '--token', DRF_TOKEN, '--path-param', 'channel_id=1', '--path-param', 'channel_id=2'];
    const result = await runCli([...args, '--runs', '20', '--seed', '1', '--no-html', '--report', dir!]);
    expect(result.code, result.stderr.slice(-2000)).to.equal(1);
    expect(result.stdout).to.not.include(DRF_TOKEN);
    const counts = closingCounts(result.stdout);
    const actual = readRunFailures(path.join(dir!, 'summary.json')).map(failureFamily);
    const expectedRows = readExpectedFailures();
    const expected = expectedRows.map(failureFamily);
    const unlisted = withoutEach(actual, expected);
    const gone = withoutEach(expected, actual);
    expect({ unlisted, gone }, 'failures differ from reference/drf/README.md').to.deep.equal({ unlisted: [], gone: [] });
    expect(counts?.failed).to.equal(expected.length);
    const causes = readDescribedCauses();
    for (const row of expectedRows) expect(causes, `${failureId(row)}: cause "${row.cause}" is not described in the README`).to.include(row.cause);
  });
});
