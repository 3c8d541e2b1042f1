import { expect } from 'chai';
import { IntegerText } from '../../json/integer-text';
import { clampedValue, isCanonicalCoercion, schemaAt } from '../../engine/lenient-values';

describe('engine/lenient-values (clamped and coerced)', () => {
  const limit = { type: 'integer', minimum: 1, maximum: 100 };

  it('clamps a number beyond a declared bound to it, exact big digits and numeric text included; nothing else', () => {
    expect(clampedValue(limit, 101)).to.equal(100);
    expect(clampedValue(limit, new IntegerText(2n ** 64n))).to.equal(100);
    expect(clampedValue(limit, '250')).to.equal(100);
    expect(clampedValue(limit, -5)).to.equal(1);
    expect(clampedValue(limit, 50)).to.equal(undefined);
    expect(clampedValue(limit, 'not-a-number')).to.equal(undefined);
    expect(clampedValue({ type: 'integer' }, 101), 'no bound declared').to.equal(undefined);
  });

  it('finds the schema at a pointer through properties, items and additionalProperties', () => {
    const schema = { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } }, additionalProperties: { type: 'integer' } };
    expect(schemaAt(schema, schema, '/tags/0')).to.deep.equal({ type: 'string' });
    expect(schemaAt(schema, schema, '/other')).to.deep.equal({ type: 'integer' });
  });

  it('takes 1/0 and "true"/"false" as booleans and numeric text as a number, when the result is valid there', () => {
    expect(isCanonicalCoercion({ type: 'boolean' }, {}, 1, true)).to.equal(true);
    expect(isCanonicalCoercion({ type: 'boolean' }, {}, 0, false)).to.equal(true);
    expect(isCanonicalCoercion({ type: 'boolean' }, {}, 'false', false)).to.equal(true);
    expect(isCanonicalCoercion({ type: 'integer', minimum: 0 }, {}, '5', 5)).to.equal(true);
    expect(isCanonicalCoercion({ type: 'number' }, {}, '2.5', 2.5)).to.equal(true);
  });

  it('refuses a value kept as sent, a non-canonical reading, and a coerced value the schema refuses', () => {
    expect(isCanonicalCoercion({ type: 'boolean' }, {}, 1, 1), 'kept as sent').to.equal(false);
    expect(isCanonicalCoercion({ type: 'boolean' }, {}, 1, false), 'not what 1 means').to.equal(false);
    expect(isCanonicalCoercion({ type: 'boolean' }, {}, 2, true), '2 is no boolean').to.equal(false);
    expect(isCanonicalCoercion({ type: 'integer', minimum: 0 }, {}, '-1', -1), 'invalid once coerced').to.equal(false);
    expect(isCanonicalCoercion({ type: 'integer' }, {}, '1.5', 1), 'truncated').to.equal(false);
    expect(isCanonicalCoercion(undefined, {}, 1, true), 'no schema').to.equal(false);
  });
});
