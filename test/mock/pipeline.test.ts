import { expect } from 'chai';
import { AUTH, failedPath, imagesPath, testApp, validFailedIntegration } from './support';

describe('mock/pipeline', () => {
  const { agent } = testApp({ maxBodyBytes: 1024 });

  it('answers 404 JSON for an unknown route, before authentication', async () => {
    for (const path of ['/', '/api/v2/channel/1/failed_integrations/', '/api/v1/channel/1/failed_integrations', '/api/v1/oms/cancellation-reasons/1/extra/']) {
      const res = await agent.get(path);
      expect(res.status, path).to.equal(404);
      expect(res.headers['content-type']).to.equal('application/json');
      expect(res.body).to.deep.equal({ detail: 'Not found.' });
    }
  });

  it('answers 405 with Allow listing the documented methods', async () => {
    const cases: [string, string, string][] = [
      ['put', imagesPath(1), 'GET'],
      ['post', imagesPath(1, 'inserts/'), 'GET'],
      ['delete', imagesPath(1, '1/'), 'GET'],
      ['delete', failedPath(1), 'GET, POST'],
      ['post', failedPath(1, 1), 'GET, PUT, PATCH, DELETE'],
      ['post', '/api/v1/oms/cancellation-reasons/pull_from_omnitron/', 'GET'],
      ['patch', '/api/v1/oms/cancellation-reasons/', 'GET'],
      ['options', failedPath(1), 'GET, POST'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await (agent as unknown as Record<string, (path: string) => ReturnType<typeof agent.get>>)[method]!(path).set(AUTH);
      expect(res.status, `${method} ${path}`).to.equal(405);
      expect(res.headers.allow).to.equal(allow);
      expect(res.headers['content-type']).to.equal('application/json');
      expect(res.body).to.deep.equal({ detail: `Method "${method.toUpperCase()}" not allowed.` });
    }
  });

  it('authenticates before it checks the method, as DRF does', async () => {
    expect((await agent.put(imagesPath(1))).status).to.equal(401);
  });

  it('answers HEAD like GET without a body', async () => {
    const get = await agent.get(failedPath(1)).set(AUTH);
    const head = await agent.head(failedPath(1)).set(AUTH);
    expect(head.status).to.equal(200);
    expect(head.headers['content-type']).to.equal('application/json');
    expect(head.headers['content-length']).to.equal(get.headers['content-length']);
    expect(head.text ?? '').to.equal('');
  });

  it('answers 400 JSON parse error for malformed JSON', async () => {
    const res = await agent.post(failedPath(1)).set(AUTH).set('Content-Type', 'application/json').send('{"channel": 1,');
    expect(res.status).to.equal(400);
    expect(res.body.detail).to.match(/^JSON parse error - /);
  });

  it('answers 415 for a write that is not declared application/json, as DRF does', async () => {
    const text = await agent.post(failedPath(1)).set(AUTH).set('Content-Type', 'text/plain').send(JSON.stringify(validFailedIntegration()));
    expect(text.status).to.equal(415);
    expect(text.body).to.deep.equal({ detail: 'Unsupported media type "text/plain" in request.' });
    const form = await agent.patch(failedPath(1, 1)).set(AUTH).type('form').send({ retry_count: 1 });
    expect(form.status).to.equal(415);
    expect(form.body.detail).to.match(/^Unsupported media type /);
  });

  it('accepts application/json with a charset', async () => {
    const res = await agent.post(failedPath(1)).set(AUTH).set('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify(validFailedIntegration()));
    expect(res.status).to.equal(201);
  });

  it('answers 413 JSON for a body over maxBodyBytes', async () => {
    const res = await agent.post(failedPath(1)).set(AUTH).send(validFailedIntegration({ padding: 'x'.repeat(4096) }));
    expect(res.status).to.equal(413);
    expect(res.headers['content-type']).to.equal('application/json');
    expect(res.body.detail).to.be.a('string').and.to.include('1024');
  });

  it('answers 500 JSON when a handler throws, and keeps serving', async () => {
    const broken = testApp({ overrides: { handlers: { 'images.list': () => { throw new Error('boom'); } } } });
    const originalEmit = process.emitWarning;
    process.emitWarning = () => undefined;
    try {
      const res = await broken.agent.get(imagesPath(1)).set(AUTH);
      expect(res.status).to.equal(500);
      expect(res.body).to.deep.equal({ detail: 'A server error occurred.' });
    } finally {
      process.emitWarning = originalEmit;
    }
    expect((await broken.agent.get(imagesPath(1, 'inserts/')).set(AUTH)).status).to.equal(200);
  });

  it('decodes percent-encoded paths like Django', async () => {
    expect((await agent.get('/api/v1/channel/%31/failed_integrations/').set(AUTH)).status).to.equal(200);
    expect((await agent.get('/api/v1/channel/%E0/failed_integrations/').set(AUTH)).status).to.equal(404);
  });
});
