import { expect } from 'chai';
import fc from 'fast-check';
import type { Operation, SecurityScheme } from '../../model/operation';
import { credentialsFor, credentialValue, probeCredentials, redact, secretForms, secretHeaderNames, secretList, TOKEN_PLACEHOLDER } from '../../engine/credentials';

const tokenScheme: SecurityScheme = { key: 'Token', type: 'apiKey', in: 'header', paramName: 'Authorization' };
const bearer: SecurityScheme = { key: 'bearer', type: 'http', scheme: 'bearer' };
const queryKey: SecurityScheme = { key: 'k', type: 'apiKey', in: 'query', paramName: 'api_key' };

function operation(security: SecurityScheme[][]): Operation {
  return { id: 'op', api: 'a', method: 'get', path: '/x', tags: [], parameters: [], responses: [], security, sideEffects: false, deprecated: false, inferred: { filters: [] } };
}

describe('engine/credentials', () => {
  it('sends an Authorization apiKey as DRF "Token <key>"', () => {
    expect(credentialValue(tokenScheme, 'abc')).to.equal('Token abc');
    expect(credentialValue(tokenScheme, 'Bearer abc')).to.equal('Bearer abc');
  });
  it('uses Bearer for http bearer and base64 for basic user:pass', () => {
    expect(credentialValue(bearer, 'abc')).to.equal('Bearer abc');
    expect(credentialValue({ key: 'b', type: 'http', scheme: 'basic' }, 'u:p')).to.equal(`Basic ${Buffer.from('u:p').toString('base64')}`);
  });
  it('places credentials by the first security alternative', () => {
    expect(credentialsFor(operation([[tokenScheme]]), 'abc').headers).to.deep.equal({ authorization: 'Token abc' });
    expect(credentialsFor(operation([[queryKey]]), 'abc').query).to.deep.equal({ api_key: 'abc' });
    expect(credentialsFor(operation([]), 'abc').headers).to.deep.equal({});
  });
  it('builds missing, wrong and malformed probe credentials', () => {
    const op = operation([[tokenScheme]]);
    expect(probeCredentials(op, 'missing').headers).to.deep.equal({});
    expect(probeCredentials(op, 'wrong').headers.authorization).to.match(/^Token conformance-wrong-key/);
    expect(probeCredentials(op, 'malformed').headers.authorization).to.equal('Token');
  });
  it('lists secret headers including custom apiKey headers', () => {
    expect(secretHeaderNames(operation([[{ key: 'x', type: 'apiKey', in: 'header', paramName: 'X-Api-Key' }]]))).to.include('x-api-key');
  });
  it('redacts as replacing every form of every secret, longest first, does, also when the text holds none', () => {
    const byReplacing = (text: string, secrets: readonly (string | undefined)[]): string => {
      let out = text;
      for (const secret of secretList(secrets)) for (const form of secretForms(secret)) out = out.split(form).join(TOKEN_PLACEHOLDER);
      return out;
    };
    const secret = fc.oneof(fc.constant(undefined), fc.constantFrom('abc', 's3cr3t', 's3cr3t-token', 'p@ss:w/rd', 'tok'), fc.string({ minLength: 0, maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(secret, { maxLength: 3 }), fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('s3cr3t', 's3cr3t-token', 'p%40ss%3Aw%2Frd', 'czNjcjN0')), { maxLength: 6 }), (secrets, parts) => {
        const text = parts.join(' ');
        expect(redact(text, secrets)).to.equal(byReplacing(text, secrets));
        expect(redact(text, secrets[0])).to.equal(byReplacing(text, [secrets[0]]));
      }),
      { numRuns: 1000, seed: 5 },
    );
  });

  it('redacts every occurrence of the token', () => {
    expect(redact('a s3cr3t-token b s3cr3t-token', 's3cr3t-token')).to.equal(`a ${TOKEN_PLACEHOLDER} b ${TOKEN_PLACEHOLDER}`);
  });
});
