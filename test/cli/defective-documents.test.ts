/**
 * Defective documents run as published: each defect is a `spec defect` finding naming its file and JSON pointer,
 * with a stated fallback, and every operation that can be built runs (through the real command line).
 */
import { expect } from 'chai';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../../reporters/summary';
import { closingCounts, runCli } from '../support/run-cli';

const readSummary = (dir: string): Summary => JSON.parse(fs.readFileSync(path.join(dir, 'summary.json'), 'utf8')) as Summary;

/** Operation describes reported (the third title: `GET /path (id)`), without the `spec` suite. */
const operationsRun = (summary: Summary): Set<string> => new Set(summary.tests.filter((row) => row.path[1] !== 'spec' && row.path.length > 2).map((row) => row.path[2]));

describe('cli: defective documents run', function () {
  this.timeout(300_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-defective-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--raw: the bundled documents as published run all 14 operations and report the undefined JWT scheme at the list fragment', async () => {
    const reports = path.join(dir, 'raw');
    const result = await runCli(['run', '--raw', '--runs', '1', '--seed', '1', '--no-html', '--report', reports]);
    expect(result.code, result.stderr.slice(-800)).to.be.oneOf([0, 1]);
    expect(closingCounts(result.stdout), result.stdout.slice(-300)).to.not.equal(undefined);
    const summary = readSummary(reports);
    expect(operationsRun(summary).size).to.equal(14);
    const defects = summary.tests.filter((row) => row.category === 'spec defect');
    expect(defects.map((row) => row.path)).to.deep.equal([['Omnitron API (omnitron)', 'spec']]);
    expect(defects[0].message).to.include('specs/omnitron/fragments/cancellation-request-images.list.json#/paths/~1api~1channel~1{channel_id}~1cancellation_request_images~1/get/security/0/JWT');
    expect(defects[0].message).to.include("sent with the configured credentials as the document's 'Token' scheme");
    expect(defects[0].message).to.not.include('inserts-or-updates');
  });

  describe('specs/fixtures/defective-document.yaml against a loopback server', () => {
    const token = 'widget-secret-token-123';
    const seen: Array<{ url: string; authorization?: string }> = [];
    let server: http.Server;
    let url: string;
    before(async () => {
      server = http.createServer((request, response) => {
        seen.push({ url: request.url ?? '', authorization: request.headers.authorization });
        const json = (status: number, body: unknown): void => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body));
        };
        if (request.headers.authorization !== `Token ${token}`) return json(401, { detail: 'no' });
        if (request.method === 'GET' && request.url?.split('?')[0] === '/widgets/') return json(200, [{ id: 1, name: 'a' }]);
        if (request.method === 'GET' && /^\/widgets\/1\/(\?|$)/.test(request.url ?? '')) return json(200, { id: 1, name: 'a' });
        if (request.method === 'GET' && /^\/widgets\/[^/]+\//.test(request.url ?? '')) return json(404, { detail: 'Not found.' });
        json(405, { detail: 'Method not allowed.' });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('runs the two buildable operations, skips the third with its reason and reports the three defects', async () => {
      const reports = path.join(dir, 'widgets');
      const result = await runCli(['run', '--spec', 'specs/fixtures/defective-document.yaml', '--target', url, '--token', token, '--runs', '2', '--seed', '1', '--no-html', '--report', reports]);
      expect(result.code, result.stderr.slice(-800)).to.be.oneOf([0, 1]);
      expect(closingCounts(result.stdout)).to.not.equal(undefined);
      expect(result.stdout + result.stderr).to.not.include(token);
      const summary = readSummary(reports);
      expect([...operationsRun(summary)].sort()).to.deep.equal(['GET /widgets/ (listWidgets)', 'GET /widgets/{id}/ (retrieveWidget)']);
      const defects = summary.tests.filter((row) => row.category === 'spec defect').map((row) => row.message ?? '');
      expect(defects).to.have.length(3);
      expect(defects[0]).to.include('defective-document.yaml#/paths/~1widgets~1/get/security/0/Session').and.include('configured credentials');
      expect(defects[1]).to.include('defective-document.yaml#/paths/~1widgets~1{id}~1/get/responses/200/content/application~1json/schema').and.include('not judged');
      expect(defects[2]).to.include('defective-document.yaml#/paths/~1widgets~1/post/parameters/0/in').and.include('skipped');
      const skipped = summary.tests.filter((row) => row.check === 'POST /widgets/ is not run');
      expect(skipped.map((row) => row.status)).to.deep.equal(['skipped']);
      expect(skipped[0].message).to.include('cannot be built');
      // The fallback really sends the configured credentials on the operation whose scheme is undefined.
      expect(seen.some((request) => request.url.startsWith('/widgets/') && !request.url.startsWith('/widgets/1') && request.authorization === `Token ${token}`)).to.equal(true);
      // The dangling schema is not judged: the list's schema is, the retrieve's is counted passed nowhere.
      const verdicts = (operation: string): string[] => summary.tests.filter((row) => row.path[2] === operation && row.check === 'body conforms to the documented schema').map((row) => row.status);
      expect(verdicts('GET /widgets/ (listWidgets)')).to.include('passed');
      expect(verdicts('GET /widgets/{id}/ (retrieveWidget)')).to.not.include('passed');
    });
  });
});
