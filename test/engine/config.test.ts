import { expect } from 'chai';
import { configFromEnv, configToEnv, DEFAULT_CONFIG, parsePathValues, parseWholeNumber, UsageError } from '../../engine/config';
import { selectOperations } from '../../engine/select-operations';
import { deriveSeed } from '../../engine/seed';
import type { Operation } from '../../model/operation';

describe('engine/config', () => {
  it('round-trips a configuration through the environment', () => {
    const config = { ...DEFAULT_CONFIG, target: 'http://127.0.0.1:9', token: 't0ken', seed: 42, runs: 7, only: ['a', 'b'], pathValues: { channel_id: ['1', '2'] }, maxResponseTimeMs: 300 };
    expect(configFromEnv(configToEnv(config))).to.deep.equal(config);
  });
  it('rejects a non-numeric seed with a UsageError naming the option', () => {
    expect(() => parseWholeNumber('12x', '--seed')).to.throw(UsageError, "--seed takes a whole number, not '12x'");
    expect(() => parseWholeNumber('0', '--runs', 1)).to.throw(UsageError, /at least 1/);
  });
  it('parses name=value path parameters', () => {
    expect(parsePathValues(['channel_id=1', 'channel_id=2', 'id=7'])).to.deep.equal({ channel_id: ['1', '2'], id: ['7'] });
    expect(() => parsePathValues(['oops'])).to.throw(UsageError);
  });
});

describe('engine/select-operations', () => {
  const op = (id: string, path: string, tags: string[]): Operation => ({ id, api: 'a', method: 'get', path, tags, parameters: [], responses: [], security: [], sideEffects: false, deprecated: false, inferred: { filters: [] } });
  const ops = [op('listA', '/a/', ['A']), op('getA', '/a/{id}/', ['A']), op('listB', '/b/', ['B'])];
  it('selects by operationId, tag, path and wildcard, then skips', () => {
    expect(selectOperations(ops, ['listA'], []).map((o) => o.id)).to.deep.equal(['listA']);
    expect(selectOperations(ops, ['A'], []).map((o) => o.id)).to.deep.equal(['listA', 'getA']);
    expect(selectOperations(ops, ['/b/'], []).map((o) => o.id)).to.deep.equal(['listB']);
    expect(selectOperations(ops, ['list*'], ['B']).map((o) => o.id)).to.deep.equal(['listA']);
    expect(selectOperations(ops, [], ['GET /a/{id}/']).map((o) => o.id)).to.deep.equal(['listA', 'listB']);
  });
});

describe('engine/seed', () => {
  it('derives stable, label-dependent seeds', () => {
    expect(deriveSeed(1, 'x')).to.equal(deriveSeed(1, 'x'));
    expect(deriveSeed(1, 'x')).to.not.equal(deriveSeed(1, 'y'));
    expect(deriveSeed(1, 'x')).to.not.equal(deriveSeed(2, 'x'));
  });
});
