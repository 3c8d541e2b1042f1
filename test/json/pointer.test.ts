import { expect } from 'chai';
import { childPointer, resolvePointer, showPointer } from '../../json/pointer';

describe('checks/support/json-pointer', () => {
  it('escapes and resolves tokens per RFC 6901', () => {
    const pointer = childPointer(childPointer('', 'a/b'), 'm~n');
    expect(pointer).to.equal('/a~1b/m~0n');
    expect(resolvePointer({ 'a/b': { 'm~n': 7 } }, pointer)).to.equal(7);
    expect(resolvePointer({ list: [1, 2] }, '/list/1')).to.equal(2);
  });

  it('returns undefined off the document and does not walk the prototype', () => {
    expect(resolvePointer({ a: 1 }, '/a/b')).to.equal(undefined);
    expect(resolvePointer({}, '/constructor')).to.equal(undefined);
  });

  it('shows the root as /', () => {
    expect(showPointer('')).to.equal('/');
  });
});
