import { expect } from 'chai';
import { Failure } from '../../checks/check';

describe('smoke', () => {
  it('Failure carries its category', () => {
    expect(new Failure('m', 'schema mismatch').category).to.equal('schema mismatch');
  });
});
