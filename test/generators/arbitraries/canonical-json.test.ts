import { expect } from 'chai';
import fc from 'fast-check';
import { allDistinct, canonicalJson } from '../../../generators/arbitraries/canonical-json';

/** canonicalJson as first written (map and join): the appending version must print exactly the same. */
function byMapAndJoin(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(byMapAndJoin).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${byMapAndJoin((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

describe('generators/arbitraries/canonical-json', () => {
  it('prints any value as the map-and-join version does, holes, undefined and -0 included', () => {
    const anything = fc.anything({ withNullPrototype: true, withSparseArray: true, withDate: true, withUnicodeString: true });
    fc.assert(
      fc.property(anything, (value) => {
        expect(canonicalJson(value)).to.equal(byMapAndJoin(value));
      }),
      { numRuns: 2000, seed: 11 },
    );
    expect(canonicalJson([1, , 3])).to.equal('[1,,3]'); // eslint-disable-line no-sparse-arrays
    expect(canonicalJson({ b: [undefined, -0], a: null })).to.equal('{"a":null,"b":[undefined,0]}');
  });

  it('ignores key order, so JSON-equal objects are not distinct', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).to.equal(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
    expect(allDistinct([{ a: 1, b: 2 }, { b: 2, a: 1 }])).to.equal(false);
  });
});
