import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { bundleApi, externalRefs } from '../../spec/bundle';
import { listBundledApis, loadBundledApi, loadSpecFile } from '../../spec/load';
import { validateDocument } from '../../spec/validate';
import { tempSpecDir } from './temp-files';

describe('spec/bundle', () => {
  for (const name of listBundledApis()) {
    for (const format of ['yaml', 'json'] as const) {
      it(`${name} as ${format}: self-contained, re-loads to the same corrected document, and validates`, async () => {
        const text = await bundleApi(name, { format });
        const parsed = format === 'json' ? JSON.parse(text) : YAML.parse(text);
        expect(externalRefs(parsed)).to.deep.equal([]);
        if (format === 'yaml') expect(text).to.not.match(/^\s*[^#\n]*[&*][a-z0-9]+\s*$/m);
        const file = join(tempSpecDir({}), `bundled.${format}`);
        writeFileSync(file, text);
        const reloaded = await loadSpecFile(file);
        expect(reloaded.document).to.deep.equal((await loadBundledApi(name)).document);
        await validateDocument(reloaded.document, file);
      });
    }
  }

  it('raw bundles the document as published', async () => {
    const raw = JSON.parse(await bundleApi('omnitron', { format: 'json', raw: true }));
    expect(raw.paths['/api/channel/{channel_id}/cancellation_request_images/'].get.security).to.deep.equal([{ JWT: [] }]);
  });

  it('bundles a user file whose $refs point to other files', async () => {
    const dir = tempSpecDir({
      'api.yaml': YAML.stringify({ openapi: '3.0.3', info: { title: 'Split', version: '1' }, paths: { '/x': { get: { responses: { '200': { $ref: 'parts.yaml#/ok' } } } } } }),
      'parts.yaml': YAML.stringify({ ok: { description: 'fine' } }),
    });
    const parsed = YAML.parse(await bundleApi(join(dir, 'api.yaml'), { format: 'yaml' }));
    expect(externalRefs(parsed)).to.deep.equal([]);
    expect(JSON.stringify(parsed)).to.contain('"description":"fine"');
  });
});
