/**
 * The token never leaves the process except in requests: whole runs with a recognisable token, then every file
 * under the report directory (Allure results, the rendered report, JUnit, summary.json) and everything printed is
 * searched for it, as written and in its encoded forms.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { secretForms } from '../../engine/credentials';
import { ROOT, runCli, type CliResult } from '../support/run-cli';

const TOKEN = 'tok3n-RECOGNISABLE-9f2c41d7';

/** Every file under a directory. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Fails naming each file or stream that holds a form of the token. */
function expectNoToken(reportDir: string, result: CliResult): void {
  const files = filesUnder(reportDir);
  expect(files.some((f) => f.endsWith('-result.json'))).to.equal(true);
  expect(files.some((f) => f.endsWith(path.join('allure-report', 'index.html')))).to.equal(true);
  const leaks: string[] = [];
  for (const form of secretForms(TOKEN)) {
    for (const file of files) if (fs.readFileSync(file).includes(Buffer.from(form))) leaks.push(`${path.relative(reportDir, file)} holds ${form}`);
    if (result.stdout.includes(form)) leaks.push(`stdout holds ${form}`);
    if (result.stderr.includes(form)) leaks.push(`stderr holds ${form}`);
  }
  expect(leaks).to.deep.equal([]);
}

/** A server that echoes the credentials back in its headers and in an undocumented-status body. */
function startEcho(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    const auth = req.headers.authorization ?? '';
    res.writeHead(418, { 'content-type': 'application/json', 'x-echo': auth }).end(JSON.stringify({ detail: `I will not brew with ${auth}`, key: auth.replace(/^Token /, '') }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  })));
}

describe('report: the token never appears in any output', function () {
  this.timeout(180_000);
  let reportDir: string;
  beforeEach(() => { reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-secrets-')); });
  afterEach(() => fs.rmSync(reportDir, { recursive: true, force: true }));

  it('in a whole run against the embedded server, HTML report included', async () => {
    const result = await runCli(['run', '--token', TOKEN, '--runs', '3', '--seed', '5', '--report', reportDir]);
    expect(result.code, result.stderr).to.be.oneOf([0, 1]);
    // The placeholder stands in for it where a reader needs to see a credential: the curl reproductions.
    const results = filesUnder(path.join(reportDir, 'allure-results')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    expect(results).to.include('${CONFORMANCE_TOKEN}');
    expectNoToken(reportDir, result);
  });

  it('against a server that echoes it back in headers, bodies and failure messages', async () => {
    const echo = await startEcho();
    try {
      const spec = path.join(ROOT, 'test/faults/fixtures/faults.yaml');
      const result = await runCli(['run', '--target', echo.url, '--spec', spec, '--only', 'getOk', '--runs', '2', '--report', reportDir], { env: { CONFORMANCE_TOKEN: TOKEN } });
      expect(result.code, result.stderr).to.equal(1);
      // The echo really reached the report (redacted): otherwise this test could not fail.
      expect(fs.readFileSync(path.join(reportDir, 'junit', 'conformance.xml'), 'utf8')).to.include('I will not brew with Token ${CONFORMANCE_TOKEN}');
      expectNoToken(reportDir, result);
    } finally {
      await echo.close();
    }
  });
});
