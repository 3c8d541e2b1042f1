import { expect } from 'chai';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApiModel } from '../../model/build';
import { loadSpecFile } from '../../spec/load';
import type { Summary } from '../../reporters/summary';
import { ROOT, runCli } from '../support/run-cli';
import { freePort, startPrism } from '../support/prism';


/** The classic Petstore, and a richer fixture: bearer auth, problem+json errors, deepObject, oneOf bodies, recursive schemas. */
const FIXTURES = ['specs/fixtures/petstore-classic.yaml', 'specs/fixtures/petstore.json'].map((file) => path.join(ROOT, file));

for (const spec of FIXTURES) {
  describe(`${path.basename(spec)} against a Prism mock (any OpenAPI 3.0 document runs to a verdict)`, function () {
    // The coverage phase adds a few hundred deterministic requests per document, which Prism (validating each
    // one) serves slowly on a loaded 2-core machine; 180 s was no longer enough there.
    this.timeout(420_000);
    let prism: ChildProcess | undefined;
    let port: number;
    const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'petstore-'));

    before(async () => {
      port = await freePort();
      prism = await startPrism(port, spec);
    });
    after(() => {
      prism?.kill();
      fs.rmSync(reportDir, { recursive: true, force: true });
    });

    it('reaches a verdict for every operation, with no crash and no usage error', async () => {
      const { code, stdout, stderr } = await runCli(['run', '--target', `http://127.0.0.1:${port}`, '--spec', spec, '--token', 'abc-prism-token', '--runs', '10', '--seed', '1', '--no-html', '--report', reportDir]);
      expect(code, stderr.slice(-800)).to.be.oneOf([0, 1]);
      expect(stdout.trim().split('\n').pop()).to.match(/^conformance: \d+ passed, \d+ failed, \d+ skipped$/);
      const summary = JSON.parse(fs.readFileSync(path.join(reportDir, 'summary.json'), 'utf8')) as Summary;
      const reported = new Set(summary.tests.map((row) => /\(([^()]+)\)$/.exec(row.path[2])?.[1]));
      const loaded = await loadSpecFile(spec);
      const model = await buildApiModel(loaded.document, { name: loaded.name });
      expect([...reported].sort()).to.deep.equal(model.operations.map((op) => op.id).sort());
      const broken = summary.tests.filter((row) => row.category === 'check error' || row.category === 'generation' || row.category === 'setup');
      expect(broken, JSON.stringify(broken.slice(0, 3))).to.deep.equal([]);
    });
  });
}
