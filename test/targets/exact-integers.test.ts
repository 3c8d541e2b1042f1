/**
 * Coverage cases with integers beyond 2^53 and 2^64 reach a server byte for byte: the digits in the path, the
 * query and the JSON body are exactly the ones the case names, never a double's rounding (9007199254740993 would
 * arrive as 9007199254740992, 857754583492260207635459871 as 8.577545834922602e+26).
 */
import { expect } from 'chai';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { coverageCases } from '../../generators/cases';
import { serializeCase } from '../../generators/params/serialize';
import { createHttpTarget } from '../../targets/http-target';
import { listFailedIntegrations, updateFailedIntegration } from '../generators/cases/operation-fixtures';

interface Received {
  url: string;
  body: Buffer;
}

describe('targets: exact big integers on the wire', () => {
  let server: http.Server;
  let baseUrl = '';
  const received: Received[] = [];

  before(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ url: req.url ?? '', body: Buffer.concat(chunks) });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends 2^53 + 1, int64-max + 1, 2^64 and a 27-digit integer exactly in path, query and body', async () => {
    const target = createHttpTarget('test', baseUrl);
    const pathValues = { channel_id: [1], id: [17] };
    const cases = [...coverageCases(listFailedIntegrations, { pathValues }), ...coverageCases(updateFailedIntegration, { pathValues })];
    const big = cases.filter((c) => /^integer\.(2\^53\+1|int64-max\+1|2\^64|far-beyond-2\^64)$/.test(c.coverage?.class ?? ''));
    for (const testCase of big) await target.send(serializeCase(testCase), { idempotent: true });
    await target.close();
    const urls = received.map((r) => r.url).join('\n');
    const bodies = received.map((r) => r.body.toString('utf8')).join('\n');
    for (const digits of ['9007199254740993', '9223372036854775808', '18446744073709551616', '857754583492260207635459871']) {
      expect(urls, `path segment ${digits}`).to.contain(`/${digits}/`);
      expect(urls, `query value ${digits}`).to.match(new RegExp(`=${digits}(&|$)`, 'm'));
      expect(bodies, `body number ${digits}`).to.match(new RegExp(`:${digits}[,}]`));
    }
    // Nothing went through a double on the way.
    expect(`${urls}\n${bodies}`).to.not.match(/e\+\d|9007199254740992|18446744073709552000|9223372036854776000/);
  });
});
