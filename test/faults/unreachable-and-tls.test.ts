/**
 * Targets the run cannot talk to: one that refuses or never answers the connection stops the run with exit 2 and
 * one line naming the address; an https target with an untrusted certificate becomes recorded failures.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../../reporters/summary';
import { startFaultServer } from './fault-server';
import { closingCounts, ROOT, runCli } from '../support/run-cli';
import { selfSignedCertificate } from './self-signed';

const SPEC = path.join(ROOT, 'test/faults/fixtures/faults.yaml');

describe('faults: unreachable and untrusted targets', function () {
  this.timeout(60_000);
  let reportDir: string;
  beforeEach(() => { reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-unreachable-')); });
  afterEach(() => fs.rmSync(reportDir, { recursive: true, force: true }));

  it('exits 2 at once with one line naming a refusing address', async () => {
    const result = await runCli(['run', '--target', 'http://127.0.0.1:1', '--spec', SPEC, '--report', reportDir, '--no-html']);
    expect(result.code).to.equal(2);
    expect(result.stderr.trim().split('\n')).to.deep.equal(['conformance: target http://127.0.0.1:1 is unreachable: ECONNREFUSED']);
  });

  it('exits 2 with one line naming a host that does not resolve', async () => {
    // `.invalid` never resolves (RFC 6761). A black-holed address cannot be tested portably: some sandboxes and CI
    // networks answer every outgoing connection through a proxy.
    const result = await runCli(['run', '--target', 'http://conformance-target.invalid:8080', '--spec', SPEC, '--timeout', '1500', '--report', reportDir, '--no-html']);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.match(/^conformance: target http:\/\/conformance-target\.invalid:8080 is unreachable: (ENOTFOUND|EAI_AGAIN|no connection within 1500 ms)\n$/);
    expect(fs.existsSync(path.join(reportDir, 'summary.json'))).to.equal(false);
  });

  it('records a TLS error for an https target whose certificate is not trusted', async function () {
    const tls = selfSignedCertificate();
    if (!tls) this.skip(); // openssl is not installed: no certificate to test with
    const server = await startFaultServer({ tls: tls as { key: string; cert: string } });
    try {
      const result = await runCli(['run', '--target', server.url, '--spec', SPEC, '--only', 'getOk', '--runs', '1', '--report', reportDir, '--no-html'], { env: { NODE_EXTRA_CA_CERTS: '' } });
      expect(result.code, result.stderr).to.equal(1);
      expect(closingCounts(result.stdout)?.failed).to.be.greaterThan(0);
      const summary = JSON.parse(fs.readFileSync(path.join(reportDir, 'summary.json'), 'utf8')) as Summary;
      const messages = summary.tests.filter((t) => t.status === 'failed').map((t) => t.message);
      expect(messages).to.have.length.greaterThan(0);
      expect(messages.every((m) => /no response: https:\/\/127\.0\.0\.1:\d+: TLS error (DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)$/.test(m ?? ''))).to.equal(true, messages.join('\n'));
      // The handshake failed, so no request ever reached the server's handler (and no token left the client).
      expect(server.seen).to.deep.equal([]);
    } finally {
      await server.close();
    }
  });
});
