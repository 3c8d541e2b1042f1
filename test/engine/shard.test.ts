import { expect } from 'chai';
import type { Operation } from '../../model/operation';
import { parseShard, UsageError } from '../../engine/config';
import { shardOperations } from '../../engine/shard';

const op = (method: Operation['method'], path: string): Operation => ({ id: `${method}${path}`, api: 'a', method, path, tags: [path.split('/')[1]], parameters: [], responses: [], security: [], sideEffects: method !== 'get', deprecated: false, inferred: { filters: [] } });

describe('engine/shard', () => {
  const a = [op('get', '/x/'), op('post', '/x/'), op('get', '/x/{id}/'), op('delete', '/x/{id}/'), op('get', '/y/')];
  const b = [op('get', '/z/'), op('put', '/z/{id}/')];
  const selected = new Map([['a', a], ['b', b]]);

  it('parses i/n and refuses everything else with one line', () => {
    expect(parseShard('2/4')).to.deep.equal({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).to.deep.equal({ index: 1, count: 1 });
    for (const bad of ['0/2', '3/2', '2', 'a/b', '1/0', '-1/2', '1/2/3', '', '1.5/2']) {
      expect(() => parseShard(bad), bad).to.throw(UsageError, `--shard takes i/n with 1 <= i <= n (e.g. 2/4), not '${bad}'`);
    }
  });

  it('splits into disjoint shares whose union is the whole, for every n', () => {
    for (let count = 1; count <= 9; count++) {
      const seen: Operation[] = [];
      for (let index = 1; index <= count; index++) {
        const share = shardOperations(selected, { index, count });
        seen.push(...share.get('a')!, ...share.get('b')!);
      }
      expect(seen).to.have.length(a.length + b.length);
      expect(seen.map((o) => o.id).sort()).to.deep.equal([...a, ...b].map((o) => o.id).sort());
    }
  });

  it('keeps the operations of one tag together', () => {
    for (let index = 1; index <= 2; index++) {
      const ids = [...shardOperations(selected, { index, count: 2 }).values()].flat().map((o) => o.tags[0]);
      for (const tag of ['x', 'y', 'z']) expect(ids.filter((t) => t === tag).length, tag).to.be.oneOf([0, [...a, ...b].filter((o) => o.tags[0] === tag).length]);
    }
  });

  it('balances tags by size and does not depend on document order', () => {
    // Tags x (4 operations), z (2), y (1) over 2 shares: x alone, z and y together.
    const sizes = [1, 2].map((index) => [...shardOperations(selected, { index, count: 2 }).values()].flat().length);
    expect(sizes).to.deep.equal([4, 3]);
    const reversed = new Map([['b', [...b].reverse()], ['a', [...a].reverse()]]);
    for (let index = 1; index <= 3; index++) {
      const ids = (m: Map<string, Operation[]>): string[] => [...m.values()].flat().map((o) => o.id).sort();
      expect(ids(shardOperations(reversed, { index, count: 3 }))).to.deep.equal(ids(shardOperations(selected, { index, count: 3 })));
    }
  });

  it('leaves the selection alone without a shard', () => {
    expect(shardOperations(selected, undefined)).to.equal(selected);
  });
});
