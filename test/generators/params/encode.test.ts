import { expect } from 'chai';
import fc from 'fast-check';
import { percentEncode, scalarText } from '../../../generators/params/encode';

describe('generators/params/encode', () => {
  it('encodes everything RFC 3986 reserves, including what encodeURIComponent leaves', () => {
    expect(percentEncode("a b/c?d#e&f=g!'()*~-._")).to.equal('a%20b%2Fc%3Fd%23e%26f%3Dg%21%27%28%29%2A~-._');
  });

  it('lets reserved characters through with allowReserved, but still encodes space, % and non-ASCII', () => {
    expect(percentEncode('a/b?c=d&e 50% ü', true)).to.equal('a/b?c=d&e%2050%25%20%C3%BC');
  });

  it('encodes as encodeURIComponent plus the RFC 3986 extras does, also for text with nothing to encode', () => {
    const strict = (text: string): string => encodeURIComponent(text).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[A-Za-z0-9_.~-]*$/), fc.constantFrom('', '-1', '3.5', 'a~b', 'a b', 'a/b'));
    fc.assert(
      fc.property(text, (value) => {
        expect(percentEncode(value)).to.equal(strict(value));
      }),
      { numRuns: 1000, seed: 13 },
    );
  });

  it('round-trips through decodeURIComponent for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => decodeURIComponent(percentEncode(text)) === text));
  });

  it('never leaves a character outside the unreserved set unencoded', () => {
    const onlyUnreservedOrEscapes = /^([A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => onlyUnreservedOrEscapes.test(percentEncode(text))),
      { numRuns: 200 },
    );
  });

  it('renders scalars as text, null as empty, structures as JSON', () => {
    expect([scalarText(3), scalarText(true), scalarText(null), scalarText({ a: 1 })]).to.deep.equal(['3', 'true', '', '{"a":1}']);
  });
});
