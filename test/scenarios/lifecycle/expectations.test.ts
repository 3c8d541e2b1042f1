import { expect } from 'chai';
import { expectCreated, expectPatched, expectReplaced, observe } from '../../../scenarios/lifecycle/expectations';
import type { ObjectShape } from '../../../scenarios/lifecycle/object-shape';

/** A small item: a date-time, a defaulted flag, a nullable integer, and a scope property set from the path. */
function shape(): ObjectShape {
  const root = {
    type: 'object',
    properties: {
      channel: { type: 'integer' },
      at: { type: 'string', format: 'date-time' },
      active: { type: 'boolean', default: true },
      log_id: { type: ['integer', 'null'] },
    },
  };
  return {
    fields: [
      { name: 'channel', schema: root.properties.channel, root, nullable: false },
      { name: 'at', schema: root.properties.at, root, nullable: false },
      { name: 'active', schema: root.properties.active, root, nullable: false, defaultValue: { value: true } },
      { name: 'log_id', schema: root.properties.log_id, root, nullable: true },
    ],
    scope: { property: 'channel', param: 'channel_id', value: 1 },
  };
}

describe('semantics/lifecycle: the model of one object', function () {
  it('expects sent fields as sent (date-times as instants) and the scope from the path', function () {
    const created = expectCreated(shape(), { channel: 1, at: '2020-01-01T00:00:00Z', log_id: 4 }, 'step 1');
    expect(observe(shape(), created, { channel: 1, at: '2020-01-01T01:00:00+01:00', active: true, log_id: 4 }, 'step 1').mismatches).to.deep.equal([]);
    const wrongScope = observe(shape(), created, { channel: 2, at: '2020-01-01T00:00:00Z', active: true, log_id: 4 }, 'step 2').mismatches;
    expect(wrongScope).to.have.length(1);
    expect(wrongScope[0]).to.match(/^channel: got 2, expected 1 \(the path's \{channel_id\}\)$/);
    const lost = observe(shape(), created, { channel: 1, at: '2020-01-01T00:00:00Z', active: true }, 'step 2').mismatches;
    expect(lost).to.deep.equal(['log_id: missing, expected 4 (sent by step 1)']);
  });

  it('pins a server-filled field at its first answer, and then holds the server to it', function () {
    const created = expectCreated(shape(), { channel: 1, at: '2020-01-01T00:00:00Z' }, 'step 1');
    expect(created.active).to.deep.equal({ kind: 'unknown' });
    const first = observe(shape(), created, { channel: 1, at: '2020-01-01T00:00:00Z', active: false, log_id: null }, 'step 1');
    expect(first.mismatches).to.deep.equal([]);
    expect(first.next.active).to.include({ kind: 'known', value: false });
    const changed = observe(shape(), first.next, { channel: 1, at: '2020-01-01T00:00:00Z', active: true, log_id: null }, 'step 2');
    expect(changed.mismatches).to.have.length(1);
    expect(changed.mismatches[0]).to.contain('active: got true, expected false (filled by the server, first answered by step 1)');
  });

  it('after a partial update expects the sent fields changed and every other field unchanged', function () {
    const base = observe(shape(), expectCreated(shape(), { channel: 1, at: '2020-01-01T00:00:00Z', active: true, log_id: 4 }, 'step 1'), { channel: 1, at: '2020-01-01T00:00:00Z', active: true, log_id: 4 }, 'step 1').next;
    const patched = expectPatched(shape(), base, { active: false }, 'step 2');
    expect(observe(shape(), patched, { channel: 1, at: '2020-01-01T00:00:00Z', active: false, log_id: 4 }, 'step 3').mismatches).to.deep.equal([]);
    expect(observe(shape(), patched, { channel: 1, at: '2020-01-01T00:00:00Z', active: true, log_id: 4 }, 'step 3').mismatches).to.deep.equal([
      'active: got true, expected false (sent by step 2)',
    ]);
    expect(observe(shape(), patched, { channel: 1, at: '2020-01-01T00:00:00Z', active: false, log_id: null }, 'step 3').mismatches).to.deep.equal([
      'log_id: got null, expected 4 (sent by step 1)',
    ]);
  });

  it('after a full update expects the sent fields replaced, nulls included', function () {
    const base = expectCreated(shape(), { channel: 1, at: '2020-01-01T00:00:00Z', active: false, log_id: 4 }, 'step 1');
    const replaced = expectReplaced(shape(), base, { channel: 1, at: '2021-01-01T00:00:00Z', active: true, log_id: null }, 'step 2');
    expect(observe(shape(), replaced, { channel: 1, at: '2021-01-01T00:00:00Z', active: true, log_id: null }, 'step 3').mismatches).to.deep.equal([]);
    const merged = observe(shape(), replaced, { channel: 1, at: '2021-01-01T00:00:00Z', active: true, log_id: 4 }, 'step 3').mismatches;
    expect(merged).to.deep.equal(['log_id: got 4, expected null (sent by step 2)']);
  });

  it('after a full update lets a left-out field be kept or reset to its default, then holds to the answer', function () {
    const base = expectCreated(shape(), { channel: 1, at: '2020-01-01T00:00:00Z', active: false, log_id: 4 }, 'step 1');
    const replaced = expectReplaced(shape(), base, { channel: 1, at: '2020-01-01T00:00:00Z' }, 'step 2');
    for (const [active, log_id] of [[false, 4], [true, null], [false, null], [true, 4]] as const) {
      expect(observe(shape(), replaced, { channel: 1, at: '2020-01-01T00:00:00Z', active, log_id }, 'step 3').mismatches).to.deep.equal([]);
    }
    expect(observe(shape(), replaced, { channel: 1, at: '2020-01-01T00:00:00Z', active: false, log_id: 5 }, 'step 3').mismatches[0]).to.match(/^log_id: got 5, expected one of 4, null/);
    const reset = observe(shape(), replaced, { channel: 1, at: '2020-01-01T00:00:00Z', active: true, log_id: null }, 'step 3').next;
    expect(observe(shape(), reset, { channel: 1, at: '2020-01-01T00:00:00Z', active: false, log_id: null }, 'step 4').mismatches).to.have.length(1);
  });
});
