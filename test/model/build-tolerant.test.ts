import { expect } from 'chai';
import { join } from 'node:path';
import { buildApiModel } from '../../model/build';
import { buildApiModelTolerant } from '../../model/build-tolerant';
import { ModelError } from '../../model/errors';
import type { ApiModel } from '../../model/operation';
import { loadBundledApi, loadSpecFile, type LoadedSpec } from '../../spec/load';
import { tempSpecDir } from '../spec/temp-files';

const build = (spec: LoadedSpec): Promise<ApiModel> =>
  buildApiModelTolerant(spec.document, { name: spec.name, source: spec.sources[0], origins: spec.origins });

const fragment = (path: string, operation: object, components: object = {}): object => ({
  openapi: '3.0.3',
  info: { title: 'Frag', version: '1' },
  paths: { [path]: { get: { responses: { '200': { description: 'ok' } }, ...operation } } },
  components,
});

describe('model/build-tolerant', () => {
  describe('specs/fixtures/defective-document.yaml (an undefined scheme, a dangling $ref, an unbuildable operation)', () => {
    let model: ApiModel;
    before(async () => {
      model = await build(await loadSpecFile('specs/fixtures/defective-document.yaml'));
    });

    it('reports exactly the three defects, each with file, pointer and fallback', () => {
      expect(model.specFindings?.map((f) => [f.kind, f.file, f.pointer, f.fallback])).to.deep.equal([
        ['undefined-security-scheme', 'specs/fixtures/defective-document.yaml', '/paths/~1widgets~1/get/security/0/Session', "the operation is sent with the configured credentials as the document's 'ApiToken' scheme"],
        ['unresolvable-ref', 'specs/fixtures/defective-document.yaml', '/paths/~1widgets~1{id}~1/get/responses/200/content/application~1json/schema', 'the schemas that include it are not judged'],
        ['unbuildable-operation', 'specs/fixtures/defective-document.yaml', '/paths/~1widgets~1/post/parameters/0/in', 'the operation is skipped'],
      ]);
      expect(model.specFindings?.[2].message).to.contain('"formData"').and.to.contain('path, query, header, cookie');
    });

    it('builds the other operations: the undefined scheme sent as the defined one, the dangling schema not judged', () => {
      expect(model.operations.map((op) => op.id)).to.deep.equal(['listWidgets', 'retrieveWidget']);
      const list = model.operations[0];
      expect(list.security).to.deep.equal([[{ key: 'ApiToken', type: 'apiKey', in: 'header', paramName: 'Authorization' }]]);
      const retrieve = model.operations[1];
      const ok = retrieve.responses.find((r) => r.status === '200');
      expect(ok?.content.map((media) => [media.mediaType, media.schema])).to.deep.equal([['application/json', undefined]]);
      // The list's own schema is untouched.
      expect(list.responses.find((r) => r.status === '200')?.content[0].schema).to.have.property('type', 'array');
    });

    it('lists the unbuildable operation as skipped with the reason', () => {
      expect(model.skippedOperations).to.have.length(1);
      expect(model.skippedOperations?.[0].operation).to.equal('POST /widgets/');
      expect(model.skippedOperations?.[0].reason).to.contain('#/paths/~1widgets~1/post/parameters/0/in');
    });
  });

  describe('the bundled documents as published', () => {
    it('omnitron: the undefined JWT scheme is one finding naming the list fragment, and all 11 operations build', async () => {
      const model = await build(await loadBundledApi('omnitron', { overlays: false }));
      expect(model.operations).to.have.length(11);
      expect(model.specFindings).to.have.length(1);
      const [jwt] = model.specFindings ?? [];
      expect(jwt.file).to.equal('specs/omnitron/fragments/cancellation-request-images.list.json');
      expect(jwt.pointer).to.equal('/paths/~1api~1channel~1{channel_id}~1cancellation_request_images~1/get/security/0/JWT');
      const list = model.operations.find((op) => op.path === '/api/channel/{channel_id}/cancellation_request_images/' && op.method === 'get');
      expect(list?.security.map((alt) => alt.map((s) => s.key))).to.deep.equal([['Token']]);
    });

    it('oms and the corrected documents: no findings', async () => {
      for (const spec of [await loadBundledApi('oms', { overlays: false }), await loadBundledApi('omnitron'), await loadBundledApi('oms')]) {
        const model = await build(spec);
        expect(model.specFindings, spec.name).to.deep.equal([]);
        expect(model.skippedOperations, spec.name).to.deep.equal([]);
      }
    });
  });

  describe('provenance through the merge', () => {
    it('an invalid schema in the second fragment is located where it is written and named by that fragment', async () => {
      const dir = tempSpecDir({
        'a.json': fragment('/a/', { operationId: 'a' }),
        'b.json': fragment('/b/', {
          operationId: 'b',
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Broken' } } } } },
        }, { schemas: { Broken: { type: 'object', properties: { n: { type: 'integr' } } } } }),
      });
      const model = await build(await loadSpecFile(dir));
      expect(model.specFindings?.map((f) => [f.kind, f.file, f.pointer, f.fallback])).to.deep.equal([
        ['invalid-schema', join(dir, 'b.json'), '/components/schemas/Broken/properties/n/type', 'that schema is not judged'],
      ]);
      expect(model.operations.map((op) => op.id)).to.deep.equal(['a', 'b']);
      expect(model.operations[1].responses[0].content[0].schema).to.equal(undefined);
    });

    it('the strict build names the fragment the offending operation came from, not the first file', async () => {
      const dir = tempSpecDir({
        'a.json': fragment('/a/', { operationId: 'a' }),
        'b.json': { ...fragment('/b/', { operationId: 'b', security: [{ Nope: [] }] }) },
      });
      const spec = await loadSpecFile(dir);
      try {
        await buildApiModel(spec.document, { name: spec.name, source: spec.sources[0], origins: spec.origins });
        expect.fail('expected a ModelError');
      } catch (error) {
        expect(error).to.be.instanceOf(ModelError);
        expect((error as Error).message).to.contain(join(dir, 'b.json')).and.not.contain('a.json');
      }
    });
  });

  describe('other fallbacks', () => {
    const doc = (paths: object, components: object = {}): object => ({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths, components });

    it('a dangling $ref in a parameter skips that operation only', async () => {
      const model = await buildApiModelTolerant(doc({
        '/x/{id}/': { get: { parameters: [{ $ref: '#/components/parameters/Missing' }], responses: { '200': { description: 'ok' } } } },
        '/y/': { get: { operationId: 'y', responses: { '200': { description: 'ok' } } } },
      }), { name: 't' });
      expect(model.operations.map((op) => op.id)).to.deep.equal(['y']);
      expect(model.specFindings?.map((f) => [f.kind, f.pointer, f.fallback])).to.deep.equal([['unresolvable-ref', '/paths/~1x~1{id}~1/get/parameters/0', 'the operation is skipped']]);
      expect(model.skippedOperations?.map((s) => s.operation)).to.deep.equal(['GET /x/{id}/']);
    });

    it('with no scheme defined at all, an undefined one becomes the Authorization header and the finding says so', async () => {
      const model = await buildApiModelTolerant(doc({ '/y/': { get: { security: [{ JWT: [] }], responses: { '200': { description: 'ok' } } } } }), { name: 't' });
      expect(model.operations[0].security).to.deep.equal([[{ key: 'JWT', type: 'apiKey', in: 'header', paramName: 'Authorization' }]]);
      expect(model.specFindings?.[0].fallback).to.equal('the operation is sent with the configured credentials in the Authorization header');
    });

    it('a document that is not OpenAPI 3 at all still throws', async () => {
      for (const bad of [{ openapi: '4.0.0', info: {}, paths: {} }, { swagger: '1.2', paths: {} }]) {
        let thrown: unknown;
        try {
          await buildApiModelTolerant(bad, { name: 't' });
        } catch (error) {
          thrown = error;
        }
        expect(thrown, JSON.stringify(bad)).to.be.instanceOf(ModelError);
      }
    });

    it('never modifies its input', async () => {
      const input = doc({ '/y/': { get: { security: [{ JWT: [] }], responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/nope' } } } } } } } });
      const before = structuredClone(input);
      await buildApiModelTolerant(input, { name: 't' });
      expect(input).to.deep.equal(before);
    });
  });
});
