import { expect } from 'chai';
import { createOas31Adapter } from '../../../model/adapters/oas31';

describe('oas31 adapter', () => {
  it('keeps JSON Schema 2020-12 keywords and drops only OpenAPI-only ones', () => {
    const schema = { type: ['string', 'null'], exclusiveMinimum: 3, example: 'x', examples: ['y'], discriminator: {}, 'x-a': 1 };
    expect(createOas31Adapter().convertSchema(schema, 'request')).to.deep.equal({
      type: ['string', 'null'],
      exclusiveMinimum: 3,
      examples: ['x', 'y'],
    });
  });

  it('applies the direction like the 3.0 adapter', () => {
    const schema = { type: 'object', required: ['id'], properties: { id: { type: 'integer', readOnly: true } } };
    expect(createOas31Adapter().convertSchema(schema, 'request')).to.deep.equal({ type: 'object', properties: {} });
  });
});
