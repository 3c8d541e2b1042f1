import { expect } from 'chai';
import { json } from '../../mock/http/mock-response';
import { pageNumberPaginator, type Paginator } from '../../mock/pagination/paginator';
import { AUTH, failedPath, imagesPath, testApp } from './support';

describe('mock/components (overrides for broken variants)', () => {
  it('replaces one handler and leaves the others', async () => {
    const { agent } = testApp({ overrides: { handlers: { 'failedIntegrations.destroy': () => json(200, { deleted: true }) } } });
    expect((await agent.delete(failedPath(1, 1)).set(AUTH)).body).to.deep.equal({ deleted: true });
    expect((await agent.get(failedPath(1, 1)).set(AUTH)).status).to.equal(200);
  });

  it('replaces the paginator', async () => {
    const offByOne: Paginator = {
      ...pageNumberPaginator,
      envelope: (items, request) => pageNumberPaginator.envelope(items.slice(1), request),
    };
    const reference = testApp();
    const broken = testApp({ overrides: { paginator: offByOne } });
    const good = await reference.agent.get(imagesPath(1)).set(AUTH);
    const bad = await broken.agent.get(imagesPath(1)).set(AUTH);
    expect(bad.body.count).to.equal(good.body.count - 1);
  });

  it('lets a variant send a raw, unparseable body', async () => {
    const { agent } = testApp({ overrides: { postProcess: (response) => ({ ...response, body: undefined, rawBody: '{"count": ' }) } });
    const res = await agent.get(failedPath(1)).set(AUTH).buffer(true).parse((stream, done) => {
      let text = '';
      stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
      stream.on('end', () => done(null, text));
    });
    expect(res.body).to.equal('{"count": ');
  });

  it('replaces authentication', async () => {
    const { agent } = testApp({ overrides: { authenticate: () => undefined } });
    expect((await agent.get(failedPath(1))).status).to.equal(200);
  });

  it('post-processes every response with what answered it', async () => {
    const seen: string[] = [];
    const { agent } = testApp({
      overrides: {
        postProcess: (response, info) => {
          seen.push(`${info.method} ${info.handler ?? '-'} ${response.status}`);
          return info.handler === 'images.inserts' ? { ...response, headers: { ...response.headers, 'Content-Type': 'text/html' } } : response;
        },
      },
    });
    await agent.get(imagesPath(1));
    const altered = await agent.get(imagesPath(1, 'inserts/')).set(AUTH);
    expect(altered.headers['content-type']).to.equal('text/html');
    expect(seen).to.deep.equal(['GET - 401', 'GET images.inserts 200']);
  });
});
