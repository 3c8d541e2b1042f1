import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { cachedParse, survivesJson } from '../../spec/parse-cache';
import { parseStructuredText } from '../../spec/read-file';

describe('spec/parse-cache', () => {
  let dir: string;
  let calls: number;
  const parse = (text: string): unknown => {
    calls++;
    return YAML.parse(text);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parse-cache-'));
    calls = 0;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('parses a text once: the same text again comes from the cache, equal and a fresh copy', () => {
    const text = 'openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\n';
    const first = cachedParse(text, parse, dir) as Record<string, unknown>;
    const second = cachedParse(text, parse, dir) as Record<string, unknown>;
    expect(calls).to.equal(1);
    expect(second).to.deep.equal(first);
    expect(second).to.not.equal(first);
    cachedParse(`${text}# edited\n`, parse, dir);
    expect(calls).to.equal(2);
  });

  it('does not remember values a JSON round trip would change (infinity, NaN, -0, aliases)', () => {
    for (const text of ['a: .inf', 'a: .nan', 'a: -0.0', 'a: &x { b: 1 }\nc: *x']) {
      calls = 0;
      cachedParse(text, parse, dir);
      cachedParse(text, parse, dir);
      expect(calls, text).to.equal(2);
    }
    expect(survivesJson({ a: [1, 'x', null, true, { b: 2 }] })).to.equal(true);
    const shared = { b: 1 };
    expect(survivesJson({ a: shared, c: shared })).to.equal(false);
    expect(survivesJson(JSON.parse('{"__proto__": 1}'))).to.equal(false);
  });

  it('a corrupted entry is a miss, parsed again; with CONFORMANCE_CACHE_DIR=off every text is parsed', () => {
    cachedParse('a: 1', parse, dir);
    for (const file of fs.readdirSync(dir)) fs.writeFileSync(path.join(dir, file), '{"key": "tor');
    expect(cachedParse('a: 1', parse, dir)).to.deep.equal({ a: 1 });
    expect(calls).to.equal(2);
    const saved = process.env.CONFORMANCE_CACHE_DIR;
    process.env.CONFORMANCE_CACHE_DIR = 'off';
    try {
      cachedParse('a: 1', parse);
      cachedParse('a: 1', parse);
    } finally {
      if (saved === undefined) delete process.env.CONFORMANCE_CACHE_DIR;
      else process.env.CONFORMANCE_CACHE_DIR = saved;
    }
    expect(calls).to.equal(4);
  });

  it('an invalid YAML file is reported with its position on every read, cached or not', () => {
    for (let i = 0; i < 2; i++) expect(() => parseStructuredText('a: [1, 2\nb: 3\n', 'broken.yaml')).to.throw(/broken\.yaml:\d+:\d+: invalid YAML/);
  });
});
