import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startupLines, type StartupFigures } from '../../bench/startup';

const COUNTER = path.resolve(__dirname, '../../bench/count-requests.js');

/** A process like a run: a server on a worker thread, `requests` requests sent from the main thread. */
const PROGRAM = `
const http = require('node:http');
const { Worker } = require('node:worker_threads');
const worker = new Worker(\`
  const http = require('node:http');
  const { parentPort } = require('node:worker_threads');
  const server = http.createServer((req, res) => res.end('ok')).listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
  parentPort.on('message', () => server.close(() => process.exit(0)));
\`, { eval: true });
worker.once('message', async (port) => {
  const agent = new http.Agent({ keepAlive: true });
  for (let i = 0; i < Number(process.argv[1]); i++) {
    await new Promise((done) => http.get({ port, host: '127.0.0.1', agent }, (res) => res.resume().on('end', done)));
  }
  agent.destroy();
  worker.postMessage('close');
});
`;

describe('bench/count-requests', () => {
  it('counts on the server thread the requests the main thread sent', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'count-requests-'));
    try {
      const file = path.join(dir, 'count.json');
      execFileSync(process.execPath, ['--require', COUNTER, '-e', PROGRAM, '37'], { env: { ...process.env, BENCH_REQUESTS_FILE: file }, timeout: 20_000 });
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).to.deep.equal({ requests: 37, sent: 37, serverThreads: 1 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does nothing without BENCH_REQUESTS_FILE', () => {
    const env = { ...process.env };
    delete env.BENCH_REQUESTS_FILE;
    expect(execFileSync(process.execPath, ['--require', COUNTER, '-e', 'process.stdout.write("ran")'], { env }).toString()).to.equal('ran');
  });
});

describe('bench/startup lines', () => {
  it('prints start-up, end to end and the default run as the bench and docs/bench.md quote them', () => {
    const figures: StartupFigures = { root: '/x', helpSeconds: 0.1234, runs1Seconds: 1.5, runs200: { seconds: 4, requests: 8000, sent: 8010, perSecond: 2000, summary: '' }, defaultRunSeconds: 7.25, repeats: 3 };
    expect(startupLines(figures)).to.deep.equal(['startup --help: 0.12 s', 'startup --runs 1: 1.50 s', 'e2e --runs 200: 8000 requests in 4.00 s = 2000 req/s', 'default run: 7.25 s']);
    expect(startupLines({ ...figures, defaultRunSeconds: undefined })).to.have.length(3);
  });
});
