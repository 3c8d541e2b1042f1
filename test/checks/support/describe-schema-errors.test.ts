import { expect } from 'chai';
import { describeProblems, schemaProblems } from '../../../checks/support/describe-schema-errors';
import { compiledSchema } from '../../../checks/support/schema-validator';

function problemsOf(schema: { [keyword: string]: unknown }, data: unknown) {
  const compiled = compiledSchema(schema);
  if (!compiled.ok) throw new Error(compiled.error);
  return schemaProblems(compiled.validate(data) ?? [], data);
}

describe('checks/support/describe-schema-errors', () => {
  it('points at an undocumented property when others are forbidden', () => {
    const [problem] = problemsOf({ type: 'object', properties: { a: {} }, additionalProperties: false }, { a: 1, 'b/c': 2 });
    expect(problem.pointer).to.equal('/b~1c');
    expect(problem.text).to.equal('property is not documented and the schema forbids others (got 2)');
  });

  it('says which keys the object has when a required one is missing', () => {
    const [problem] = problemsOf({ type: 'object', required: ['channel'] }, { chanel: 1 });
    expect(problem).to.deep.equal({ pointer: '/channel', text: 'required property is missing (the object has "chanel")' });
  });

  it('folds alternatives of objects into one sentence naming each branch', () => {
    const schema = { anyOf: [{ type: 'object', required: ['detail'] }, { type: 'array' }] };
    const problems = problemsOf(schema, { x: 1 });
    expect(problems).to.have.length(1);
    expect(problems[0].text).to.equal('matches none of the alternatives: at /detail: required property is missing (the object has "x"); or must be array (got {"x":1})');
  });

  it('explains a oneOf that matches more than one branch', () => {
    const [problem] = problemsOf({ oneOf: [{ type: 'integer' }, { type: 'number' }] }, 3);
    expect(problem.text).to.equal('must match exactly one alternative but matches alternatives 0 and 1 (got 3)');
  });

  it('shortens long values and caps the number of problems shown', () => {
    const schema = { type: 'array', items: { type: 'integer' } };
    const data = ['x'.repeat(200), 'b', 'c', 'd', 'e'];
    const text = describeProblems(problemsOf(schema, data));
    expect(text).to.match(/^at \/0: must be integer \(got "x{79}… \(122 more characters\)\)/);
    expect(text).to.contain('at /2: must be integer (got "c") (and 2 more problems)');
  });

  it('names the root pointer /', () => {
    expect(describeProblems(problemsOf({ type: 'object' }, 5))).to.equal('at /: must be object (got 5)');
  });
});
