import { expect } from 'chai';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpTarget, TransportError } from '../../targets/http-target';

/** A loopback server whose behaviour each test chooses by path. */
function faultServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    switch (req.url) {
      case '/json':
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, echo: req.headers['x-echo'] ?? null }));
        break;
      case '/slow':
        setTimeout(() => res.writeHead(200).end('late'), 2000).unref();
        break;
      case '/reset':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"partial": ');
        setTimeout(() => req.socket.destroy(), 20);
        break;
      case '/big':
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: 'x'.repeat(5000) }));
        break;
      case '/truncated-json':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"a": [1, 2');
        break;
      case '/redirect':
        res.writeHead(302, { location: 'http://198.51.100.7/steal' }).end();
        break;
      default:
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"Not found."}');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

describe('targets/http-target', () => {
  let server: Awaited<ReturnType<typeof faultServer>>;
  before(async () => { server = await faultServer(); });
  after(async () => { await server.close(); });

  it('sends a request and parses a JSON response', async () => {
    const target = createHttpTarget('t', server.url);
    const response = await target.send({ method: 'get', path: '/json', headers: { 'x-echo': 'hi' } });
    await target.close();
    expect(response.status).to.equal(200);
    expect(response.json).to.deep.equal({ ok: true, echo: 'hi' });
    expect(response.truncated).to.equal(false);
  });

  it('rejects with a one-line timeout error that names the address', async () => {
    const target = createHttpTarget('t', server.url, { timeoutMs: 150 });
    const error = await target.send({ method: 'get', path: '/slow', headers: {} }).then(() => undefined, (e: unknown) => e);
    await target.close();
    expect(error).to.be.instanceOf(TransportError);
    expect((error as TransportError).code).to.equal('timeout');
    expect((error as Error).message).to.match(/127\.0\.0\.1:\d+: no complete response within 150 ms/).and.not.include('\n');
  });

  it('reports a connection reset mid-body', async () => {
    const target = createHttpTarget('t', server.url, { timeoutMs: 2000 });
    const error = await target.send({ method: 'get', path: '/reset', headers: {} }).then(() => undefined, (e: unknown) => e);
    await target.close();
    expect((error as Error).message).to.match(/reset|broken/);
  });

  it('cuts a body over the size cap and marks it truncated', async () => {
    const target = createHttpTarget('t', server.url, { maxBodyBytes: 1000 });
    const response = await target.send({ method: 'get', path: '/big', headers: {} });
    await target.close();
    expect(response.truncated).to.equal(true);
    expect(response.text.length).to.be.at.most(1000);
    expect(response.json).to.equal(undefined);
    expect(response.parseError).to.match(/cut at/);
  });

  it('keeps a truncated JSON body as text with a parse error', async () => {
    const target = createHttpTarget('t', server.url);
    const response = await target.send({ method: 'get', path: '/truncated-json', headers: {} });
    await target.close();
    expect(response.json).to.equal(undefined);
    expect(response.parseError).to.be.a('string');
  });

  it('does not follow a redirect to another host', async () => {
    const target = createHttpTarget('t', server.url);
    const response = await target.send({ method: 'get', path: '/redirect', headers: { authorization: 'Token secret' } });
    await target.close();
    expect(response.status).to.equal(302);
  });

  it('names the address when the connection is refused', async () => {
    const target = createHttpTarget('t', 'http://127.0.0.1:1');
    const error = await target.send({ method: 'get', path: '/', headers: {} }).then(() => undefined, (e: unknown) => e);
    await target.close();
    expect((error as Error).message).to.equal('http://127.0.0.1:1: connection refused at 127.0.0.1:1');
  });
});
