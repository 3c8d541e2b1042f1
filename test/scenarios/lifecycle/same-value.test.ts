import { expect } from 'chai';
import { admitsDateTime, sameValue } from '../../../scenarios/lifecycle/same-value';

describe('semantics/lifecycle: values compared through their schema', function () {
  const dateTime = { type: 'string', format: 'date-time' };

  it('compares date-times as instants, also behind a type array, anyOf or $ref', function () {
    expect(sameValue(dateTime, dateTime, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00+00:00')).to.equal(true);
    const nullable = { anyOf: [dateTime, { type: 'null' }] };
    expect(admitsDateTime(nullable, nullable)).to.equal(true);
    expect(sameValue(nullable, nullable, '2020-01-01T02:00:00+02:00', '2020-01-01T00:00:00Z')).to.equal(true);
    const root = { $defs: { When: dateTime }, type: 'object', properties: { at: { $ref: '#/$defs/When' } } };
    expect(sameValue(root.properties.at, root, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00.000Z')).to.equal(true);
  });

  it('compares other strings exactly, even when they look like date-times', function () {
    const text = { type: 'string' };
    expect(sameValue(text, text, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00+00:00')).to.equal(false);
    expect(sameValue(text, text, 'a', 'a')).to.equal(true);
  });

  it('compares scalars, null and arrays as JSON', function () {
    expect(sameValue({ type: 'integer' }, undefined, 1, 1)).to.equal(true);
    expect(sameValue({ type: 'integer' }, undefined, 1, 2)).to.equal(false);
    expect(sameValue({ type: ['integer', 'null'] }, undefined, null, 0)).to.equal(false);
    expect(sameValue({ type: 'boolean' }, undefined, false, false)).to.equal(true);
    const list = { type: 'array', items: dateTime };
    expect(sameValue(list, list, ['2020-01-01T00:00:00Z'], ['2020-01-01T00:00:00+00:00'])).to.equal(true);
    expect(sameValue(list, list, ['2020-01-01T00:00:00Z'], [])).to.equal(false);
  });

  it('lets a nested object carry keys the server adds, but not lose or change the sent ones', function () {
    const nested = { type: 'object', properties: { name: { type: 'string' } } };
    expect(sameValue(nested, nested, { name: 'x' }, { name: 'x', id: 7 })).to.equal(true);
    expect(sameValue(nested, nested, { name: 'x' }, { id: 7 })).to.equal(false);
    expect(sameValue(nested, nested, { name: 'x' }, { name: 'y' })).to.equal(false);
  });
});
