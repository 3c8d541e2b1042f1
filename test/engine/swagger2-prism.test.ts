/** A Swagger 2.0 document in drf-yasg's shape, converted on load, runs to a verdict against a Prism mock of itself. */
import { expect } from 'chai';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../../reporters/summary';
import { freePort, startPrism } from '../support/prism';
import { closingCounts, ROOT, runCli } from '../support/run-cli';

const FIXTURE = path.join(ROOT, 'specs/fixtures/drf-yasg-swagger2.yaml');

describe('drf-yasg-swagger2.yaml (Swagger 2.0) against a Prism mock of it', function () {
  this.timeout(300_000);
  let prism: ChildProcess | undefined;
  let port: number;
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'swagger2-'));

  before(async () => {
    port = await freePort();
    prism = await startPrism(port, FIXTURE);
  });
  after(() => {
    prism?.kill();
    fs.rmSync(reportDir, { recursive: true, force: true });
  });

  it('reaches a verdict for all four operations (body and formData included), with no crash and no setup error', async () => {
    const { code, stdout, stderr } = await runCli(['run', '--target', `http://127.0.0.1:${port}`, '--spec', FIXTURE, '--token', 'abc-prism-token', '--runs', '5', '--seed', '1', '--no-html', '--report', reportDir]);
    expect(code, stderr.slice(-800)).to.be.oneOf([0, 1]);
    expect(closingCounts(stdout)).to.not.equal(undefined);
    const summary = JSON.parse(fs.readFileSync(path.join(reportDir, 'summary.json'), 'utf8')) as Summary;
    const operations = new Set(summary.tests.map((row) => /\(([^()]+)\)$/.exec(row.path[2] ?? '')?.[1]));
    expect([...operations].sort()).to.deep.equal(['snippets_attachment', 'snippets_create', 'snippets_list', 'snippets_read']);
    const broken = summary.tests.filter((row) => ['check error', 'generation', 'setup', 'spec defect'].includes(row.category ?? ''));
    expect(broken, JSON.stringify(broken.slice(0, 3))).to.deep.equal([]);
    // Prism enforces the apiKey: the suite's own requests passed it (the valid-input check passed somewhere).
    expect(summary.tests.some((row) => row.check === 'valid input is accepted' && row.status === 'passed')).to.equal(true);
  });
});
