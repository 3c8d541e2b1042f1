import { expect } from 'chai';
import fc from 'fast-check';
import { isValid } from '../../../generators/arbitraries/validator';
import { boundaryCases, exampleCases, negativeCaseArbitrary, positiveCaseArbitrary } from '../../../generators/cases';
import { bucketFor, requestKey } from '../../../generators/cases/case-shape';
import { requestMedia } from '../../../generators/cases/request-body';
import { parameterWireForm } from '../../../generators/cases/wire-form';
import type { Case } from '../../../model/case';
import type { Operation } from '../../../model/operation';
import { validationErrors } from '../../../generators/arbitraries/validator';
import { errorPointer } from '../../../generators/mutations/ajv-error-pointer';
import { explainInvalid, expectFailureAt } from '../arbitraries/schema-properties';
import { cancellationReasonDetail, insertCancellationRequestImages, listFailedIntegrations, OPERATIONS, updateFailedIntegration } from './operation-fixtures';

/** Asserts a positive case is valid everywhere: required parameters present, every value and the body valid. */
function expectValidCase(operation: Operation, testCase: Case): void {
  expect(testCase.mode).to.equal('positive');
  expect(testCase.mutation).to.equal(undefined);
  for (const parameter of operation.parameters) {
    const bucket = bucketFor(testCase, parameter);
    if (parameter.required) expect(bucket, `${parameter.name} present`).to.have.property(parameter.name);
    if (parameter.name in bucket) expect(isValid(parameter.schema, bucket[parameter.name]), `${parameter.name}: ${explainInvalid(parameter.schema, bucket[parameter.name])}`).to.equal(true);
  }
  const media = requestMedia(operation);
  if (operation.requestBody?.required) expect(testCase.body, 'required body').to.not.equal(undefined);
  if (testCase.body && media?.schema !== undefined) {
    expect(testCase.body.mediaType).to.equal(media.mediaType);
    expect(isValid(media.schema, testCase.body.value), explainInvalid(media.schema, testCase.body.value)).to.equal(true);
  }
}

describe('generators/cases', () => {
  describe('exampleCases', () => {
    it('uses the valid examples, fills required values and skips examples that break their schema', () => {
      const cases = exampleCases(insertCancellationRequestImages);
      expect(cases).to.have.length(1);
      expect(cases[0].body).to.deep.equal({ value: { cancellation_request: 3, image: 'https://cdn.example.com/a.png', description: 'scratch' }, mediaType: 'application/vnd.akinon+json' });
      expect(cases[0].headers).to.have.property('X-Request-Id');
      expect(cases[0].query).to.not.have.property('search');
    });

    it('cycles through parameter examples and keeps path examples', () => {
      const [first] = exampleCases(listFailedIntegrations);
      expect(first.query).to.deep.equal({ limit: 25 });
      expect(exampleCases(updateFailedIntegration)[0].pathParams.id).to.equal(17);
    });

    it('prefers given path values', () => {
      expect(exampleCases(updateFailedIntegration, { pathValues: { channel_id: [5] } })[0].pathParams.channel_id).to.equal(5);
    });

    it('every example case is a valid positive case', () => {
      for (const operation of OPERATIONS) for (const testCase of exampleCases(operation)) expectValidCase(operation, testCase);
    });
  });

  describe('boundaryCases', () => {
    it('are valid, distinct, and vary one thing at a time from the defaults', () => {
      for (const operation of OPERATIONS) {
        const cases = boundaryCases(operation);
        expect(cases.length, operation.id).to.be.greaterThan(1);
        expect(new Set(cases.map(requestKey)).size).to.equal(cases.length);
        for (const testCase of cases) {
          expect(testCase.phase).to.equal('boundary');
          expectValidCase(operation, testCase);
        }
      }
    });

    it('puts query parameters at their minimum', () => {
      const pages = boundaryCases(listFailedIntegrations).map((testCase) => testCase.query.page);
      expect(pages).to.include(1);
    });

    it('puts body properties at their edges, e.g. retry_count at its minimum 0', () => {
      const retries = boundaryCases(updateFailedIntegration).map((testCase) => (testCase.body?.value as Record<string, unknown>).retry_count);
      expect(retries).to.include(0);
    });
  });

  describe('positiveCaseArbitrary', () => {
    for (const operation of OPERATIONS) {
      it(`${operation.id}: every case is valid`, () => {
        fc.assert(fc.property(positiveCaseArbitrary(operation), (testCase) => expectValidCase(operation, testCase)), { numRuns: 200 });
      });
    }

    it('draws path parameters mostly from the given path values', () => {
      const cases = fc.sample(positiveCaseArbitrary(updateFailedIntegration, { pathValues: { channel_id: [101, 102] } }), { seed: 1, numRuns: 500 });
      const known = cases.filter((testCase) => [101, 102].includes(testCase.pathParams.channel_id as number)).length;
      expect(known / cases.length).to.be.within(0.65, 0.95);
    });

    it('includes optional parameters only sometimes', () => {
      const cases = fc.sample(positiveCaseArbitrary(listFailedIntegrations), { seed: 2, numRuns: 300 });
      const withPage = cases.filter((testCase) => 'page' in testCase.query).length;
      expect(withPage).to.be.within(60, 240);
    });

    it('replays from the same seed', () => {
      const arbitrary = positiveCaseArbitrary(updateFailedIntegration);
      const key = (cases: Case[]) => cases.map(requestKey);
      expect(key(fc.sample(arbitrary, { seed: 4, numRuns: 50 }))).to.deep.equal(key(fc.sample(arbitrary, { seed: 4, numRuns: 50 })));
    });

    it('generates thousands of cases per second', () => {
      const arbitrary = positiveCaseArbitrary(updateFailedIntegration);
      fc.sample(arbitrary, 100);
      const started = process.hrtime.bigint();
      fc.sample(arbitrary, { seed: 8, numRuns: 2000 });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      expect(2000 / seconds).to.be.greaterThan(1000);
    });
  });

  describe('negativeCaseArbitrary', () => {
    for (const operation of OPERATIONS.filter((candidate) => candidate !== cancellationReasonDetail)) {
      it(`${operation.id}: every case names one mutation that really breaks it`, () => {
        fc.assert(
          fc.property(negativeCaseArbitrary(operation), (testCase) => {
            expect(testCase.mode).to.equal('negative');
            expect(testCase.phase).to.equal('negative');
            const mutation = testCase.mutation!;
            expect(mutation.description).to.be.a('string').with.length.greaterThan(0);
            if (mutation.location === 'body') {
              const schema = requestMedia(operation)!.schema!;
              if (mutation.keyword === 'required' && mutation.pointer === '') expect(testCase.body).to.equal(undefined);
              else expectFailureAt(schema, testCase.body!.value, mutation.keyword, mutation.pointer);
              return;
            }
            const name = mutation.pointer.slice(1).split('/')[0];
            const parameter = operation.parameters.find((p) => p.name === name && p.in === mutation.location)!;
            expect(parameter, `parameter of ${mutation.pointer}`).to.not.equal(undefined);
            const bucket = bucketFor(testCase, parameter);
            if (mutation.keyword === 'required') {
              expect(bucket).to.not.have.property(name);
              return;
            }
            // What the server sees is the text form; it must still be wrong once parsed.
            const wire = parameterWireForm(parameter, bucket[name]);
            const errors = validationErrors(parameter.schema, wire, parameter.schema, 'coercing');
            const inner = mutation.pointer.slice(name.length + 1);
            expect(errors.some((error) => error.keyword === mutation.keyword && errorPointer(error) === inner), JSON.stringify(errors)).to.equal(true);
          }),
          { numRuns: 150 },
        );
      });
    }

    it('breaks only what survives serialisation: a string path parameter never gets a type mutation', () => {
      const cases = fc.sample(negativeCaseArbitrary(insertCancellationRequestImages), { seed: 3, numRuns: 300 });
      expect(cases.some((testCase) => testCase.mutation!.location === 'query')).to.equal(false);
      expect(cases.some((testCase) => testCase.mutation!.location === 'header' && testCase.mutation!.keyword === 'required')).to.equal(true);
      expect(cases.some((testCase) => testCase.mutation!.location === 'header' && testCase.mutation!.keyword === 'format')).to.equal(true);
    });

    it('gives integer path parameters a wrong type', () => {
      const cases = fc.sample(negativeCaseArbitrary(updateFailedIntegration), { seed: 5, numRuns: 300 });
      expect(cases.some((testCase) => testCase.mutation!.location === 'path' && testCase.mutation!.keyword === 'type')).to.equal(true);
      expect(cases.some((testCase) => testCase.mutation!.location === 'body')).to.equal(true);
    });

    it('refuses an operation whose requests nothing visible can break', () => {
      expect(() => negativeCaseArbitrary(cancellationReasonDetail)).to.throw(/no single change/);
    });
  });
});
