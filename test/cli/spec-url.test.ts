/**
 * `--spec URL`: the document is fetched from the target (with the run's token when the server asks for it), its
 * relative $refs resolve against the URL, the run reaches a verdict and the fetched contract is saved for replay.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadSpecFile } from '../../spec/load';
import type { Summary } from '../../reporters/summary';
import { closingCounts, runCli } from '../support/run-cli';

const TOKEN = 'url-spec-secret-4242';
const SCHEMA = `openapi: 3.0.3
info: {title: Served Pets, version: "1"}
components:
  securitySchemes:
    Token: {type: apiKey, in: header, name: Authorization}
security: [{Token: []}]
paths:
  /pets/:
    get:
      operationId: listPets
      responses:
        '200':
          description: The pets.
          content:
            application/json:
              schema: {type: array, items: {$ref: 'components/pet.yaml#/Pet'}}
        '401': {description: No token.}
`;
const PET = 'Pet:\n  type: object\n  required: [id]\n  properties:\n    id: {type: integer}\n';

describe('cli: --spec URL', function () {
  this.timeout(180_000);
  let server: http.Server;
  let base: string;
  let dir: string;
  const specRequests: Array<string | undefined> = [];
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-spec-url-'));
    server = http.createServer((request, response) => {
      const authorised = request.headers.authorization === `Token ${TOKEN}`;
      const url = request.url ?? '';
      if (url.startsWith('/api/schema/')) specRequests.push(request.headers.authorization);
      if (!authorised) return void response.writeHead(401, { 'content-type': 'application/json' }).end('{"detail":"Authentication credentials were not provided."}');
      if (url === '/api/schema/openapi.yaml') return void response.writeHead(200, { 'content-type': 'application/yaml' }).end(SCHEMA);
      if (url === '/api/schema/components/pet.yaml') return void response.writeHead(200, { 'content-type': 'application/yaml' }).end(PET);
      if (request.method === 'GET' && url.split('?')[0] === '/pets/') return void response.writeHead(200, { 'content-type': 'application/json' }).end('[{"id": 1}]');
      response.writeHead(405, { 'content-type': 'application/json', allow: 'GET' }).end('{"detail":"Method not allowed."}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fetches the document with the token, runs it to a verdict and saves the contract in the report folder', async () => {
    const reports = path.join(dir, 'reports');
    const result = await runCli(['run', '--spec', `${base}/api/schema/openapi.yaml`, '--target', base, '--token', TOKEN, '--runs', '2', '--seed', '1', '--no-html', '--report', reports]);
    expect(result.code, result.stderr.slice(-800)).to.be.oneOf([0, 1]);
    expect(closingCounts(result.stdout)).to.not.equal(undefined);
    expect(result.stdout + result.stderr).to.not.include(TOKEN);
    // Anonymous first, then with the token in the form requests carry it, for the document and its relative $ref.
    expect(specRequests).to.deep.equal([undefined, `Token ${TOKEN}`, undefined, `Token ${TOKEN}`]);
    const summary = JSON.parse(fs.readFileSync(path.join(reports, 'summary.json'), 'utf8')) as Summary;
    expect(new Set(summary.tests.map((row) => row.path[2]))).to.deep.equal(new Set(['GET /pets/ (listPets)']));
    const saved = path.join(reports, 'spec', 'served-pets.json');
    const text = fs.readFileSync(saved, 'utf8');
    expect(text).to.not.include('pet.yaml').and.not.include(TOKEN);
    expect(result.stderr).to.include(saved);
    // The saved contract replays: it loads as a file, self-contained, with the same operation.
    const replay = await loadSpecFile(saved);
    expect(Object.keys(replay.document.paths)).to.deep.equal(['/pets/']);
  });

  for (const [label, url] of [['a bad URL', 'http://'], ['an unreachable host', 'closed']]) {
    it(`${label} is one line and exit 2`, async () => {
      if (url === 'closed') {
        // A port that was free a moment ago: nothing listens there.
        const probe = http.createServer();
        await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
        const port = (probe.address() as AddressInfo).port;
        await new Promise<void>((resolve) => probe.close(() => resolve()));
        return expectOneLine(`http://127.0.0.1:${port}/schema.json`);
      }
      return expectOneLine(url);
    });
  }

  async function expectOneLine(url: string): Promise<void> {
    const result = await runCli(['run', '--spec', url, '--no-html', '--report', path.join(dir, 'bad')]);
    expect(result.code).to.equal(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).to.have.length(1);
    expect(lines[0]).to.match(/^conformance: http:\/\/\S*: (not a valid http\(s\) URL|cannot fetch the spec: ECONNREFUSED)$/);
  }
});
