/**
 * The coverage phase's cases for whole operations: deterministic, capped, each naming its class, negative ones
 * carrying the mutation the checks describe, methods and bodies probed, and big integers on the wire exactly.
 */
import { expect } from 'chai';
import { coverageCases, UNKNOWN_METHOD } from '../../../generators/cases';
import { serializeCase } from '../../../generators/params/serialize';
import { IntegerText } from '../../../json/integer-text';
import { listFailedIntegrations, parameter, updateFailedIntegration } from './operation-fixtures';

const PATH_VALUES = { channel_id: [1], id: [17] };

describe('generators/cases: coverage phase', () => {
  const list = coverageCases(listFailedIntegrations, { pathValues: PATH_VALUES, undocumentedMethods: ['PUT', 'DELETE', 'TRACE'] });
  const update = coverageCases(updateFailedIntegration, { pathValues: PATH_VALUES });

  it('is deterministic: the same operation gives the same requests', () => {
    const again = coverageCases(listFailedIntegrations, { pathValues: { channel_id: [1], id: [17] }, undocumentedMethods: ['PUT', 'DELETE', 'TRACE'], limit: 200 });
    expect(again.map((c) => serializeCase(c).path)).to.deep.equal(list.map((c) => serializeCase(c).path));
  });

  it('stays within the cap and keeps every target represented', () => {
    const capped = coverageCases(updateFailedIntegration, { pathValues: PATH_VALUES, limit: 40 });
    expect(capped).to.have.length(40);
    const pointers = new Set(capped.map((c) => `${c.coverage?.location} ${c.coverage?.pointer.split('/')[1] ?? ''}`));
    for (const wanted of ['path channel_id', 'path id', 'body retry_count', 'body reason_type', 'body version_date']) expect([...pointers]).to.include(wanted);
  });

  it('every case is a coverage case naming its class; negative ones carry a mutation', () => {
    for (const testCase of [...list, ...update]) {
      expect(testCase.phase).to.equal('coverage');
      expect(testCase.coverage?.class, serializeCase(testCase).path).to.be.a('string');
      if (testCase.mode === 'negative' && !testCase.probe) {
        expect(testCase.mutation?.keyword, testCase.coverage?.class).to.equal(testCase.coverage?.keyword);
        expect(testCase.mutation?.description).to.contain(testCase.coverage?.class ?? '?');
      }
    }
  });

  it('probes every undocumented method, TRACE and an unknown token included', () => {
    const probes = list.filter((c) => c.probe).map((c) => [c.probe?.kind, c.probe?.method, c.coverage?.class]);
    expect(probes).to.deep.include(['undocumented-method', 'TRACE', 'method.trace']);
    expect(probes).to.deep.include(['undocumented-method', 'DELETE', 'method.delete']);
    expect(probes).to.deep.include(['unknown-method', UNKNOWN_METHOD, 'method.unknown-token']);
  });

  it('breaks parameters one way each: bounds, types, repeated, unknown, required missing', () => {
    const classes = (name: string) => list.filter((c) => c.coverage?.pointer === `/${name}`).map((c) => `${c.coverage?.class}:${c.mode}`);
    expect(classes('page')).to.include.members(['integer.minimum:positive', 'integer.minimum-1:negative', 'integer.decimal:negative', 'parameter.repeated:edge', 'integer.int64-max+1:edge']);
    expect(classes('channel')).to.include('parameter.optional-present:positive');
    expect(list.map((c) => c.coverage?.class)).to.include('parameter.unknown');
    expect(serializeCase(list.find((c) => c.coverage?.class === 'parameter.repeated' && c.coverage.pointer === '/page')!).path).to.match(/page=1&page=1/);
  });

  it('tries whole bodies: absent, zero bytes, {}, [], malformed JSON, another content type', () => {
    const bodies = Object.fromEntries(update.filter((c) => c.coverage?.class.startsWith('body.')).map((c) => [c.coverage?.class, c]));
    expect(Object.keys(bodies)).to.include.members(['body.absent', 'body.empty', 'body.empty-object', 'body.array', 'body.malformed-json', 'body.other-content-type']);
    expect(bodies['body.absent'].mode).to.equal('negative');
    expect(serializeCase(bodies['body.malformed-json']).body?.toString()).to.equal('{"unterminated": ');
    expect(serializeCase(bodies['body.other-content-type']).headers['Content-Type']).to.equal('text/plain');
    expect(bodies['body.empty-object'].mode).to.equal('negative');
  });

  it('sends integers beyond 2^53 and 2^64 as their exact digits in path, query and body', () => {
    const wire = (className: string, location: string) => {
      const found = [...list, ...update].find((c) => c.coverage?.class === className && c.coverage.location === location);
      expect(found, `${className} in ${location}`).to.not.equal(undefined);
      return serializeCase(found!);
    };
    expect(wire('integer.2^64', 'path').path).to.contain('/18446744073709551616/');
    expect(wire('integer.far-beyond-2^64', 'query').path).to.match(/=857754583492260207635459871(&|$)/);
    expect(String(wire('integer.int64-max+1', 'body').body)).to.match(/:9223372036854775808[,}]/);
    expect(String(wire('integer.2^53+1', 'body').body)).to.match(/:9007199254740993[,}]/);
    const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Buffer.isBuffer(value);
    const withBig = update.find((c) => isObject(c.body?.value) && Object.values(c.body.value).some((v) => v instanceof IntegerText));
    expect(withBig, 'a body case carrying an IntegerText').to.not.equal(undefined);
  });

  it('reaches the values of a deepObject filter: each string class of attributes[key], NUL among them (as %00 on the wire)', () => {
    const images = { ...listFailedIntegrations, id: 'listImages', parameters: [...listFailedIntegrations.parameters, parameter('attributes', 'query', { type: 'object', additionalProperties: { type: 'string' } }, { style: 'deepObject', explode: true })] };
    const cases = coverageCases(images, { pathValues: PATH_VALUES }).filter((c) => c.coverage?.pointer.startsWith('/attributes/'));
    const nul = cases.find((c) => c.coverage?.class === 'string.nul');
    expect(nul?.mode).to.equal('edge');
    expect(serializeCase(nul!).path).to.match(/[?&]attributes%5Bconformance_key%5D=a%00b(&|$)|[?&]attributes\[conformance_key\]=a%00b(&|$)/);
    for (const wanted of ['string.empty', 'string.control-characters', 'string.non-ascii', 'string.very-long']) expect(cases.map((c) => c.coverage?.class)).to.include(wanted);
  });
});
