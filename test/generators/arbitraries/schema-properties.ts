/**
 * The shared property set every schema of the corpus must pass (after fast-check's own test suite): positive values
 * validate, boundary values validate, negative values fail at their named mutation, seeds replay, shrinking stays valid.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { schemaToArbitrary } from '../../../generators/arbitraries';
import { boundaryValues } from '../../../generators/arbitraries/boundaries';
import { canonicalJson } from '../../../generators/arbitraries/canonical-json';
import { isValid, validationErrors } from '../../../generators/arbitraries/validator';
import type { JsonSchema } from '../../../model/operation';
import { canViolate, negativeValueArbitrary } from '../../../generators/mutations';
import { errorPointer } from '../../../generators/mutations/ajv-error-pointer';
import type { CorpusEntry } from './schema-corpus';

/** Explains an invalid value in the failure message. */
export function explainInvalid(schema: JsonSchema, value: unknown): string {
  return `${JSON.stringify(value)} is invalid: ${JSON.stringify(validationErrors(schema, value))}`;
}

/** Asserts AJV rejects `value` with an error of `keyword` at `pointer`. */
export function expectFailureAt(schema: JsonSchema, value: unknown, keyword: string, pointer: string): void {
  const errors = validationErrors(schema, value);
  expect(errors.length, `${JSON.stringify(value)} should be invalid`).to.be.greaterThan(0);
  const found = errors.some((error) => error.keyword === keyword && errorPointer(error) === pointer);
  expect(found, `no ${keyword} error at ${pointer}: ${JSON.stringify(errors)}`).to.equal(true);
}

/**
 * A size that fast-check's shrinkers only ever decrease: nodes and keys of containers, code points of strings,
 * digits of a number's magnitude, 1 for true. (JSON text length is not one: a shrunk string may escape longer.)
 */
export function structuralSize(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce<number>((sum, item) => sum + structuralSize(item), 0);
  if (typeof value === 'object' && value !== null) return 1 + Object.values(value).reduce<number>((sum, item) => sum + 1 + structuralSize(item), 0);
  if (typeof value === 'string') return [...value].length;
  if (typeof value === 'number') return Math.abs(Math.trunc(value)).toString().length;
  return value === true ? 1 : 0;
}

/** Registers the shared properties for one corpus entry. */
export function describeSchemaProperties({ name, schema }: CorpusEntry): void {
  describe(name, () => {
    it('every generated value validates with AJV', () => {
      fc.assert(
        fc.property(schemaToArbitrary(schema), (value) => {
          expect(isValid(schema, value), explainInvalid(schema, value)).to.equal(true);
        }),
        { numRuns: 300 },
      );
    });

    it('the same seed gives the same values', () => {
      const first = fc.sample(schemaToArbitrary(schema), { seed: 42, numRuns: 20 });
      const second = fc.sample(schemaToArbitrary(schema), { seed: 42, numRuns: 20 });
      expect(second.map(canonicalJson)).to.deep.equal(first.map(canonicalJson));
    });

    it('every boundary value validates with AJV', () => {
      const values = boundaryValues(schema);
      expect(values.length, 'a satisfiable schema has boundary values').to.be.greaterThan(0);
      for (const value of values) expect(isValid(schema, value), explainInvalid(schema, value)).to.equal(true);
    });

    it('every negative value fails AJV at the keyword and pointer its mutation names', function () {
      if (!canViolate(schema, 'body')) {
        // Only schemas nothing can break may skip: the empty schema.
        expect(canonicalJson(schema)).to.equal('{}');
        this.skip();
      }
      fc.assert(
        fc.property(negativeValueArbitrary(schema, 'body'), ({ value, mutation }) => {
          expect(mutation.description).to.be.a('string').with.length.greaterThan(0);
          expectFailureAt(schema, value, mutation.keyword, mutation.pointer);
        }),
        { numRuns: 100 },
      );
    });

    it('shrinking a failing property yields a still-valid, no larger value', function () {
      const size = structuralSize;
      const sizes = fc.sample(schemaToArbitrary(schema), { seed: 3, numRuns: 100 }).map(size);
      const threshold = Math.min(...sizes);
      if (Math.max(...sizes) === threshold) this.skip(); // one size only (const, small enum): nothing to shrink
      let firstFailure: unknown;
      const result = fc.check(
        fc.property(schemaToArbitrary(schema), (value) => {
          const ok = size(value) <= threshold;
          if (!ok && firstFailure === undefined) firstFailure = value;
          return ok;
        }),
        { seed: 5, numRuns: 500 },
      );
      expect(result.failed, 'values above the smallest size exist').to.equal(true);
      const counterexample = result.counterexample![0];
      expect(isValid(schema, counterexample), explainInvalid(schema, counterexample)).to.equal(true);
      expect(size(counterexample)).to.be.at.most(size(firstFailure));
    });
  });
}
