import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect } from 'chai';
import { buildApiModel } from '../../model/build';
import { createAjv, DIALECT_OF, openApiVersionOf } from '../../json/schema-dialect';
import { repoRoot } from '../../spec/paths';
import { loadSpecFile } from '../../spec/load';
import { bodyConformsToSchema } from '../../checks/body-conforms-to-schema';
import { createHttpTarget } from '../../targets/http-target';
import { Failure } from '../../checks/check';
import { makeCase, makeContext } from '../checks/fixtures';
import { serializeCase } from '../../generators/params/serialize';

const FIXTURE = join(repoRoot, 'specs', 'fixtures', 'tuple-3.1.yaml');

/** A server answering every request with `body` as JSON. */
function serve(body: unknown): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

/** Sends the fixture's one operation to a server answering `body` and runs `body conforms to schema` on the answer. */
async function judge(body: unknown): Promise<Failure | undefined> {
  const spec = await loadSpecFile(FIXTURE);
  const api = await buildApiModel(spec.document, { name: 'tuple', source: FIXTURE });
  const operation = api.operations[0];
  const { url, server } = await serve(body);
  const target = createHttpTarget('fixture', url, { timeoutMs: 5000, maxBodyBytes: 1 << 20, maxSockets: 1 });
  try {
    const testCase = makeCase(operation);
    const response = await target.send(serializeCase(testCase));
    expect(bodyConformsToSchema.appliesTo(testCase, operation)).to.equal(true);
    bodyConformsToSchema.run(makeContext({ api }), response, testCase);
    return undefined;
  } catch (err) {
    if (err instanceof Failure) return err;
    throw err;
  } finally {
    await target.close();
    server.close();
  }
}

describe('JSON Schema dialect per OpenAPI version', () => {
  it('reads a document version and maps both versions to draft 2020-12', () => {
    expect(openApiVersionOf({ openapi: '3.1.0' })).to.equal('3.1');
    expect(openApiVersionOf({ openapi: '3.0.3' })).to.equal('3.0');
    expect(DIALECT_OF['3.1']).to.equal('https://json-schema.org/draft/2020-12/schema');
    const validate = createAjv('3.1').compile({ type: 'array', prefixItems: [{ type: 'string' }] });
    expect(validate([1])).to.equal(false);
  });

  it('enforces an OpenAPI 3.1 prefixItems response schema: a body breaking the tuple fails body conforms to schema', async () => {
    const failure = await judge([3, 'apples']);
    expect(failure, 'the violating body must fail').to.be.instanceOf(Failure);
    expect(failure?.category).to.equal('schema mismatch');
    expect(failure?.message).to.contain('at /0: must be string (got 3)');
  });

  it('passes a body that matches the tuple', async () => {
    expect(await judge(['apples', 3])).to.equal(undefined);
  });
});
