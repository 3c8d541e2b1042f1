import { expect } from 'chai';
import { categorise, shortUrl, summarise } from '../../bench/cpu-categories';
import { table } from '../../bench/markdown-table';
import { withGrowth } from '../../bench/scale';
import { growthExponent, growthFactor, median, percent, significant } from '../../bench/stats';
import { clockToSeconds, parseTimeVerbose } from '../../bench/time-verbose';
import type { ScaleChildResult } from '../../bench/results';

describe('bench/stats', () => {
  it('takes medians of odd and even counts and refuses an empty list', () => {
    expect(median([3, 1, 2])).to.equal(2);
    expect(median([4, 1, 3, 2])).to.equal(2.5);
    expect(() => median([])).to.throw(RangeError);
  });

  it('measures growth against linear', () => {
    expect(growthFactor(10, 1, 100, 10)).to.equal(1);
    expect(growthFactor(10, 1, 100, 100)).to.equal(10);
    expect(growthExponent(10, 1, 100, 100)).to.be.closeTo(2, 1e-9);
    expect(growthExponent(100, 2, 1000, 20)).to.be.closeTo(1, 1e-9);
  });

  it('rounds for people', () => {
    expect(significant(0.012345)).to.equal('0.0123');
    expect(significant(1234.5)).to.equal('1235');
    expect(significant(0)).to.equal('0');
    expect(percent(0.4567)).to.equal('45.7 %');
  });
});

describe('bench/scale withGrowth', () => {
  const row = (operations: number, loadSeconds: number, peakMB: number): ScaleChildResult => ({
    operations,
    documentBytes: 0,
    loadSeconds,
    loadCpuSeconds: loadSeconds,
    stages: { readSeconds: 0, modelSeconds: 0, validatorsSeconds: 0, arbitrariesSeconds: 0 },
    validators: 0,
    invalidSchemas: 0,
    peakMB,
    baselineMB: 100,
  });

  it('leaves the first size alone and relates each next one to its predecessor', () => {
    const rows = withGrowth([row(10, 1, 110), row(100, 10, 200), row(1000, 400, 1100)]);
    expect(rows[0].timeGrowth).to.equal(undefined);
    expect(rows[1].timeGrowth).to.equal(1);
    expect(rows[1].memoryGrowth).to.equal(1);
    expect(rows[2].timeGrowth).to.equal(4);
  });
});

describe('bench/time-verbose', () => {
  const report = [
    '\tCommand being timed: "node bin/conformance.js run"',
    '\tUser time (seconds): 5.77',
    '\tSystem time (seconds): 1.43',
    '\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.71',
    '\tMaximum resident set size (kbytes): 279000',
  ].join('\n');

  it('reads wall clock, peak RSS and CPU times', () => {
    const parsed = parseTimeVerbose(report);
    expect(parsed?.wallSeconds).to.be.closeTo(62.71, 1e-9);
    expect(parsed?.peakMB).to.be.closeTo(279000 / 1024, 1e-9);
    expect(parsed?.userSeconds).to.equal(5.77);
    expect(parsed?.systemSeconds).to.equal(1.43);
  });

  it('returns undefined for text without the block, and reads h:mm:ss clocks', () => {
    expect(parseTimeVerbose('conformance: 1 passed')).to.equal(undefined);
    expect(clockToSeconds('1:00:03')).to.equal(3603);
    expect(() => clockToSeconds('soon')).to.throw();
  });
});

describe('bench/cpu-categories', () => {
  it('sorts frames by the file they live in', () => {
    expect(categorise('generate', 'file:///p/node_modules/fast-check/lib/cjs/fast-check.js')).to.match(/^generation/);
    expect(categorise('serializeCase', 'file:///p/generators/params/serialize.ts')).to.match(/^serialisation/);
    expect(categorise('validate12', '')).to.match(/^validation/);
    expect(categorise('compile', 'file:///p/node_modules/ajv/dist/core.js')).to.match(/^validation/);
    expect(categorise('respond', 'file:///p/mock/pipeline.ts')).to.match(/^reference server/);
    expect(categorise('parserOnIncoming', 'node:_http_server')).to.match(/^Node http/);
    expect(categorise('(idle)', '')).to.match(/^idle/);
    expect(categorise('(garbage collector)', '')).to.equal('garbage collection');
    expect(categorise('whatever', 'file:///elsewhere.js')).to.equal('other');
  });

  it('adds each sample\'s time delta to its frame\'s category and function', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: 'generate', url: '/x/node_modules/fast-check/a.js' } },
        { id: 2, callFrame: { functionName: '(idle)', url: '' } },
      ],
      samples: [1, 2, 1],
      timeDeltas: [1000, 2000, 3000],
    };
    const { byCategory, byFunction } = summarise(profile);
    expect(byCategory.get('generation (fast-check, arbitraries, cases)')).to.equal(4);
    expect(byCategory.get('idle (waiting on I/O)')).to.equal(2);
    expect(byFunction.get('generate fast-check/a.js')).to.equal(4);
  });

  it('shortens file URLs to the part a reader recognises', () => {
    expect(shortUrl('file:///work/main/node_modules/ajv/dist/core.js')).to.equal('ajv/dist/core.js');
    expect(shortUrl('file:///work/main/engine/exchange.ts')).to.equal('engine/exchange.ts');
  });
});

describe('bench/report-markdown table', () => {
  it('renders a header, a rule and escaped cells', () => {
    expect(table(['a', 'b'], [['1', 'x|y']])).to.equal('| a | b |\n|---|---|\n| 1 | x\\|y |');
  });
});
