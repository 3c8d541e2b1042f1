import { expect } from 'chai';
import { instantKey, sameInstant } from '../../../scenarios/lifecycle/instants';

describe('semantics/lifecycle: date-times as instants', function () {
  it('equates one instant written with different offsets', function () {
    expect(sameInstant('2020-01-01T00:00:00Z', '2020-01-01T01:00:00+01:00')).to.equal(true);
    expect(sameInstant('2020-01-01T00:00:00Z', '2019-12-31T19:30:00-04:30')).to.equal(true);
  });

  it('ignores trailing zeros of the fraction and the case of T and Z', function () {
    expect(sameInstant('2020-01-01T00:00:00.5Z', '2020-01-01t00:00:00.500000z')).to.equal(true);
    expect(sameInstant('2020-01-01T00:00:00Z', '2020-01-01T00:00:00.000+00:00')).to.equal(true);
  });

  it('tells apart instants that differ below the millisecond, which Date alone would not', function () {
    expect(sameInstant('2020-01-01T00:00:00.123456Z', '2020-01-01T00:00:00.123457Z')).to.equal(false);
    expect(sameInstant('2020-01-01T00:00:00.123Z', '2020-01-01T00:00:00.1234Z')).to.equal(false);
  });

  it('tells apart different instants and refuses what is not a date-time', function () {
    expect(sameInstant('2020-01-01T00:00:00Z', '2020-01-01T00:00:01Z')).to.equal(false);
    expect(sameInstant('2020-01-01T00:00:00Z', '2020-01-01T00:00:00+01:00')).to.equal(false);
    expect(instantKey('2020-01-01')).to.equal(undefined);
    expect(instantKey('yesterday')).to.equal(undefined);
    expect(sameInstant('yesterday', 'yesterday')).to.equal(false);
  });
});
