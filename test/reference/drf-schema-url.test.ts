/**
 * The suite from the schema the DRF reference target generates for its own views (`rest_framework.schemas.openapi`
 * behind `get_schema_view`, one document per API, protected like the views): fetched with the token after DRF's
 * 401, run to a verdict, every declared operation sent, DRF's defects reported as `spec defect` findings, the
 * fetched documents saved, the token nowhere.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVED_WITH_CREDENTIALS_KEY } from '../../model/repair/undeclared-security';
import type { Summary } from '../../reporters/summary';
import { closingCounts, runCli, type CliResult } from '../support/run-cli';
import { DRF_TOKEN, requireDrfTarget, startDrfTarget, type DrfTarget } from '../support/drf-target';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
/** The two documents, by the path the target serves each at, and the file the run saves it as. */
const SCHEMAS = [
  { path: '/api/schema/omnitron/', saved: 'omnitron-sales-channel.json', api: 'Omnitron sales channel (omnitron-sales-channel)' },
  { path: '/api/schema/oms/', saved: 'oms-cancellation-reasons.json', api: 'OMS cancellation reasons (oms-cancellation-reasons)' },
];

/** `GET /a/` for every operation a document declares. */
function declaredOperations(document: { paths: Record<string, Record<string, unknown>> }): string[] {
  return Object.entries(document.paths).flatMap(([route, item]) => METHODS.filter((method) => item[method] !== undefined).map((method) => `${method.toUpperCase()} ${route}`));
}

/** Every file under `dir`. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

describe('reference: the suite from the DRF target\'s own schema URL', function () {
  // Django's development server answers ~50 requests/s on a loaded machine; --runs 2 sends ~2,600 requests.
  this.timeout(600_000);
  let target: DrfTarget | undefined;
  let dir: string | undefined;
  let result: CliResult;
  let summary: Summary;

  before(async function () {
    requireDrfTarget(this);
    target = await startDrfTarget();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-drf-schema-'));
    const specs = SCHEMAS.flatMap((schema) => ['--spec', `${target!.url}${schema.path}`]);
    result = await runCli(['run', ...specs, '--target', target.url, '--token', DRF_TOKEN, '--path-param', 'channel_id=1', '--runs', '2', '--seed', '1', '--no-html', '--report', dir]);
    summary = JSON.parse(fs.readFileSync(path.join(dir, 'summary.json'), 'utf8')) as Summary;
    // The figures reference/drf/README.md quotes ("Its own schema, by URL").
    const byCategory = new Map<string, number>();
    for (const row of summary.tests) if (row.status === 'failed') byCategory.set(row.category ?? '-', (byCategory.get(row.category ?? '-') ?? 0) + 1);
    process.stdout.write(`      (${result.stdout.trim().split('\n').pop() ?? ''}; failed by category: ${[...byCategory].map(([name, count]) => `${name} ${count}`).join(', ')})\n`);
  });
  after(async () => {
    await target?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reaches a verdict: exit 1 (the findings are failures) and the closing line last', () => {
    expect(result.code, result.stderr.slice(-2000)).to.equal(1);
    const counts = closingCounts(result.stdout);
    expect(counts).to.not.equal(undefined);
    expect(counts!.failed).to.equal(summary.tests.filter((row) => row.status === 'failed').length);
  });

  it('fetches each document anonymously, then with the token after DRF\'s 401, and saves it for replay', () => {
    const log = target!.stderr();
    for (const schema of SCHEMAS) {
      const answers = [...log.matchAll(new RegExp(`"GET ${schema.path.replace(/\//g, '\\/')} HTTP/1\\.1" (\\d{3})`, 'g'))].map((match) => match[1]);
      expect(answers, schema.path).to.deep.equal(['401', '200']);
      const saved = path.join(dir!, 'spec', schema.saved);
      expect(result.stderr).to.include(`→ ${saved}`);
      // The copy says its server wanted credentials: a replay from it (`--spec <saved>`) sends them as this run did.
      expect(JSON.parse(fs.readFileSync(saved, 'utf8'))).to.include({ [SERVED_WITH_CREDENTIALS_KEY]: true }).and.to.have.nested.property('info.title');
    }
  });

  it('runs every operation each served document declares (16 Omnitron, 3 OMS), all with the credentials', () => {
    for (const schema of SCHEMAS) {
      const declared = declaredOperations(JSON.parse(fs.readFileSync(path.join(dir!, 'spec', schema.saved), 'utf8')));
      const run = new Set(summary.tests.filter((row) => row.path[0] === schema.api && row.path[1] === 'api').map((row) => row.path[2].replace(/ \([^()]*\)$/, '')));
      expect([...run].sort(), schema.api).to.deep.equal([...declared].sort());
      expect(declared.length).to.equal(schema.saved.startsWith('omnitron') ? 16 : 3);
    }
    // Sent without the token, every valid request would be DRF's 401: the stand-in scheme carried it.
    expect(summary.tests.filter((row) => row.category === 'auth').map((row) => row.message)).to.deep.equal([]);
    expect(summary.tests.filter((row) => ['check error', 'generation', 'setup'].includes(row.category ?? ''))).to.deep.equal([]);
  });

  it('reports DRF\'s defects as spec findings: no security (both), 5 repeated operationIds, 1 Python-only pattern', () => {
    const findings = summary.tests.filter((row) => row.category === 'spec defect');
    const at = (api: string): string[] => findings.filter((row) => row.path[0] === api).map((row) => /#(\/\S*):/.exec(row.message ?? '')?.[1] ?? '').sort();
    const v1 = '/paths/~1api~1v1~1channel~1{channel_id}~1cancellation_request_images~1';
    expect(at(SCHEMAS[0].api)).to.deep.equal([
      '/components/schemas/SalesChannelCancellationRequestImage/properties/image/pattern',
      '/components/securitySchemes',
      `${v1}/get/operationId`,
      `${v1}inserts_or_updates~1/get/operationId`,
      `${v1}inserts~1/get/operationId`,
      `${v1}updates~1/get/operationId`,
      `${v1}{id}~1/get/operationId`,
    ]);
    expect(at(SCHEMAS[1].api)).to.deep.equal(['/components/securitySchemes']);
    for (const row of findings) expect(row.message).to.include(target!.url);
  });

  it('the token appears nowhere: not on stdout or stderr, not in any report file', () => {
    expect(result.stdout + result.stderr).to.not.include(DRF_TOKEN);
    const holding = filesUnder(dir!).filter((file) => fs.readFileSync(file, 'utf8').includes(DRF_TOKEN));
    expect(holding).to.deep.equal([]);
  });
});
