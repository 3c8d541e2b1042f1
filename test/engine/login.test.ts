/**
 * `--login PATH`: the run logs in with CONFORMANCE_USERNAME/CONFORMANCE_PASSWORD, uses the key it gets, logs in
 * again once when the server starts refusing that key mid-run, and never lets the password or any key into an
 * output or a report file.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startMockServer, type RunningMockServer } from '../../mock/server';
import { secretForms } from '../../engine/credentials';
import { logIn, LoginError } from '../../engine/login';
import { createHttpTarget } from '../../targets/http-target';
import { closingCounts, runCli } from '../support/run-cli';
import { loadBundledApi } from '../../spec/load';

const USER = 'staging-user';
const PASSWORD = 'pa55-RECOGNISABLE-staging-7c1e';
const LOGIN = '/api/v1/auth/login/';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('engine/login (--login)', function () {
  this.timeout(180_000);
  let server: RunningMockServer | undefined;
  let reportDir: string;
  beforeEach(async () => {
    reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-login-'));
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    fs.rmSync(reportDir, { recursive: true, force: true });
  });

  it('logs in, renews the key once when it expires mid-run, and leaks neither password nor key', async () => {
    // The first key answers 401 after 12 requests; the one the renewal gets does not expire.
    const started = await startMockServer({ port: 0, users: { [USER]: PASSWORD }, tokens: ['unused-configured-token'], expireFirstLoginKeyAfter: 12 });
    server = started;
    const result = await runCli(['run', '--target', started.url, '--login', LOGIN, '--only', 'SalesChannelFailedIntegrations', '--path-param', 'channel_id=1', '--path-param', 'channel_id=2', '--runs', '4', '--seed', '3', '--report', reportDir], {
      env: { CONFORMANCE_USERNAME: USER, CONFORMANCE_PASSWORD: PASSWORD },
    });
    expect(result.code, result.stderr).to.equal(0);
    expect(closingCounts(result.stdout)?.failed).to.equal(0);
    expect(started.logins.count, 'one login, then one renewal').to.equal(2);
    const files = filesUnder(reportDir);
    expect(files.some((f) => f.endsWith(path.join('allure-report', 'index.html')))).to.equal(true);
    const leaks: string[] = [];
    for (const secret of [PASSWORD, ...started.logins.keys()]) {
      for (const form of secretForms(secret)) {
        for (const file of files) if (fs.readFileSync(file).includes(Buffer.from(form))) leaks.push(`${path.relative(reportDir, file)} holds ${form}`);
        if (result.stdout.includes(form)) leaks.push(`stdout holds ${form}`);
        if (result.stderr.includes(form)) leaks.push(`stderr holds ${form}`);
      }
    }
    expect(leaks).to.deep.equal([]);
    // The key was used (the placeholder stands in for it in the reproductions).
    const results = filesUnder(path.join(reportDir, 'allure-results')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    expect(results).to.include('${CONFORMANCE_TOKEN}');
  });

  it('stops with one line (exit 2) when the login is refused, and without the password', async () => {
    const started = await startMockServer({ port: 0, users: { [USER]: 'another-password' } });
    server = started;
    const result = await runCli(['run', '--target', started.url, '--login', LOGIN, '--only', 'listSalesChannelFailedIntegrations', '--runs', '1', '--report', reportDir, '--no-html'], {
      env: { CONFORMANCE_USERNAME: USER, CONFORMANCE_PASSWORD: PASSWORD },
    });
    expect(result.code).to.equal(2);
    expect(result.stderr).to.match(/login at \/api\/v1\/auth\/login\/ answered 400 \(Unable to log in with provided credentials\.\)/);
    expect(result.stderr + result.stdout).to.not.include(PASSWORD);
  });

  it('takes the credentials from the environment only', async () => {
    const result = await runCli(['run', '--login', LOGIN, '--runs', '1', '--report', reportDir], { env: { CONFORMANCE_USERNAME: USER, CONFORMANCE_PASSWORD: '' } });
    expect(result.code).to.equal(2);
    expect(result.stderr).to.include('--login needs CONFORMANCE_PASSWORD in the environment (never as flags)');
  });

  it('reads the key from key, token or access', async () => {
    for (const field of ['key', 'token', 'access']) {
      const target = createHttpTarget('t', 'http://127.0.0.1:1');
      target.send = async () => ({ status: 200, headers: {}, text: '', json: { [field]: `k-${field}-1234` }, truncated: false, elapsedMs: 1 });
      expect(await logIn(target, LOGIN, { username: USER, password: PASSWORD })).to.equal(`k-${field}-1234`);
    }
    const target = createHttpTarget('t', 'http://127.0.0.1:1');
    target.send = async () => ({ status: 200, headers: {}, text: '', json: { detail: PASSWORD }, truncated: false, elapsedMs: 1 });
    const error = await logIn(target, LOGIN, { username: USER, password: PASSWORD }).then(() => undefined, (err: Error) => err);
    expect(error).to.be.instanceOf(LoginError);
    expect(error?.message).to.equal('login at /api/v1/auth/login/ answered 200 without a key, token or access field');
  });

  it('is documented as an optional addition, not as part of the published pages', async () => {
    const published = await loadBundledApi('omnitron');
    expect(published.document.paths).to.not.have.property(LOGIN);
    const withLogin = await loadBundledApi('omnitron', { extraOverlays: ['optional/login.yaml'] });
    expect((withLogin.document.paths as Record<string, { post?: { operationId?: string } }>)[LOGIN]?.post?.operationId).to.equal('logIn');
  });
});
