import { expect } from 'chai';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApiModelTolerant } from '../../model/build-tolerant';
import { SpecError } from '../../spec/errors';
import { loadSpecFile } from '../../spec/load';
import { loadSpecUrl } from '../../spec/load-url';

const ROOT = `openapi: 3.0.3
info: {title: Served Pets, version: "1"}
paths:
  /pets/:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '../components/pet.yaml#/Pet'
`;
const PET = `Pet:
  type: object
  required: [id]
  properties:
    id: {type: integer}
    name: {type: strnig}
`;

interface Seen {
  url: string;
  authorization?: string;
}

/** A loopback server of spec files; with `secret`, every file answers 401 unless `Authorization: Token <secret>` comes. */
async function serve(files: Record<string, string | { redirect: string }>, secret?: string): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((request, response) => {
    seen.push({ url: request.url ?? '', authorization: request.headers.authorization });
    const file = files[request.url ?? ''];
    if (file === undefined) return void response.writeHead(404).end('not found');
    if (typeof file === 'object') return void response.writeHead(302, { location: file.redirect }).end();
    if (secret !== undefined && request.headers.authorization !== `Token ${secret}`) return void response.writeHead(401).end('{"detail":"no"}');
    response.writeHead(200, { 'content-type': 'application/yaml' }).end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function specErrorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(SpecError);
    return (error as Error).message;
  }
  throw new Error('expected a SpecError');
}

describe('spec/load-url', function () {
  this.timeout(30_000);

  it('fetches a document, resolves its relative $refs against the URL and names the file each part came from', async () => {
    const server = await serve({ '/api/schema/openapi.yaml': ROOT, '/api/components/pet.yaml': PET });
    try {
      const spec = await loadSpecFile(`${server.url}/api/schema/openapi.yaml`);
      expect(spec.name).to.equal('served-pets');
      expect(spec.servedWithCredentials).to.equal(undefined);
      expect(JSON.stringify(spec.document)).to.not.contain('pet.yaml');
      const model = await buildApiModelTolerant(spec.document, { name: spec.name, source: spec.sources[0], origins: spec.origins });
      expect(model.operations.map((op) => op.id)).to.deep.equal(['listPets']);
      expect(model.specFindings?.map((f) => f.file)).to.deep.equal([`${server.url}/api/components/pet.yaml`]);
    } finally {
      await server.close();
    }
  });

  it('sends the credentials only after a 401 from the credentials\' origin, to every file, and never elsewhere', async () => {
    const server = await serve({ '/api/schema/openapi.yaml': ROOT, '/api/components/pet.yaml': PET }, 's3cret-token');
    try {
      const href = `${server.url}/api/schema/openapi.yaml`;
      const credentials = { authorization: 'Token s3cret-token' };
      const spec = await loadSpecUrl(href, { credentials, credentialOrigin: server.url });
      // That the document was served only with the credentials is kept: a document declaring no security is then a defect.
      expect(spec.servedWithCredentials).to.equal(true);
      expect(server.seen.map((s) => [s.url, s.authorization])).to.deep.equal([
        ['/api/schema/openapi.yaml', undefined],
        ['/api/schema/openapi.yaml', 'Token s3cret-token'],
        ['/api/components/pet.yaml', undefined],
        ['/api/components/pet.yaml', 'Token s3cret-token'],
      ]);
      server.seen.length = 0;
      const message = await specErrorOf(loadSpecUrl(href, { credentials, credentialOrigin: 'http://elsewhere.example' }));
      expect(message).to.equal(`${href}: cannot fetch the spec: HTTP 401 (credentials are sent only to the --target origin)`);
      expect(server.seen.every((s) => s.authorization === undefined)).to.equal(true);
    } finally {
      await server.close();
    }
  });

  it('drops the credentials when a redirect leaves their origin', async () => {
    const other = await serve({ '/x.yaml': ROOT });
    const server = await serve({ '/api/schema/': { redirect: `${other.url}/x.yaml` } });
    try {
      await specErrorOf(loadSpecUrl(`${server.url}/api/schema/`, { credentials: { authorization: 'Token t' }, credentialOrigin: server.url }));
      expect(other.seen.map((s) => s.authorization)).to.deep.equal([undefined]);
    } finally {
      await server.close();
      await other.close();
    }
  });

  it('bad URLs and unreachable or failing servers are one-line SpecErrors', async () => {
    const server = await serve({ '/not-openapi.json': '{"hello": "world"}', '/broken.yaml': 'openapi: 3.0.3\ninfo: [\n' });
    const closed = await serve({});
    await closed.close();
    try {
      expect(await specErrorOf(loadSpecUrl('http://'))).to.equal('http://: not a valid http(s) URL');
      expect(await specErrorOf(loadSpecUrl(`${server.url}/missing.yaml`))).to.equal(`${server.url}/missing.yaml: cannot fetch the spec: HTTP 404`);
      expect(await specErrorOf(loadSpecUrl(`${closed.url}/a.yaml`))).to.equal(`${closed.url}/a.yaml: cannot fetch the spec: ECONNREFUSED`);
      expect(await specErrorOf(loadSpecUrl(`${server.url}/not-openapi.json`))).to.contain('not an OpenAPI document');
      expect(await specErrorOf(loadSpecUrl(`${server.url}/broken.yaml`))).to.match(/broken\.yaml:\d+:\d+: invalid YAML/);
    } finally {
      await server.close();
    }
  });
});
