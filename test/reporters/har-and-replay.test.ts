/**
 * The run's exchanges as HAR 1.2 (validated against the published HAR schema, holding no token), and
 * `conformance replay`: a finding of a broken variant still reproduces against it (exit 1) and is gone against
 * the reference server (exit 0); bad input is exit 2.
 */
import { expect } from 'chai';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startMockServer } from '../../mock/server';
import { imageUploaderAsString } from '../../mock/variants/schema';
import { secretForms } from '../../engine/credentials';
import type { FindingsFile } from '../../cli/commands/run-findings';
import { runCli } from '../support/run-cli';

const TOKEN = 'har-T0KEN-recognisable-51c3';
const OPERATION = 'retrieveSalesChannelCancellationRequestImage';
const CHECK = 'body conforms to the documented schema';

/** The HAR 1.2 schema of the `har-schema` package, compiled once (its files refer to each other by `$id`). */
function harValidator(): (data: unknown) => string[] {
  const dir = path.dirname(require.resolve('har-schema/lib/har.json'));
  // The schemas are draft-06; ajv's default draft-07 reads them, only the meta-schema reference differs.
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  addFormats(ajv);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as object);
  const validate = ajv.getSchema('har.json#');
  if (!validate) throw new Error('har.json# not found in har-schema');
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

describe('report: HAR and replay', function () {
  this.timeout(300_000);
  let dir: string;
  let variant: Awaited<ReturnType<typeof startMockServer>>;
  let reference: Awaited<ReturnType<typeof startMockServer>>;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-har-'));
    variant = await startMockServer({ port: 0, tokens: [TOKEN], overrides: imageUploaderAsString.overrides() });
    reference = await startMockServer({ port: 0, tokens: [TOKEN] });
  });
  after(async () => {
    await variant.close();
    await reference.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes every exchange as valid HAR 1.2 without the token, and replays a finding of a broken variant', async () => {
    const run = await runCli(['run', '--target', variant.url, '--only', OPERATION, '--path-param', 'channel_id=1', '--runs', '5', '--seed', '1', '--no-html', '--report', dir], { env: { CONFORMANCE_TOKEN: TOKEN } });
    expect(run.code, run.stderr).to.equal(1);

    const harText = fs.readFileSync(path.join(dir, 'exchanges.har'), 'utf8');
    const har = JSON.parse(harText) as { log: { entries: Array<{ request: { url: string; headers: Array<{ name: string; value: string }> }; comment: string }> } };
    const validate = harValidator();
    expect(validate(har)).to.deep.equal([]);
    // The validator does catch a broken archive (so the line above can fail).
    expect(validate({ log: { ...har.log, entries: [{ ...har.log.entries[0], request: undefined }] } })).to.not.deep.equal([]);
    expect(har.log.entries.length).to.be.greaterThan(5);
    expect(run.stdout).to.include(`(${har.log.entries.length} request(s), HAR 1.2)`);
    for (const form of secretForms(TOKEN)) expect(harText.includes(form), `the HAR holds ${form}`).to.equal(false);
    // The credential really was in the requests (as the placeholder): otherwise "no token" proves nothing.
    expect(har.log.entries.some((e) => e.request.headers.some((h) => h.name.toLowerCase() === 'authorization' && h.value.includes('${CONFORMANCE_TOKEN}')))).to.equal(true);
    expect(har.log.entries.some((e) => e.comment.includes(`failed: ${CHECK}`))).to.equal(true);

    const { findings } = JSON.parse(fs.readFileSync(path.join(dir, 'findings.json'), 'utf8')) as FindingsFile;
    const finding = findings.find((f) => f.check === CHECK && f.location === 'body /uploaded_by');
    expect(finding, JSON.stringify(findings.map((f) => [f.check, f.location]))).to.not.equal(undefined);
    const fingerprint = finding?.fingerprint ?? '';

    const still = await runCli(['replay', fingerprint, '--target', variant.url, '--report', dir], { env: { CONFORMANCE_TOKEN: TOKEN } });
    expect(still.code, still.stderr).to.equal(1);
    expect(still.stdout).to.include(`replay ${fingerprint}: still reproduces`);
    const gone = await runCli(['replay', fingerprint.slice(0, 8), '--target', reference.url, '--token', TOKEN, '--report', dir]);
    expect(gone.code, gone.stderr).to.equal(0);
    expect(gone.stdout).to.include('no longer reproduces');
    expect(gone.stdout + gone.stderr).to.not.include(TOKEN);
  });

  it('refuses an unknown finding and a missing findings file with one line and exit 2', async () => {
    const unknown = await runCli(['replay', 'ffffffffffffffff', '--target', reference.url, '--report', dir]);
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr.trim()).to.match(/^conformance: replay: no finding ffffffffffffffff in /);
    const missing = await runCli(['replay', 'abcd', '--report', path.join(dir, 'nowhere')]);
    expect(missing.code).to.equal(2);
    expect(missing.stderr.trim().split('\n')).to.have.length(1);
    const none = await runCli(['replay']);
    expect(none.code).to.equal(2);
  });
});
