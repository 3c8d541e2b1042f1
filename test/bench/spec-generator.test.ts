import { expect } from 'chai';
import { buildApiModel } from '../../model/build';
import { countOperations, generateSpec, OPERATION_KINDS } from '../../bench/spec-generator';

/** Every `$ref` in a document, to check each one points at something. */
function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => refs(item, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refs(value, found);
    }
  }
  return found;
}

function resolve(document: Record<string, unknown>, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, token) => (node as Record<string, unknown> | undefined)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

describe('bench/spec-generator', () => {
  it('has exactly the asked number of operations, including counts that end mid-resource', () => {
    for (const n of [1, 4, 5, 10, 23, 100]) expect(countOperations(generateSpec(n)), String(n)).to.equal(n);
  });

  it('is deterministic: the same size gives the same document byte for byte', () => {
    expect(JSON.stringify(generateSpec(37))).to.equal(JSON.stringify(generateSpec(37)));
  });

  it('only has local $refs that resolve, and reuses shared schemas', () => {
    const document = generateSpec(60);
    const all = refs(document);
    for (const ref of all) expect(resolve(document, ref), ref).to.not.equal(undefined);
    expect(all.filter((ref) => ref === '#/components/schemas/Money').length).to.be.greaterThan(1);
    expect(all).to.include('#/components/schemas/Category');
  });

  it('refuses sizes that are not whole positive numbers', () => {
    expect(() => generateSpec(0)).to.throw(RangeError);
    expect(() => generateSpec(2.5)).to.throw(RangeError);
  });

  it('builds into a model with one operation per generated one and unique ids', async () => {
    const api = await buildApiModel(generateSpec(OPERATION_KINDS.length * 2), { name: 'bench' });
    expect(api.operations).to.have.length(10);
    expect(new Set(api.operations.map((op) => op.id)).size).to.equal(10);
    expect(api.operations.map((op) => op.method).sort()).to.deep.equal(['delete', 'delete', 'get', 'get', 'get', 'get', 'post', 'post', 'put', 'put']);
  });
});
