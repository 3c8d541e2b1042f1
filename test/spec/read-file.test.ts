import { expect } from 'chai';
import fc from 'fast-check';
import { join } from 'node:path';
import { SpecError } from '../../spec/errors';
import { locateJsonSyntaxError } from '../../spec/json-syntax';
import { readStructuredFile } from '../../spec/read-file';
import { tempSpecDir } from './temp-files';

const errorOf = (fn: () => unknown): SpecError => {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(SpecError);
    return error as SpecError;
  }
  throw new Error('expected a SpecError');
};

describe('spec/read-file', () => {
  it('gives file:line:column for a JSON syntax error V8 reports without a position', () => {
    const dir = tempSpecDir({ 'bad.json': '{\n  "openapi": "3.0.3",\n  "info": }\n' });
    const error = errorOf(() => readStructuredFile(join(dir, 'bad.json')));
    expect(error.message).to.match(/bad\.json:3:11: invalid JSON/);
    expect(error.message).to.not.contain('\n');
  });

  it('gives file:line:column for a YAML syntax error', () => {
    const dir = tempSpecDir({ 'bad.yaml': 'openapi: 3.0.3\ninfo:\n  title: [unclosed\n  version: 1\n' });
    expect(errorOf(() => readStructuredFile(join(dir, 'bad.yaml'))).message).to.match(/bad\.yaml:\d+:\d+: invalid YAML/);
  });

  it('reports a duplicate YAML key with its line', () => {
    const dir = tempSpecDir({ 'dup.yml': 'openapi: 3.0.3\nopenapi: 3.0.2\n' });
    expect(errorOf(() => readStructuredFile(join(dir, 'dup.yml'))).message).to.match(/dup\.yml:2:1: invalid YAML/);
  });

  it('names a missing file', () => {
    expect(errorOf(() => readStructuredFile('/nonexistent/spec.yaml')).message).to.equal('/nonexistent/spec.yaml: cannot read spec file: no such file');
  });

  it('locates no error in valid JSON and an error wherever JSON.parse fails', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom('}', ']', ',', ':', '"', 'x', ''), (value, at, junk) => {
        const text = JSON.stringify(value, null, 1);
        expect(locateJsonSyntaxError(text)).to.equal(undefined);
        const position = at % (text.length + 1);
        const broken = text.slice(0, position) + junk + text.slice(position + (junk === '' ? 1 : 0));
        let parses = true;
        try {
          JSON.parse(broken);
        } catch {
          parses = false;
        }
        expect(locateJsonSyntaxError(broken) === undefined).to.equal(parses);
      }),
      { numRuns: 300 },
    );
  });
});
