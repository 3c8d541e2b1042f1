import { expect } from 'chai';
import http from 'node:http';
import { startMockServer, type RunningMockServer } from '../../mock/server';
import { TEST_TOKEN, failedPath, validFailedIntegration } from './support';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/**
 * Sends a request whose body is streamed in chunks (no Content-Length) on a fresh connection, and stops sending
 * once the response is complete (Node's client stops draining a request whose response has already ended).
 */
function streamed(url: string, path: string, chunks: number, chunkSize: number): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, {
      method: 'POST',
      agent: false,
      headers: { Authorization: `Token ${TEST_TOKEN}`, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text });
        req.destroy();
      });
    });
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    const chunk = Buffer.alloc(chunkSize, 0x20);
    let sent = 0;
    const writeMore = (): void => {
      while (sent < chunks) {
        sent++;
        if (!req.write(chunk)) {
          req.once('drain', writeMore);
          return;
        }
      }
      req.end();
    };
    req.write('{"padding": "');
    writeMore();
  });
}

describe('mock/server', () => {
  let server: RunningMockServer;
  before(async () => {
    server = await startMockServer({ tokens: [TEST_TOKEN], maxBodyBytes: 64 * 1024 });
  });
  after(() => server.close());

  it('listens on 127.0.0.1 on an ephemeral port and reports its keys', () => {
    expect(server.url).to.equal(`http://127.0.0.1:${server.port}`);
    expect(server.port).to.be.greaterThan(0);
    expect(server.tokens).to.deep.equal([TEST_TOKEN]);
  });

  it('serves over the network with absolute links to itself', async () => {
    const res = await fetch(`${server.url}${failedPath(1)}`, { headers: { Authorization: `Token ${TEST_TOKEN}` } });
    const body = (await res.json()) as { next: string };
    expect(res.status).to.equal(200);
    expect(body.next).to.equal(`${server.url}${failedPath(1)}?page=2`);
  });

  it('exposes its live state', async () => {
    const before = server.state.failedIntegrations.size;
    await fetch(`${server.url}${failedPath(1)}`, {
      method: 'POST',
      headers: { Authorization: `Token ${TEST_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(validFailedIntegration()),
    });
    expect(server.state.failedIntegrations.size).to.equal(before + 1);
  });

  it('refuses a streamed body with 413 as soon as it crosses the limit, before the client has sent it all', async () => {
    const started = Date.now();
    const big = await streamed(server.url, failedPath(1), 4096, 16 * 1024);
    expect(big.status).to.equal(413);
    expect(big.headers['content-type']).to.equal('application/json');
    expect(JSON.parse(big.text)).to.have.property('detail');
    expect(Date.now() - started).to.be.lessThan(2000);
    const small = await streamed(server.url, failedPath(1), 1, 10);
    expect(small.status).to.equal(400);
    expect(JSON.parse(small.text).detail).to.match(/^JSON parse error/);
  });

  it('refuses a declared oversized body with 413 and serves the next request on the same connection', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (body: string): Promise<RawResponse & { socket: unknown }> =>
      new Promise((resolve, reject) => {
        const req = http.request(`${server.url}${failedPath(1)}`, {
          method: 'POST',
          agent,
          headers: { Authorization: `Token ${TEST_TOKEN}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, socket: req.socket }));
        });
        req.on('error', reject);
        req.end(body);
      });
    try {
      const big = await send(JSON.stringify(validFailedIntegration({ padding: 'x'.repeat(200 * 1024) })));
      expect(big.status).to.equal(413);
      const next = await send(JSON.stringify(validFailedIntegration()));
      expect(next.status).to.equal(201);
      expect(next.socket).to.equal(big.socket);
    } finally {
      agent.destroy();
    }
  });

  it('closes idle keep-alive connections on close', async () => {
    const own = await startMockServer({ tokens: [TEST_TOKEN] });
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      http.get(`${own.url}/nowhere/`, { agent }, (res) => {
        res.resume();
        res.on('end', resolve);
      }).on('error', reject);
    });
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).to.be.lessThan(1000);
    agent.destroy();
  });

  it('rejects when the port is taken', async () => {
    let error: unknown;
    try {
      await startMockServer({ port: server.port });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(Error);
  });
});
