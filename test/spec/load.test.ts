import { expect } from 'chai';
import SwaggerParser from '@apidevtools/swagger-parser';
import { basename, join } from 'node:path';
import YAML from 'yaml';
import { SpecError } from '../../spec/errors';
import { listBundledApis, loadBundledApi, loadSpecFile } from '../../spec/load';
import { tempSpecDir } from './temp-files';

const images = '/api/channel/{channel_id}/cancellation_request_images/';
const failed = '/api/v1/channel/{channel_id}/failed_integrations/';

describe('spec/load', () => {
  it('lists the bundled APIs', () => {
    expect(listBundledApis()).to.deep.equal(['omnitron', 'oms']);
  });

  for (const name of listBundledApis()) {
    it(`${name}: the corrected document passes swagger-parser validation`, async () => {
      const spec = await loadBundledApi(name);
      expect(spec.overlaysApplied).to.have.length.greaterThan(0);
      await SwaggerParser.validate(structuredClone(spec.document) as never);
    });

    it(`${name}: the document as published passes swagger-parser validation too`, async () => {
      // swagger-parser checks structure, not that security schemes exist or that examples match: those
      // published defects are what `conformance lint` reports (see lint.test.ts).
      const spec = await loadBundledApi(name, { overlays: false });
      expect(spec.overlaysApplied).to.deep.equal([]);
      await SwaggerParser.validate(structuredClone(spec.document) as never);
    });
  }

  it('omnitron: merges the 11 fragments into 11 operations, $refs kept, no top-level security', async () => {
    const spec = await loadBundledApi('omnitron', { overlays: false });
    expect(spec.sources.map((file) => basename(file))).to.have.length(11).and.include('failed-integrations.partial-update.json');
    const operations = Object.values(spec.document.paths).flatMap((item) => Object.keys(item!));
    expect(operations).to.have.length(11);
    expect(spec.document.security).to.equal(undefined);
    expect(spec.document.paths[images]!.get!.security).to.deep.equal([{ JWT: [] }]);
    expect(JSON.stringify(spec.document)).to.contain('"$ref":"#/components/schemas/FailedIntegration"');
  });

  it('omnitron: the overlays apply the corrections', async () => {
    const { document } = await loadBundledApi('omnitron');
    const item = document.paths[`${failed}{id}/`]!;
    expect(document.paths[images]!.get!.security).to.deep.equal([{ Token: [] }]);
    expect(document.paths[`${images}inserts/`]!.get!.responses['401']).to.deep.equal({ $ref: '#/components/responses/401' });
    expect(document.paths[`${images}inserts/`]!.get!.responses).to.have.property('500');
    expect(item.patch!.requestBody).to.deep.include({ content: { 'application/json': { schema: { $ref: '#/components/schemas/PatchedFailedIntegration' } } } });
    expect(document.components!.schemas!.PatchedFailedIntegration).to.not.have.property('required');
    expect(item.put!.responses['200']).to.have.property('content');
    expect(item.patch!.operationId).to.equal('partialUpdateSalesChannelFailedIntegration');
    expect(document.components!.parameters!.attributes).to.include({ style: 'deepObject', explode: true });
    expect(document.components!.parameters!.limit).to.have.nested.property('schema.maximum', 100);
    expect(document.paths[images]!.get!.responses).to.have.property('404');
    for (const op of [item.put!, item.patch!, document.paths[failed]!.post!, document.paths[failed]!.get!]) {
      expect(op.responses).to.have.property('400');
    }
    expect(JSON.stringify(document.components!.responses!['400'])).to.contain('anyOf').and.not.contain('"field"');
  });

  it('oms: the overlays apply the corrections', async () => {
    const { document } = await loadBundledApi('oms');
    const list = document.paths['/api/v1/oms/cancellation-reasons/']!.get!;
    expect(document.paths['/api/v1/oms/cancellation-reasons/pull_from_omnitron/']!.get).to.have.property('x-side-effects', true);
    expect(JSON.stringify(list)).to.not.contain('/api/v1/oms/api/v1/oms/');
    expect(document.components!.schemas!.CancellationReason).to.have.nested.property('properties.created_date.format', 'date-time');
    expect(document.components!.responses!.Unauthorized).to.have.nested.property('content');
    expect(list.responses).to.include.keys('400', '404');
    expect(document.components!.parameters!.limit).to.deep.include({ schema: { type: 'integer', minimum: 1, maximum: 100, default: 10 } });
  });

  it('applies extra overlays after the defaults, found in the API overlays dir', async () => {
    const spec = await loadBundledApi('omnitron', { extraOverlays: ['optional/v1-prefix.yaml'] });
    expect(spec.overlaysApplied.at(-1)).to.match(/optional\/v1-prefix\.yaml$/);
    expect(Object.keys(spec.document.paths).every((path) => path.startsWith('/api/v1/channel/'))).to.equal(true);
  });

  it('loads a user file, naming it by the slug of its title', async () => {
    const dir = tempSpecDir({
      'mine.yaml': YAML.stringify({ openapi: '3.0.3', info: { title: 'My Shop API!', version: '2' }, paths: {} }),
      'fix.yaml': YAML.stringify({ overlay: '1.0.0', info: { title: 'f', version: '1' }, actions: [{ target: '$.info', update: { version: '3' } }] }),
    });
    const spec = await loadSpecFile(join(dir, 'mine.yaml'), { extraOverlays: [join(dir, 'fix.yaml')] });
    expect(spec.name).to.equal('my-shop-api');
    expect(spec.document.info.version).to.equal('3');
  });

  it('bundles a user file with external $refs into internal ones', async () => {
    const dir = tempSpecDir({
      'api.json': { openapi: '3.0.3', info: { title: 'Split', version: '1' }, paths: { '/x': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: 'thing.json' } } } } } } } } },
      'thing.json': { type: 'object', properties: { id: { type: 'integer' } } },
    });
    const spec = await loadSpecFile(join(dir, 'api.json'));
    expect(JSON.stringify(spec.document)).to.not.contain('thing.json');
    expect(JSON.stringify(spec.document)).to.contain('"id":{"type":"integer"}');
  });

  it('fails with one-line SpecErrors naming what is wrong', async () => {
    await expectReject(loadBundledApi('nope'), /unknown API "nope" \(bundled: omnitron, oms\)/);
    await expectReject(loadSpecFile('/nowhere/api.yaml'), /\/nowhere\/api\.yaml: cannot read spec file: no such file/);
    await expectReject(loadBundledApi('omnitron', { extraOverlays: ['missing.yaml'] }), /missing\.yaml: cannot read overlay file/);
  });
});

async function expectReject(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(SpecError);
    expect((error as Error).message).to.match(pattern);
    return;
  }
  throw new Error('expected a rejection');
}
