/**
 * Bad input to the tool, through the real command line: each ends with exit 2 and exactly one line on stderr that
 * says what is wrong and where, never a stack trace, and no report.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-cli';

describe('cli: bad input', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-bad-input-'));
    fs.writeFileSync(path.join(dir, 'syntax.yaml'), 'openapi: 3.0.3\ninfo:\n  title: x\n  version: "1"\npaths:\n  /a: {get: {responses: {200: {description: ok}}\n');
    fs.writeFileSync(path.join(dir, 'syntax.json'), '{"openapi": "3.0.3", "info": {"title": "x", "version": "1"},\n "paths": {"/a": {},}\n}\n');
    fs.writeFileSync(
      path.join(dir, 'invalid.yaml'),
      'openapi: 3.0.3\ninfo:\n  title: x\n  version: "1"\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: objekt\n',
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Runs the CLI and returns its single stderr line, having checked exit 2, one line and no stack trace. */
  async function oneLineFailure(args: string[]): Promise<string> {
    // The report flags go first, so that a flag under test can be the last word (a value-less `--shard`).
    const result = await runCli([args[0], '--report', path.join(dir, 'reports'), '--no-html', ...args.slice(1)]);
    expect(result.code, result.stderr).to.equal(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).to.have.length(1);
    expect(result.stderr).to.not.match(/\bat .+:\d+:\d+/);
    expect(fs.existsSync(path.join(dir, 'reports', 'summary.json'))).to.equal(false);
    return lines[0];
  }

  it('names file, line and column of a YAML syntax error', async () => {
    const line = await oneLineFailure(['run', '--spec', path.join(dir, 'syntax.yaml')]);
    expect(line).to.match(/^conformance: .*syntax\.yaml:\d+:\d+: invalid YAML: /);
  });

  it('names file, line and column of a JSON syntax error', async () => {
    const line = await oneLineFailure(['run', '--spec', path.join(dir, 'syntax.json')]);
    expect(line).to.match(/^conformance: .*syntax\.json:2:\d+: invalid JSON: /);
  });

  it('an invalid schema is no bad input: the run goes on and reports it as a spec defect naming the JSON pointer', async () => {
    const reports = path.join(dir, 'invalid-reports');
    const result = await runCli(['run', '--report', reports, '--no-html', '--runs', '1', '--spec', path.join(dir, 'invalid.yaml')]);
    expect(result.code, result.stderr.slice(-500)).to.be.oneOf([0, 1]);
    const rows = (JSON.parse(fs.readFileSync(path.join(reports, 'summary.json'), 'utf8')) as { tests: Array<{ category?: string; message?: string }> }).tests;
    const defects = rows.filter((row) => row.category === 'spec defect');
    expect(defects).to.have.length(1);
    expect(defects[0].message).to.include('invalid.yaml#/paths/~1a/get/responses/200/content/application~1json/schema/type');
    expect(defects[0].message).to.include('that schema is not judged');
  });

  it('a document of an OpenAPI version that does not exist is still exit 2', async () => {
    fs.writeFileSync(path.join(dir, 'v4.yaml'), 'openapi: 4.0.0\ninfo:\n  title: x\n  version: "1"\npaths: {}\n');
    const line = await oneLineFailure(['run', '--spec', path.join(dir, 'v4.yaml')]);
    expect(line).to.include('v4.yaml').and.include('Unsupported OpenAPI version');
  });

  it('refuses an unknown flag', async () => {
    expect(await oneLineFailure(['run', '--bogus-flag'])).to.equal("conformance: run: Unknown option '--bogus-flag'");
  });

  it('refuses conflicting options', async () => {
    expect(await oneLineFailure(['run', '--only', 'getOk', '--skip', 'getok'])).to.equal("conformance: --only and --skip both name 'getOk'; give it to one of them");
    expect(await oneLineFailure(['run', '--check', 'status code is documented', '--skip-check', 'status code is documented'])).to.match(/--check and --skip-check both name/);
  });

  // The full table of shard values is in test/engine/shard.test.ts; these go through the process.
  for (const bad of ['0/2', '3/2', 'a/b']) {
    it(`refuses --shard '${bad}'`, async () => {
      expect(await oneLineFailure(['run', `--shard=${bad}`])).to.equal(`conformance: --shard takes i/n with 1 <= i <= n (e.g. 2/4), not '${bad}'`);
    });
  }

  it('refuses bad load limits', async () => {
    expect(await oneLineFailure(['run', '--rps', '0'])).to.equal("conformance: --rps takes a whole number of at least 1, not '0'");
    expect(await oneLineFailure(['run', '--concurrency', 'many'])).to.equal("conformance: --concurrency takes a whole number of at least 1, not 'many'");
    expect(await oneLineFailure(['run', '--max-body', '-5'])).to.match(/^conformance: run: /);
  });

  it('refuses a value-less flag that needs one', async () => {
    expect(await oneLineFailure(['run', '--shard'])).to.match(/^conformance: run: Option '--shard <value>' argument missing/);
  });
});
