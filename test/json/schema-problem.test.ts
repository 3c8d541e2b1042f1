import { expect } from 'chai';
import { schemaProblem } from '../../json/schema-dialect';
import { compiledSchema } from '../../checks/support/schema-validator';
import { isValid } from '../../generators/arbitraries/validator';

// The model's AJV instances skip meta-validation for speed; these show an invalid schema is still refused, in Ajv's words.
describe('json/schema-dialect schemaProblem (one shared meta-schema check)', () => {
  it('names what makes a schema invalid JSON Schema 2020-12, and passes a valid one', () => {
    expect(schemaProblem({ type: 'integer', minimum: 1 })).to.equal(undefined);
    expect(schemaProblem({ type: 'integer', minimum: 'one' })).to.match(/^schema is invalid: .*minimum must be number/);
    expect(schemaProblem({ type: 'strin' })).to.match(/^schema is invalid: /);
  });

  it('the response checks report an invalid schema as not compilable instead of judging with it', () => {
    const compiled = compiledSchema({ type: 'object', properties: { id: { type: 'integer', maximum: '10' } } });
    expect(compiled.ok).to.equal(false);
    if (!compiled.ok) expect(compiled.error).to.match(/^schema is invalid: .*maximum must be number/);
    expect(compiledSchema({ type: 'object', properties: { id: { type: 'integer', maximum: 10 } } }).ok).to.equal(true);
  });

  it('the generators refuse to judge a value against an invalid schema', () => {
    expect(() => isValid({ type: 'string', maxLength: -1 }, 'a')).to.throw(/schema is invalid/);
    expect(isValid({ type: 'string', maxLength: 1 }, 'a')).to.equal(true);
  });
});
