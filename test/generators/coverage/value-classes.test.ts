/**
 * The coverage phase's value classes for a small schema: each class the issue lists is made, positive values
 * validate with AJV, negative ones do not, and every value names its class and keyword.
 */
import { expect } from 'chai';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { coverageValues, judgeValue, type CoverageValue, type Verdict } from '../../../generators/coverage';
import { approximateIntegers, IntegerText } from '../../../json/integer-text';
import type { JsonSchema } from '../../../model/operation';

const SCHEMA = {
  type: 'object',
  required: ['count', 'name'],
  properties: {
    count: { type: 'integer', minimum: 0, maximum: 100, multipleOf: 5 },
    id: { type: 'integer', format: 'int64' },
    plain: { type: 'integer' },
    ratio: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    name: { type: 'string', minLength: 2, maxLength: 8, pattern: '^[a-z]+$' },
    when: { type: 'string', format: 'date-time' },
    kind: { type: 'string', enum: ['alpha', 'beta'] },
    flag: { type: 'boolean' },
    note: { type: ['string', 'null'], maxLength: 20 },
    tags: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, maxItems: 3, uniqueItems: true },
  },
  additionalProperties: false,
} as const satisfies JsonSchema;

const BASE = { count: 10, name: 'abc' };

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(SCHEMA);

/** Every placed value with its verdict. */
function judgedValues(): { placed: CoverageValue; verdict: Verdict }[] {
  return coverageValues(SCHEMA, SCHEMA, BASE).flatMap((placed) => {
    const verdict = judgeValue(placed, SCHEMA);
    return verdict ? [{ placed, verdict }] : [];
  });
}

function hasBigInteger(value: unknown): boolean {
  if (value instanceof IntegerText) return true;
  if (Array.isArray(value)) return value.some(hasBigInteger);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasBigInteger);
  return false;
}

describe('generators/coverage: value classes', () => {
  const values = judgedValues();
  const byClass = (name: string, pointer?: string) => values.filter(({ placed }) => placed.class === name && (pointer === undefined || placed.pointer === pointer));

  it('is deterministic: the same schema gives the same values', () => {
    const again = judgedValues();
    expect(JSON.stringify(again.map(({ placed }) => [placed.class, placed.pointer]))).to.equal(JSON.stringify(values.map(({ placed }) => [placed.class, placed.pointer])));
  });

  it('every value names a class and a keyword', () => {
    for (const { placed, verdict } of values) {
      expect(placed.class, JSON.stringify(placed.pointer)).to.match(/^[a-z0-9]+\.[a-z0-9^+.-]+$/i);
      expect(verdict.keyword).to.be.a('string').and.not.equal('');
    }
  });

  it('positive values validate with AJV and negative values do not', () => {
    for (const { placed, verdict } of values) {
      // AJV sees a big integer only rounded to a double; those verdicts are exact and checked one by one below.
      if (verdict.expect === 'edge' || hasBigInteger(placed.value)) continue;
      const valid = validate(approximateIntegers(placed.value));
      const what = `${placed.class} at ${placed.pointer}: ${JSON.stringify(approximateIntegers(placed.value))}`;
      if (verdict.expect === 'positive') expect(valid, `${what} should be valid: ${JSON.stringify(validate.errors)}`).to.equal(true);
      else expect(valid, `${what} should be invalid (${verdict.keyword})`).to.equal(false);
    }
  });

  it('negative values break the keyword they name, at the place they name', () => {
    for (const { placed, verdict } of values) {
      if (verdict.expect !== 'negative' || hasBigInteger(placed.value)) continue;
      validate(approximateIntegers(placed.value));
      const keywords = (validate.errors ?? []).map((error) => error.keyword);
      expect(keywords, `${placed.class} at ${placed.pointer}`).to.include(verdict.keyword);
    }
  });

  const expectations: [string, string, Verdict['expect'], string?][] = [
    ['integer.minimum', '/count', 'positive'],
    ['integer.minimum-1', '/count', 'negative', 'minimum'],
    ['integer.maximum', '/count', 'positive'],
    ['integer.maximum+1', '/count', 'negative', 'maximum'],
    ['integer.multiple-of', '/count', 'positive'],
    ['integer.multiple-of-miss', '/count', 'negative', 'multipleOf'],
    ['integer.zero', '/count', 'positive'],
    ['integer.negative', '/count', 'negative', 'minimum'],
    ['integer.decimal', '/count', 'negative', 'type'],
    ['integer.int64-max', '/id', 'positive'],
    ['integer.int64-max+1', '/id', 'negative', 'format'],
    ['integer.int64-min-1', '/id', 'negative', 'format'],
    ['integer.int32-max', '/plain', 'positive'],
    ['integer.int32-max+1', '/plain', 'edge'],
    ['integer.2^53+1', '/plain', 'edge'],
    ['integer.2^64', '/plain', 'edge'],
    ['integer.far-beyond-2^64', '/plain', 'edge'],
    ['number.exclusive-minimum', '/ratio', 'negative', 'exclusiveMinimum'],
    ['number.maximum', '/ratio', 'positive'],
    ['number.maximum+step', '/ratio', 'negative', 'maximum'],
    ['string.min-length', '/name', 'positive'],
    ['string.min-length-1', '/name', 'negative', 'minLength'],
    ['string.max-length', '/name', 'positive'],
    ['string.max-length+1', '/name', 'negative', 'maxLength'],
    ['string.empty', '/name', 'negative'],
    ['string.pattern-miss', '/name', 'negative', 'pattern'],
    ['string.format.date-time', '/when', 'positive'],
    ['string.format.date-time-near-miss', '/when', 'negative', 'format'],
    ['string.non-ascii', '/note', 'positive'],
    ['string.emoji', '/note', 'positive'],
    ['string.control-characters', '/note', 'positive'],
    ['string.very-long', '/note', 'negative', 'maxLength'],
    ['string.very-long', '/when', 'negative', 'format'],
    ['enum.member-1', '/kind', 'positive'],
    ['enum.member-2', '/kind', 'positive'],
    ['enum.other-case', '/kind', 'negative', 'enum'],
    ['enum.other-type', '/kind', 'negative'],
    ['boolean.true', '/flag', 'positive'],
    ['boolean.as-string', '/flag', 'negative', 'type'],
    ['null.nullable', '/note', 'positive'],
    ['null.not-nullable', '/flag', 'negative', 'type'],
    ['type.string-instead', '/count', 'negative', 'type'],
    ['array.min-items', '/tags', 'positive'],
    ['array.min-items-1', '/tags', 'negative', 'minItems'],
    ['array.max-items', '/tags', 'positive'],
    ['array.max-items+1', '/tags', 'negative', 'maxItems'],
    ['array.duplicates', '/tags', 'negative', 'uniqueItems'],
    ['object.required-only', '', 'positive'],
    ['object.optional-added', '/flag', 'positive'],
    ['object.required-missing', '/count', 'negative', 'required'],
    ['object.required-missing', '/name', 'negative', 'required'],
    ['object.no-properties', '', 'negative', 'required'],
    ['object.unknown-property', '/conformance_unknown_property', 'negative', 'additionalProperties'],
  ];
  for (const [name, pointer, expected, keyword] of expectations) {
    it(`${name} at ${pointer || '/'} is ${expected}${keyword ? ` (${keyword})` : ''}`, () => {
      const found = byClass(name, pointer);
      expect(found, `no ${name} at ${pointer}; classes there: ${values.filter((v) => v.placed.pointer === pointer).map((v) => v.placed.class).join(', ')}`).to.have.length.greaterThan(0);
      expect(found[0].verdict.expect).to.equal(expected);
      if (keyword) expect(found[0].verdict.keyword).to.equal(keyword);
    });
  }

  it('integers beyond 2^53 are carried exactly, as digits', () => {
    const [far] = byClass('integer.far-beyond-2^64', '/plain');
    const value = (far.placed.value as Record<string, unknown>).plain;
    expect(value).to.be.instanceOf(IntegerText);
    expect((value as IntegerText).digits).to.equal('857754583492260207635459871');
    const [beyond53] = byClass('integer.2^53+1', '/plain');
    expect(((beyond53.placed.value as Record<string, unknown>).plain as IntegerText).digits).to.equal('9007199254740993');
  });

  it('free-form objects (additionalProperties) get the value classes under a key; with `nul`, a string holding NUL, edge when valid', () => {
    const free = { type: 'object', additionalProperties: { type: 'string' } };
    const values = coverageValues(free, free, { color: 'red' }, { nul: true });
    const nul = values.find((v) => v.class === 'string.nul');
    expect(nul?.pointer).to.equal('/color');
    expect(nul?.value).to.deep.equal({ color: 'a\u0000b' });
    expect(judgeValue(nul as CoverageValue, free)?.expect).to.equal('edge');
    expect(values.some((v) => v.class === 'string.control-characters' && v.pointer === '/color')).to.equal(true);
    expect(coverageValues(free, free, {}).find((v) => v.class === 'string.empty')?.pointer).to.equal('/conformance_key');
    expect(coverageValues(free, free, {}).some((v) => v.class === 'string.nul'), 'NUL only where asked for').to.equal(false);
  });
});
