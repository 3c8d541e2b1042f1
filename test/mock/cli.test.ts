import { expect } from 'chai';
import { runMockCommand } from '../../mock/cli';

describe('mock/cli', () => {
  it('starts the server and prints its URL and key', async () => {
    const lines: string[] = [];
    const handle = await runMockCommand({ port: 0, tokens: ['cli-key'], seed: 3 }, { stdout: (line) => lines.push(line) });
    try {
      const url = /listening on (http:\/\/\S+)/.exec(lines[0] ?? '')?.[1];
      expect(url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(lines).to.include('Authorization: Token cli-key');
      const res = await fetch(`${url}/api/v1/channel/1/failed_integrations/`, { headers: { Authorization: 'Token cli-key' } });
      expect(res.status).to.equal(200);
    } finally {
      await handle.close();
    }
  });

  it('prints every key when several are given', async () => {
    const lines: string[] = [];
    const handle = await runMockCommand({ port: 0, tokens: ['a', 'b'], seed: 1, upstreamUrl: 'http://127.0.0.1:1/x/' }, { stdout: (line) => lines.push(line) });
    await handle.close();
    expect(lines.filter((line) => line.startsWith('Authorization:'))).to.deep.equal(['Authorization: Token a', 'Authorization: Token b']);
    expect(lines.some((line) => line.includes('http://127.0.0.1:1/x/'))).to.equal(true);
  });
});
