import { expect } from 'chai';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpTarget } from '../../targets/http-target';
import { formatResolve, parseResolve } from '../../targets/resolve';
import { writePolicy } from '../../engine/write-policy';

describe('targets/resolve (--resolve HOST:PORT:ADDRESS)', () => {
  it('parses curl\'s syntax, IPv6 in brackets, and writes it back the same', () => {
    const map = parseResolve(['Staging.Omnitron.test:8443:127.0.0.1', '[::1]:80:[::1]', 'api.example.test:443:::1']);
    expect(map).to.deep.equal({ 'staging.omnitron.test:8443': '127.0.0.1', '::1:80': '::1', 'api.example.test:443': '::1' });
    expect(parseResolve(formatResolve(map))).to.deep.equal(map);
  });

  it('refuses what is not HOST:PORT:IP with one line', () => {
    for (const bad of ['staging.test:443', 'staging.test:x:127.0.0.1', 'staging.test:443:localhost', 'staging.test:70000:127.0.0.1']) {
      expect(() => parseResolve([bad]), bad).to.throw(/^--resolve takes HOST:PORT:ADDRESS/);
    }
  });

  it('connects a staging name to a loopback server, keeping the name in Host, and the policy still sees a shared host', async () => {
    const hosts: string[] = [];
    const server = http.createServer((req, res) => {
      hosts.push(req.headers.host ?? '');
      res.setHeader('content-type', 'application/json');
      res.end('{"ok":true}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const url = `http://staging.omnitron.test:${port}`;
    const target = createHttpTarget('t', url, { resolve: parseResolve([`staging.omnitron.test:${port}:127.0.0.1`]) });
    try {
      const response = await target.send({ method: 'GET', path: '/x/', headers: {} }, { idempotent: true });
      expect(response.status).to.equal(200);
      expect(hosts).to.deep.equal([`staging.omnitron.test:${port}`]);
      expect(writePolicy(url, false).allowed).to.equal(false);
      // Another port of the same name is not overridden: DNS answers for it (and this test name has no DNS entry).
      const other = createHttpTarget('t', `http://staging.omnitron.test:${port + 1}`, { resolve: parseResolve([`staging.omnitron.test:${port}:127.0.0.1`]), timeoutMs: 3000 });
      const error = await other.send({ method: 'GET', path: '/x/', headers: {} }, { idempotent: true }).then(() => undefined, (err: Error) => err);
      await other.close();
      expect(error?.message).to.match(/host not found|EAI_AGAIN|refused|no complete response/);
    } finally {
      await target.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
