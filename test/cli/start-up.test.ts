import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'chai';
import { startEmbeddedServer } from '../../cli/embedded-server';
import { moduleFile } from '../../cli/module-file';
import { startServerEarly } from '../../cli/commands/early-server';
import { tokenOf } from '../../cli/commands/run-options';
import { runConfigFromFlags } from '../../cli/commands/run';

const ROOT = resolve(__dirname, '..', '..');

describe('cli: start-up', () => {
  it('answers --help without loading the engine, the spec loader or the reference server', () => {
    const script = `require('tsx/cjs');
      require('./cli/main.ts').main(['--help'], { stdout() {}, stderr() {}, env: {} }).then((code) => {
        const loaded = Object.keys(require.cache).filter((f) => /[\\\\/](suites|reporters|scenarios|engine|checks|targets|generators|model|mock|spec|json)[\\\\/]/.test(f) && !f.includes('node_modules'));
        process.stdout.write(JSON.stringify({ code, loaded }));
      });`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })) as { code: number; loaded: string[] };
    expect(out.code).to.equal(0);
    expect(out.loaded).to.deep.equal([]);
  });

  it('resolves a module by path in the form that is running (.ts from source)', () => {
    expect(moduleFile(ROOT, 'suites/conformance.spec')).to.equal(resolve(ROOT, 'suites/conformance.spec.ts'));
  });

  it('runs the embedded reference server on a worker thread, with its key and seeded path values, and closes it', async () => {
    const server = await startEmbeddedServer('thread-key');
    const url = `${server.url}/api/v1/channel/1/failed_integrations/`;
    try {
      expect(server.pathValues.channel_id).to.include('1');
      expect((await fetch(url, { headers: { authorization: 'Token thread-key' } })).status).to.equal(200);
      expect((await fetch(url, { headers: { authorization: 'Token wrong' } })).status).to.equal(401);
    } finally {
      await server.close();
    }
    const after = await fetch(url).then(() => 'answered', () => 'refused');
    expect(after).to.equal('refused');
  });

  it('starts the reference server before the engine loads only for a run that will use it, with the run\'s key', async () => {
    expect(startServerEarly(['--target', 'http://127.0.0.1:9'], {})).to.equal(undefined);
    expect(startServerEarly([], { CONFORMANCE_TARGET: 'http://127.0.0.1:9' })).to.equal(undefined);
    expect(startServerEarly(['--no-such-flag'], {})).to.equal(undefined);
    // The key is read as the run reads it: the flag first, then a non-empty CONFORMANCE_TOKEN.
    expect(tokenOf({ token: 'flag-key' }, { CONFORMANCE_TOKEN: 'env-key' })).to.equal('flag-key');
    expect(tokenOf({}, { CONFORMANCE_TOKEN: 'env-key' })).to.equal('env-key');
    expect(tokenOf({}, { CONFORMANCE_TOKEN: '' })).to.equal(undefined);
    expect(runConfigFromFlags({}, { CONFORMANCE_TOKEN: 'env-key' }).token).to.equal('env-key');
    const starting = startServerEarly(['--runs', '1', '--token', 'early-key'], {});
    expect(starting).to.not.equal(undefined);
    const server = await (starting as NonNullable<typeof starting>);
    try {
      const url = `${server.url}/api/v1/channel/1/failed_integrations/`;
      expect((await fetch(url, { headers: { authorization: 'Token early-key' } })).status).to.equal(200);
    } finally {
      await server.close();
    }
  });

  it('a usage error found after the early start still exits 2 at once: the server thread does not keep the process alive', () => {
    const script = `require('tsx/cjs');
      require('./cli/main.ts').main(['run', '--runs', 'many'], { stdout() {}, stderr(line) { process.stderr.write(line + '\\n'); }, env: {} }).then((code) => { process.exitCode = code; });`;
    const ran = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(ran.signal, 'the process had to be killed: it hung').to.equal(null);
    expect(ran.status).to.equal(2);
    expect(ran.stderr).to.match(/--runs/);
  });
});
