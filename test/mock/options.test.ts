import { expect } from 'chai';
import request from 'supertest';
import { DEVELOPMENT_TOKEN, defaultTokens, resolveOptions } from '../../mock/options';
import { createMockHandler } from '../../mock/server';

describe('mock/options', () => {
  it('reads comma-separated keys from CONFORMANCE_MOCK_TOKENS', () => {
    expect(defaultTokens({ CONFORMANCE_MOCK_TOKENS: ' a , b,,c ' })).to.deep.equal(['a', 'b', 'c']);
  });

  it('falls back to the development key', () => {
    expect(defaultTokens({})).to.deep.equal([DEVELOPMENT_TOKEN]);
    expect(defaultTokens({ CONFORMANCE_MOCK_TOKENS: ' , ' })).to.deep.equal([DEVELOPMENT_TOKEN]);
  });

  it('applies the documented defaults', () => {
    const resolved = resolveOptions({ tokens: ['k'] });
    expect(resolved).to.include({ seed: 1, maxBodyBytes: 1024 * 1024, maxLimit: 100 });
    expect(resolved.tokens).to.deep.equal(['k']);
    expect(resolved.upstreamUrl).to.equal(undefined);
  });

  it('never runs without a key: an empty list means the default', () => {
    expect(resolveOptions({ tokens: [] }).tokens).to.deep.equal(defaultTokens());
  });

  it('serves requests with the environment key when no tokens are given', async () => {
    const saved = process.env.CONFORMANCE_MOCK_TOKENS;
    process.env.CONFORMANCE_MOCK_TOKENS = 'from-env';
    try {
      const handler = createMockHandler();
      expect((await request(handler).get('/api/v1/oms/cancellation-reasons/').set('Authorization', 'Token from-env')).status).to.equal(200);
      expect((await request(handler).get('/api/v1/oms/cancellation-reasons/').set('Authorization', `Token ${DEVELOPMENT_TOKEN}`)).status).to.equal(401);
    } finally {
      if (saved === undefined) delete process.env.CONFORMANCE_MOCK_TOKENS;
      else process.env.CONFORMANCE_MOCK_TOKENS = saved;
    }
  });
});
