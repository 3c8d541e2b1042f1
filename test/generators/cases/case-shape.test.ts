import { expect } from 'chai';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { cloneValue } from '../../../generators/cases/case-shape';

/** The copy structuredClone makes, with each object's prototype, so the two copies can be compared exactly. */
function shapeOf(value: unknown, seen = new Set<object>()): unknown {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  const prototype = Object.getPrototypeOf(value) as object | null;
  return { prototype, keys: Reflect.ownKeys(value).map((key) => [key, shapeOf((value as Record<PropertyKey, unknown>)[key], seen)]) };
}

describe('cloneValue (the copy copyCase makes)', () => {
  it('equals structuredClone for any value a case can hold, prototypes and own keys included', () => {
    const anything = fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withObjectString: true, withBigInt: true, withUnicodeString: true });
    fc.assert(
      fc.property(anything, (value) => {
        const copy = cloneValue(value);
        expect(isDeepStrictEqual(copy, structuredClone(value))).to.equal(true);
        expect(isDeepStrictEqual(shapeOf(copy), shapeOf(structuredClone(value)))).to.equal(true);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('leaves the original alone when the copy is edited', () => {
    const original = { a: [{ b: 1 }], c: { d: 'x' } };
    const copy = cloneValue(original);
    copy.a[0].b = 2;
    copy.c.d = 'y';
    expect(original).to.deep.equal({ a: [{ b: 1 }], c: { d: 'x' } });
  });

  it('keeps an own __proto__ key as a property, as structuredClone does', () => {
    const parsed = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    const copy = cloneValue(parsed);
    expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
    expect(Object.keys(copy)).to.deep.equal(['__proto__']);
    expect(isDeepStrictEqual(copy, structuredClone(parsed))).to.equal(true);
  });

  it('keeps shared references shared and holes and extra array properties as structuredClone does', () => {
    const shared = { k: 1 };
    const copy = cloneValue({ a: shared, b: shared });
    expect(copy.a).to.equal(copy.b).and.not.equal(shared);
    const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
    const named = Object.assign([1, 2], { extra: 3 });
    expect(isDeepStrictEqual(cloneValue(sparse), structuredClone(sparse))).to.equal(true);
    expect(isDeepStrictEqual(cloneValue(named), structuredClone(named))).to.equal(true);
  });

  it('keeps a Buffer a structuredClone copy (not a hand-walked one)', () => {
    const buffer = Buffer.from('abc');
    expect(isDeepStrictEqual(cloneValue(buffer), structuredClone(buffer))).to.equal(true);
  });
});
