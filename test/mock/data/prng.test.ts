import { expect } from 'chai';
import { createPrng } from '../../../mock/data/prng';
import { shuffled } from '../../../mock/data/shuffle';

describe('mock/data/prng', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const take = (seed: number): number[] => {
      const prng = createPrng(seed);
      return Array.from({ length: 20 }, () => prng.next());
    };
    expect(take(5)).to.deep.equal(take(5));
    expect(take(5)).to.not.deep.equal(take(6));
    for (const value of take(11)) expect(value).to.be.at.least(0).and.below(1);
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const prng = createPrng(9);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const value = prng.int(3, 7);
      expect(value).to.be.within(3, 7);
      seen.add(value);
    }
    expect([...seen].sort()).to.deep.equal([3, 4, 5, 6, 7]);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createPrng(1).pick([])).to.throw();
  });

  it('shuffles into a permutation, deterministically', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const once = shuffled(items, createPrng(2));
    expect([...once].sort((x, y) => x - y)).to.deep.equal(items);
    expect(shuffled(items, createPrng(2))).to.deep.equal(once);
    expect(once).to.not.deep.equal(items);
  });
});
