import { expect } from 'chai';
import { mergeFragments, originOf } from '../../spec/merge';
import { SpecError } from '../../spec/errors';

const fragment = (path: string, method: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  openapi: '3.0.3',
  info: { title: 'T', version: '1' },
  components: { schemas: { Thing: { type: 'object', properties: { id: { type: 'integer' } } } } },
  paths: { [path]: { [method]: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } } } } },
  ...extra,
});

describe('spec/merge', () => {
  it('merges paths and identical components, keeping $refs as refs', () => {
    const { document } = mergeFragments([
      { file: 'a.json', document: fragment('/things/', 'get') },
      { file: 'b.json', document: fragment('/things/', 'post') },
      { file: 'c.json', document: fragment('/things/{id}/', 'get') },
    ]);
    expect(Object.keys(document.paths)).to.deep.equal(['/things/', '/things/{id}/']);
    expect(Object.keys(document.paths['/things/']!)).to.deep.equal(['get', 'post']);
    expect(JSON.stringify(document)).to.contain('"$ref":"#/components/schemas/Thing"');
    expect(Object.keys(document.components!.schemas!)).to.deep.equal(['Thing']);
  });

  it('names both files and the component when two fragments define it differently', () => {
    const other = fragment('/others/', 'get');
    (other.components as { schemas: Record<string, unknown> }).schemas.Thing = { type: 'string' };
    expect(() => mergeFragments([{ file: 'a.json', document: fragment('/things/', 'get') }, { file: 'b.json', document: other }]))
      .to.throw(SpecError, /schemas\/Thing .*a\.json.*b\.json/);
  });

  it('rejects the same path and method twice, naming both files', () => {
    expect(() => mergeFragments([{ file: 'a.json', document: fragment('/things/', 'get') }, { file: 'b.json', document: fragment('/things/', 'get') }]))
      .to.throw(SpecError, /GET \/things\/ is defined in both a\.json and b\.json/);
  });

  it("copies each fragment's top-level security onto its operations and drops it from the merged document", () => {
    const secured = fragment('/things/', 'get', { security: [{ Token: [] }] });
    const own = fragment('/things/', 'post', { security: [{ Token: [] }] });
    ((own.paths as Record<string, Record<string, Record<string, unknown>>>)['/things/'].post).security = [];
    const open = fragment('/things/{id}/', 'get');
    const { document } = mergeFragments([
      { file: 'a.json', document: secured },
      { file: 'b.json', document: own },
      { file: 'c.json', document: open },
    ]);
    expect(document.security).to.equal(undefined);
    expect(document.paths['/things/']!.get!.security).to.deep.equal([{ Token: [] }]);
    expect(document.paths['/things/']!.post!.security, 'an operation keeps its own security').to.deep.equal([]);
    expect(document.paths['/things/{id}/']!.get!.security, 'no fragment security, nothing copied').to.equal(undefined);
  });

  it('records which fragment each operation and component came from', () => {
    const { origins } = mergeFragments([
      { file: 'a.json', document: fragment('/things/', 'get') },
      { file: 'b.json', document: fragment('/things/', 'post') },
    ]);
    expect(originOf(origins, '/paths/~1things~1/post/responses/200')).to.equal('b.json');
    expect(originOf(origins, '/components/schemas/Thing/properties')).to.equal('a.json');
  });

  it('refuses documents that are not OpenAPI 3.0 fragments', () => {
    expect(() => mergeFragments([{ file: 'x.json', document: { swagger: '2.0' } }])).to.throw(SpecError, /x\.json: only OpenAPI 3\.0\.x/);
  });
});
