import { expect } from 'chai';
import fc from 'fast-check';
import { Ledger, type LedgerEntry } from '../../engine/ledger';

/** The ledger's lookups as plain scans over every entry: what the indexed Ledger must answer the same as. */
const scan = {
  live: (entries: LedgerEntry[], api: string, collection: string, scope: Record<string, unknown>) =>
    entries.filter((e) => !e.removed && e.key !== undefined && e.api === api && e.collection === collection && Object.entries(scope).every(([k, v]) => String(e.scope[k]) === String(v))),
  owns: (entries: LedgerEntry[], api: string, collection: string, key: unknown) =>
    entries.some((e) => e.api === api && e.collection === collection && e.key !== undefined && String(e.key) === String(key)),
  moved: (entries: LedgerEntry[], api: string, collection: string, key: unknown) =>
    entries.find((e) => !e.removed && e.api === api && e.collection === collection && e.key !== undefined && String(e.key) === String(key)),
};

const apis = fc.constantFrom('a', 'b');
const collections = fc.constantFrom('/c/{s}/x/', '/c/{s}/y/');
const keys = fc.oneof(fc.constantFrom(1, 2, '1', '2', undefined));
const scopes = fc.record({ s: fc.constantFrom(1, '1', 2) });
const step = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), api: apis, collection: collections, key: keys, scope: scopes }),
  fc.record({ kind: fc.constant('remove' as const), api: apis, collection: collections, key: keys, scope: scopes }),
  fc.record({ kind: fc.constant('move' as const), api: apis, collection: collections, key: keys, scope: scopes }),
);

describe('Ledger (indexed by api, collection and key)', () => {
  it('answers live, liveWithKey, owns and moved as a scan over every entry does, through adds, removals and moves', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), apis, collections, keys, scopes, (steps, api, collection, key, scope) => {
        const ledger = new Ledger();
        for (const s of steps) {
          if (s.kind === 'add') ledger.add({ api: s.api, collection: s.collection, createdBy: 'create', scope: s.scope, param: 'id', key: s.key });
          else if (s.kind === 'remove') ledger.markRemoved(s.api, s.collection, s.key, s.scope);
          else {
            const expected = scan.moved(ledger.entries, s.api, s.collection, s.key);
            expect(ledger.moved(s.api, s.collection, s.key, 's', 3)).to.equal(expected);
          }
        }
        expect(ledger.live(api, collection, scope)).to.deep.equal(scan.live(ledger.entries, api, collection, scope));
        expect(ledger.live(api, collection)).to.deep.equal(scan.live(ledger.entries, api, collection, {}));
        expect(ledger.liveWithKey(api, collection, key, scope)).to.equal(scan.live(ledger.entries, api, collection, scope).find((e) => String(e.key) === String(key)));
        expect(ledger.owns(api, collection, key)).to.equal(scan.owns(ledger.entries, api, collection, key));
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('marks only the entry its DELETE named by key and every scope value', () => {
    const ledger = new Ledger();
    const one = ledger.add({ api: 'a', collection: '/c/{s}/x/', createdBy: 'create', scope: { s: 1 }, param: 'id', key: 7 });
    const other = ledger.add({ api: 'a', collection: '/c/{s}/x/', createdBy: 'create', scope: { s: 2 }, param: 'id', key: 7 });
    ledger.markRemoved('a', '/c/{s}/x/', '7', { s: '1', id: '7' });
    expect([one.removed, other.removed]).to.deep.equal([true, false]);
    expect(ledger.liveWithKey('a', '/c/{s}/x/', 7)).to.equal(other);
  });
});
