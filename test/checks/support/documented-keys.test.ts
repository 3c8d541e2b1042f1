import { expect } from 'chai';
import { documentedKeys, keysInfo } from '../../../checks/support/documented-keys';

describe('checks/support/documented-keys', () => {
  it('collects top-level keys through allOf, oneOf and local $refs, once each', () => {
    const schema = {
      allOf: [{ $ref: '#/$defs/Base' }, { oneOf: [{ properties: { code: {} } }, { properties: { errors: {} } }] }],
      properties: { detail: {} },
      $defs: { Base: { properties: { detail: {}, status: {} }, allOf: [{ $ref: '#/$defs/Base' }] } },
    };
    expect(documentedKeys(schema)).to.deep.equal(['detail', 'status', 'code', 'errors']);
  });

  it('does not descend into nested properties or items', () => {
    expect(documentedKeys({ properties: { errors: { type: 'array', items: { properties: { field: {} } } } } })).to.deep.equal(['errors']);
    expect(documentedKeys(true)).to.deep.equal([]);
  });
});

describe('checks/support/documented-keys: open keys', () => {
  it('marks a schema that describes other keys, but not one that merely allows them', () => {
    expect(keysInfo({ anyOf: [{ properties: { code: {} }, additionalProperties: { type: 'array' } }] })).to.deep.equal({ names: ['code'], open: true });
    expect(keysInfo({ patternProperties: { '^x-': {} } }).open).to.equal(true);
    expect(keysInfo({ properties: { a: {} }, additionalProperties: true }).open).to.equal(false);
    expect(keysInfo({ additionalProperties: {} }).open).to.equal(false);
  });
});
