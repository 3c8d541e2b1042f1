import { expect } from 'chai';
import { join } from 'node:path';
import { bundleApi } from '../../spec/bundle';
import { lintApi } from '../../spec/lint/lint';
import { loadSpecFile } from '../../spec/load';
import { SpecError } from '../../spec/errors';
import { tempSpecDir } from './temp-files';

const FIXTURE = 'specs/fixtures/drf-yasg-swagger2.yaml';

describe('spec/swagger2 (Swagger 2.0 converted on load)', function () {
  this.timeout(30_000);

  it('loads drf-yasg\'s shape as OpenAPI 3.0: definitions, the apiKey, body and formData parameters', async () => {
    const spec = await loadSpecFile(FIXTURE);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test digging into the converted document
    const document = spec.document as unknown as Record<string, any>;
    expect(document.openapi).to.match(/^3\.0\./);
    expect(document.components.schemas).to.have.property('Snippet');
    expect(document.components.securitySchemes.Token).to.deep.equal({ type: 'apiKey', name: 'Authorization', in: 'header' });
    expect(document.paths['/api/snippets/'].post.requestBody.content['application/json'].schema).to.deep.equal({ $ref: '#/components/schemas/Snippet' });
    expect(Object.keys(document.paths['/api/snippets/{id}/attachment/'].post.requestBody.content)).to.deep.equal(['multipart/form-data']);
    expect(spec.findings).to.deep.equal([]);
  });

  it('keeps each conversion warning as a spec finding at its place', async () => {
    const dir = tempSpecDir({
      'tsv.json': {
        swagger: '2.0',
        info: { title: 'Tsv', version: '1' },
        paths: { '/a/': { get: { parameters: [{ name: 'ids', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'tsv' }], responses: { '200': { description: 'ok' } } } } },
      },
    });
    const spec = await loadSpecFile(join(dir, 'tsv.json'));
    expect(spec.findings?.map((f) => [f.kind, f.file, f.pointer])).to.deep.equal([['conversion', join(dir, 'tsv.json'), '/paths/~1a~1/get/parameters/0']]);
    expect(spec.findings?.[0].message).to.contain('collectionFormat:tsv');
    expect(JSON.stringify(spec.document)).to.not.contain('x-s2o-warning');
  });

  it('bundle writes the converted document and lint runs its rules on it', async () => {
    const bundled = JSON.parse(await bundleApi(FIXTURE, { format: 'json' })) as { openapi: string; paths: object };
    expect(bundled.openapi).to.match(/^3\.0\./);
    expect(Object.keys(bundled.paths)).to.have.length(3);
    expect(await lintApi(FIXTURE)).to.deep.equal([]);
    // A 2.0 defect is found in the converted document and named by the 2.0 file.
    const dir = tempSpecDir({
      'jwt.json': {
        swagger: '2.0',
        info: { title: 'Jwt', version: '1' },
        securityDefinitions: { Token: { type: 'apiKey', name: 'Authorization', in: 'header' } },
        paths: { '/a/': { get: { operationId: 'a', security: [{ JWT: [] }], responses: { '200': { description: 'ok' }, '500': { description: 'oops' } } } } },
      },
    });
    const findings = await lintApi(join(dir, 'jwt.json'));
    expect(findings.map((f) => [f.rule, f.file, f.pointer])).to.deep.equal([['undefined-security-scheme', join(dir, 'jwt.json'), '/paths/~1a~1/get/security/0/JWT']]);
  });

  it('a Swagger version other than 2.0 is a SpecError', async () => {
    const dir = tempSpecDir({ 'old.json': { swagger: '1.2', info: { title: 'x', version: '1' }, paths: {} } });
    try {
      await loadSpecFile(join(dir, 'old.json'));
      expect.fail('expected a SpecError');
    } catch (error) {
      expect(error).to.be.instanceOf(SpecError);
      expect((error as Error).message).to.contain('Swagger "1.2" is not supported');
    }
  });
});
