import { expect } from 'chai';
import type { Operation, SecurityScheme } from '../../model/operation';
import { credentialsFor, credentialValue, probeCredentials, redact, secretHeaderNames, TOKEN_PLACEHOLDER } from '../../engine/credentials';

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
  it('redacts every occurrence of the token', () => {
    expect(redact('a s3cr3t-token b s3cr3t-token', 's3cr3t-token')).to.equal(`a ${TOKEN_PLACEHOLDER} b ${TOKEN_PLACEHOLDER}`);
  });
});
