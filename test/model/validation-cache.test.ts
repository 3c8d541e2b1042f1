import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApiModelTolerant } from '../../model/build-tolerant';
import type { ApiModel } from '../../model/operation';
import { documentKey, isKnownValid, rememberValid, validationCacheDir } from '../../model/validation-cache';

// `components` present: the build's own first repairs would add it, and the key is of the document validated.
const valid = (title = 'Cached'): Record<string, unknown> => ({
  openapi: '3.0.3',
  components: {},
  info: { title, version: '1' },
  paths: { '/widgets/': { get: { operationId: 'listWidgets', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } } } } } },
});

/** The same document with a parameter the OpenAPI schema rejects (`in: formData`): validation makes it a finding. */
const defective = (title = 'Cached'): Record<string, unknown> => {
  const document = valid(title);
  const get = (document.paths as Record<string, Record<string, Record<string, unknown>>>)['/widgets/'].get;
  get.parameters = [{ name: 'page', in: 'formData', schema: { type: 'integer' } }];
  return document;
};

/** A defect only the OpenAPI schema sees (the model itself needs no version): without validation it goes unnoticed. */
const withoutVersion = (title = 'Cached'): Record<string, unknown> => ({ ...valid(), info: { title } });

const build = (document: object): Promise<ApiModel> => buildApiModelTolerant(document, { name: 'cached', source: 'cached.yaml' });

describe('model/validation-cache', () => {
  let base: string;
  let dir: string;
  let saved: string | undefined;

  beforeEach(() => {
    saved = process.env.CONFORMANCE_CACHE_DIR;
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'validation-cache-'));
    process.env.CONFORMANCE_CACHE_DIR = base;
    dir = validationCacheDir() as string;
  });

  afterEach(() => {
    if (saved === undefined) delete process.env.CONFORMANCE_CACHE_DIR;
    else process.env.CONFORMANCE_CACHE_DIR = saved;
    fs.rmSync(base, { recursive: true, force: true });
  });

  it('remembers a document that validated, and builds the same model from the cache', async () => {
    const first = await build(valid());
    expect(isKnownValid(documentKey(valid()), dir)).to.equal(true);
    const second = await build(valid());
    expect(second.operations.map((op) => [op.id, op.responses.map((r) => [r.status, r.content[0]?.schema])])).to.deep.equal(first.operations.map((op) => [op.id, op.responses.map((r) => [r.status, r.content[0]?.schema])]));
    expect(second.specFindings).to.deep.equal([]);
  });

  it('never remembers a document with defects: each build validates it and reports the finding', async () => {
    for (let i = 0; i < 2; i++) {
      const model = await build(defective());
      expect(model.specFindings?.map((f) => f.kind)).to.deep.equal(['unbuildable-operation']);
      expect(model.operations).to.have.length(0);
    }
    expect(isKnownValid(documentKey(defective()), dir)).to.equal(false);
  });

  it('trusts an entry only for the exact content: a changed document is validated again', async () => {
    // An entry for this very content is used (the defect goes unseen: the proof that the cache is consulted) ...
    expect((await build(withoutVersion())).specFindings?.map((f) => f.kind)).to.deep.equal(['invalid-document']);
    rememberValid(documentKey(withoutVersion()), dir);
    expect((await build(withoutVersion())).specFindings).to.deep.equal([]);
    // ... and the same defect in a document changed by one word is validated and found.
    const changed = await build(withoutVersion('Cached, edited'));
    expect(changed.specFindings?.map((f) => f.kind)).to.deep.equal(['invalid-document']);
  });

  it('ignores a corrupted or foreign entry without crashing, and rewrites it', async () => {
    const key = documentKey(valid());
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${key}.json`);
    for (const garbage of ['{"key": "trunc', JSON.stringify({ key: 'another-key', valid: true }), '\u0000\u0001', 'null']) {
      fs.writeFileSync(file, garbage);
      expect(isKnownValid(key, dir)).to.equal(false);
      const model = await build(valid());
      expect(model.operations.map((op) => op.id)).to.deep.equal(['listWidgets']);
      expect(isKnownValid(key, dir)).to.equal(true);
    }
  });

  it('is off with CONFORMANCE_CACHE_DIR=off, and a directory it cannot write is no error', async () => {
    process.env.CONFORMANCE_CACHE_DIR = 'off';
    expect(validationCacheDir()).to.equal(undefined);
    await build(valid());
    expect(fs.readdirSync(base)).to.deep.equal([]);
    // A file where the directory should be: nothing can be written there, the build goes on.
    const blocked = path.join(base, 'blocked');
    fs.writeFileSync(blocked, '');
    rememberValid(documentKey(valid()), path.join(blocked, 'valid-documents'));
    expect(isKnownValid(documentKey(valid()), path.join(blocked, 'valid-documents'))).to.equal(false);
  });
});
