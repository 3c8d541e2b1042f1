import { expect } from 'chai';
import { compiledSchema, validatorCompilations } from '../../../checks/support/schema-validator';

describe('checks/support/schema-validator', () => {
  it('compiles each schema object once, however many bodies it validates', () => {
    const schema = { type: 'object', properties: { pk: { type: 'integer' } } };
    const before = validatorCompilations();
    for (let i = 0; i < 1000; i += 1) {
      const compiled = compiledSchema(schema);
      if (!compiled.ok) throw new Error(compiled.error);
      expect(compiled.validate({ pk: i % 2 === 0 ? i : String(i) }) === null).to.equal(i % 2 === 0);
    }
    expect(validatorCompilations() - before).to.equal(1);
  });

  it('compiles an equal but distinct schema object once (the model copies shared definitions per operation)', () => {
    const before = validatorCompilations();
    const first = compiledSchema({ type: 'string', maxLength: 3, title: 'text-cache probe' });
    const second = compiledSchema({ type: 'string', maxLength: 3, title: 'text-cache probe' });
    expect(validatorCompilations() - before).to.equal(1);
    expect(second).to.equal(first);
    compiledSchema({ type: 'string', maxLength: 4, title: 'text-cache probe' });
    expect(validatorCompilations() - before, 'a different schema still compiles').to.equal(2);
  });

  it('caches a schema that does not compile, so it is attempted once', () => {
    const broken = { type: 'string', pattern: '[' };
    const before = validatorCompilations();
    const first = compiledSchema(broken);
    const second = compiledSchema(broken);
    expect(first.ok).to.equal(false);
    expect(second).to.equal(first);
    expect(validatorCompilations() - before).to.equal(1);
  });

  it('handles boolean schemas without compiling', () => {
    const before = validatorCompilations();
    const yes = compiledSchema(true);
    const no = compiledSchema(false);
    expect(yes.ok && yes.validate(1)).to.equal(null);
    expect(no.ok && no.validate(1)).to.have.length(1);
    expect(validatorCompilations()).to.equal(before);
  });

  it('asserts OpenAPI formats, ignores unknown ones, and follows $ref beside siblings (2019-09)', () => {
    const schema = {
      type: 'object',
      properties: { at: { type: 'string', format: 'date-time' }, amount: { type: 'string', format: 'decimal' }, item: { $ref: '#/$defs/Item', type: 'object' } },
      $defs: { Item: { required: ['id'] } },
    };
    const compiled = compiledSchema(schema);
    if (!compiled.ok) throw new Error(compiled.error);
    expect(compiled.validate({ at: '2024-01-02T03:04:05Z', amount: 'anything', item: { id: 1 } })).to.equal(null);
    expect(compiled.validate({ at: 'yesterday' })?.[0].keyword).to.equal('format');
    expect(compiled.validate({ item: {} })?.[0].keyword).to.equal('required');
  });
});
