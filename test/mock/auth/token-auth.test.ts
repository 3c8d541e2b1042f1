import { expect } from 'chai';
import { AUTH, TEST_TOKEN, failedPath, imagesPath, testApp } from '../support';

describe('mock/auth/token-auth', () => {
  const { agent } = testApp({ tokens: [TEST_TOKEN, 'second-key'] });
  const paths = [
    imagesPath(1),
    imagesPath(1, '3/'),
    imagesPath(1, 'inserts/'),
    imagesPath(1, 'updates/'),
    imagesPath(1, 'inserts_or_updates/'),
    failedPath(1),
    '/api/v1/oms/cancellation-reasons/',
    '/api/v1/oms/cancellation-reasons/1/',
    '/api/v1/oms/cancellation-reasons/pull_from_omnitron/',
  ];

  for (const path of paths) {
    it(`answers 401 not_authenticated without credentials on GET ${path}`, async () => {
      const res = await agent.get(path);
      expect(res.status).to.equal(401);
      expect(res.headers['www-authenticate']).to.equal('Token');
      expect(res.headers['content-type']).to.equal('application/json');
      expect(res.body).to.deep.equal({ detail: 'Authentication credentials were not provided.' });
    });
  }

  for (const [label, header, detail] of [
    ['a wrong key', 'Token wrong-key', 'Invalid token.'],
    ['another scheme', `Bearer ${TEST_TOKEN}`, 'Authentication credentials were not provided.'],
    ['the keyword alone', 'Token', 'Invalid token header. No credentials provided.'],
    ['two keys', `Token ${TEST_TOKEN} extra`, 'Invalid token header. Token string should not contain spaces.'],
    ['a key without keyword', TEST_TOKEN, 'Authentication credentials were not provided.'],
    ['a key differing in case', `Token ${TEST_TOKEN.toUpperCase()}`, 'Invalid token.'],
  ]) {
    it(`answers 401 with DRF's message for ${label}`, async () => {
      const res = await agent.get(failedPath(1)).set('Authorization', header as string);
      expect(res.status).to.equal(401);
      expect(res.headers['www-authenticate']).to.equal('Token');
      expect(res.body).to.deep.equal({ detail });
    });
  }

  it('guards writes too, before reading their body', async () => {
    for (const res of [
      await agent.post(failedPath(1)).send({}),
      await agent.put(failedPath(1, 1)).send({}),
      await agent.patch(failedPath(1, 1)).send({}),
      await agent.delete(failedPath(1, 1)),
    ]) {
      expect(res.status).to.equal(401);
    }
    const still = await agent.get(failedPath(1, 1)).set(AUTH);
    expect(still.status).to.equal(200);
  });

  it('accepts every configured key and the keyword in any case', async () => {
    expect((await agent.get(failedPath(1)).set(AUTH)).status).to.equal(200);
    expect((await agent.get(failedPath(1)).set('Authorization', 'Token second-key')).status).to.equal(200);
    expect((await agent.get(failedPath(1)).set('Authorization', `token ${TEST_TOKEN}`)).status).to.equal(200);
  });

  it('treats an empty header as missing credentials', async () => {
    const res = await agent.get(failedPath(1)).set('Authorization', '');
    expect(res.body).to.deep.equal({ detail: 'Authentication credentials were not provided.' });
  });
});
