import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'chai';
import { createOas30Adapter, oas30Keywords } from '../../../model/adapters/oas30';

describe('oas30 adapter', () => {
  describe('keywords of one node', () => {
    it('adds null to the type of a nullable schema', () => {
      expect(oas30Keywords({ type: 'string', nullable: true })).to.deep.equal({ type: ['string', 'null'] });
    });

    it('adds null to the enum of a nullable enum, or null would still be rejected', () => {
      expect(oas30Keywords({ type: 'string', enum: ['a', 'b'], nullable: true })).to.deep.equal({
        type: ['string', 'null'],
        enum: ['a', 'b', null],
      });
    });

    it('wraps a nullable schema without type in anyOf with null', () => {
      const ref = { $ref: '#/$defs/Pet' };
      expect(oas30Keywords({ allOf: [ref], nullable: true })).to.deep.equal({ anyOf: [{ allOf: [ref] }, { type: 'null' }] });
    });

    it('drops nullable: false without widening', () => {
      expect(oas30Keywords({ type: 'integer', nullable: false })).to.deep.equal({ type: 'integer' });
    });

    it('turns boolean exclusive bounds into numeric ones', () => {
      expect(oas30Keywords({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false })).to.deep.equal({
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 9,
      });
    });

    it('moves example into examples, first', () => {
      expect(oas30Keywords({ type: 'string', example: 'x' })).to.deep.equal({ type: 'string', examples: ['x'] });
    });
  });

  describe('whole schemas', () => {
    const pet = {
      type: 'object',
      required: ['id', 'name', 'secret'],
      properties: {
        id: { type: 'integer', readOnly: true },
        name: { type: 'string' },
        secret: { type: 'string', writeOnly: true },
      },
      discriminator: { propertyName: 'name' },
      xml: { name: 'pet' },
      externalDocs: { url: 'https://example.test' },
      'x-vendor': 1,
      deprecated: true,
    };

    it('drops readOnly properties from requests, from properties and required alike', () => {
      const converted = createOas30Adapter().convertSchema(pet, 'request') as Record<string, unknown>;
      expect(Object.keys(converted.properties as object)).to.deep.equal(['name', 'secret']);
      expect(converted.required).to.deep.equal(['name', 'secret']);
    });

    it('drops writeOnly properties from responses', () => {
      const converted = createOas30Adapter().convertSchema(pet, 'response') as Record<string, unknown>;
      expect(Object.keys(converted.properties as object)).to.deep.equal(['id', 'name']);
      expect(converted.required).to.deep.equal(['id', 'name']);
    });

    it('drops a readOnly property that an allOf member declares but the composing schema requires', () => {
      const schema = { allOf: [{ type: 'object', properties: { id: { type: 'integer', readOnly: true } } }], required: ['id'] };
      expect(createOas30Adapter().convertSchema(schema, 'request')).to.deep.equal({ allOf: [{ type: 'object', properties: {} }] });
    });

    it('drops OpenAPI-only keywords and extensions, keeps deprecated as an annotation', () => {
      const converted = createOas30Adapter().convertSchema(pet, 'response') as Record<string, unknown>;
      expect(converted).to.not.have.any.keys('discriminator', 'xml', 'externalDocs', 'x-vendor');
      expect(converted.deprecated).to.equal(true);
    });

    it('leaves the input untouched', () => {
      const before = JSON.stringify(pet);
      createOas30Adapter().convertSchema(pet, 'request');
      expect(JSON.stringify(pet)).to.equal(before);
    });

    it('returns the same object for the same input and direction (memoised)', () => {
      const adapter = createOas30Adapter();
      expect(adapter.convertSchema(pet, 'request')).to.equal(adapter.convertSchema(pet, 'request'));
      expect(adapter.convertSchema(pet, 'request')).to.not.equal(adapter.convertSchema(pet, 'response'));
    });
  });

  describe('recursive schemas', () => {
    /** A Tree whose children are Trees, as swagger-parser leaves it: a real object cycle. */
    function cyclicTree(): Record<string, unknown> {
      const tree: Record<string, unknown> = { type: 'object', required: ['value'], properties: { value: { type: 'integer' } } };
      (tree.properties as Record<string, unknown>).children = { type: 'array', items: tree };
      (tree.properties as Record<string, unknown>).parent = { nullable: true, allOf: [tree] };
      return tree;
    }

    it('become a $ref to a named $defs entry at the root, with no cycle left', () => {
      const tree = cyclicTree();
      const converted = createOas30Adapter(new Map([[tree, 'Tree']])).convertSchema(tree, 'request') as Record<string, unknown>;
      expect(converted.$ref).to.equal('#/$defs/Tree');
      expect(() => JSON.stringify(converted)).to.not.throw();
      const body = (converted.$defs as Record<string, Record<string, Record<string, unknown>>>).Tree;
      expect(body.properties.children).to.deep.equal({ type: 'array', items: { $ref: '#/$defs/Tree' } });
    });

    it('compile in AJV (draft-07 and 2020-12) and validate nested values', () => {
      const tree = cyclicTree();
      const converted = createOas30Adapter().convertSchema({ type: 'array', items: tree }, 'response');
      for (const ajv of [addFormats(new Ajv()), addFormats(new Ajv2020())]) {
        const validate = ajv.compile(converted as object);
        expect(validate([{ value: 1, children: [{ value: 2, children: [{ value: 3, parent: null }] }] }])).to.equal(true);
        expect(validate([{ value: 1, children: [{ value: 2, children: [{ value: 'three' }] }] }])).to.equal(false);
        expect(validate([{ value: 1, children: [{ children: [] }] }])).to.equal(false);
      }
    });

    it('pull in every $defs entry a def refers to, even through another def', () => {
      const a: Record<string, unknown> = { type: 'object', properties: {} };
      const b: Record<string, unknown> = { type: 'object', properties: { a } };
      (a.properties as Record<string, unknown>).b = b;
      const names = new Map<object, string>([
        [a, 'A'],
        [b, 'B'],
      ]);
      const adapter = createOas30Adapter(names);
      const converted = adapter.convertSchema({ type: 'array', items: b }, 'response') as Record<string, unknown>;
      const validate = new Ajv().compile(converted as object);
      expect(validate([{ a: { b: { a: {} } } }])).to.equal(true);
      expect(validate([{ a: { b: { a: 5 } } }])).to.equal(false);
      // A later root reaching the same cycle from elsewhere still gets a complete, compilable schema.
      expect(() => new Ajv().compile(adapter.convertSchema(a, 'response') as object)).to.not.throw();
    });
  });
});
