import { expect } from 'chai';
import { listBundledApis, loadBundledApi, readRawFile } from '../../../spec/load';
import { lintApi, lintDocument } from '../../../spec/lint/lint';
import { lintRules } from '../../../spec/lint/rules';
import type { Finding } from '../../../spec/lint/finding';

const fixture = 'specs/fixtures/defective-fragments';

describe('spec/lint', () => {
  let published: Finding[];
  before(async () => {
    published = (await Promise.all(listBundledApis().map((name) => lintApi(name)))).flat();
  });

  it('finds every defect class in the documents as published', () => {
    const found = new Set(published.map((finding) => finding.rule));
    expect([...found].sort()).to.deep.equal(lintRules.map((rule) => rule.name).sort());
  });

  it('finds the known published defects where they are', () => {
    const at = (rule: string, fileEnd: string, pointerPart: string): Finding | undefined =>
      published.find((f) => f.rule === rule && f.file.endsWith(fileEnd) && f.pointer.includes(pointerPart));
    expect(at('undefined-security-scheme', 'cancellation-request-images.list.json', '/security/0/JWT')).to.not.equal(undefined);
    expect(at('response-status-mismatch', 'cancellation-request-images.inserts.json', 'inserts~1/get/responses/401')).to.not.equal(undefined);
    expect(at('partial-update-requires-fields', 'failed-integrations.partial-update.json', '/patch/requestBody')).to.not.equal(undefined);
    expect(published.filter((f) => f.rule === 'missing-operation-id')).to.have.length(7);
    expect(published.filter((f) => f.rule === 'write-response-without-body').map((f) => f.pointer.split('/')[3])).to.have.members(['put', 'patch']);
    expect(at('missing-server-error', 'cancellation-request-images.inserts.json', 'inserts~1/get')).to.not.equal(undefined);
    expect(published.filter((f) => f.rule === 'repeated-url-prefix' && f.file === 'specs/oms/openapi.yaml')).to.have.length(2);
    expect(at('ambiguous-one-of', '.json', '/components/responses/400/content/application~1json/schema/oneOf')).to.not.equal(undefined);
    expect(published.filter((f) => f.rule === 'invalid-example' && f.message.includes('format "date"'))).to.have.length(2);
    expect(at('parameter-names-other-entity', 'failed-integrations.list.json', '/components/parameters/channel')).to.not.equal(undefined);
  });

  it('every published finding is fixed by a named overlay action, and the overlays introduce none', () => {
    const unfixed = published.filter((finding) => !finding.fixedBy);
    expect(unfixed, unfixed.map((f) => `${f.rule} ${f.pointer}`).join('\n')).to.deep.equal([]);
    for (const finding of published) expect(finding.fixedBy).to.match(/^specs\/(omnitron|oms)\/overlays\/\d\d-[a-z-]+\.yaml#\d+: \S/);
    expect(published.find((f) => f.rule === 'undefined-security-scheme')!.fixedBy).to.match(/^specs\/omnitron\/overlays\/01-security\.yaml#0: /);
  });

  for (const name of listBundledApis()) {
    it(`${name}: the corrected document has no findings`, async () => {
      const { document, sources } = await loadBundledApi(name);
      expect(lintDocument(document, { files: sources })).to.deep.equal([]);
    });
  }

  it('finds a new defect of every kind in a new fragment, attributed to that fragment', async () => {
    const findings = await lintApi(fixture);
    expect([...new Set(findings.map((f) => f.rule))].sort()).to.deep.equal(lintRules.map((rule) => rule.name).sort());
    for (const finding of findings) {
      expect(finding.file).to.equal(`${fixture}/orders.partial-update.json`);
      expect(finding.fixedBy).to.equal(undefined);
    }
  });

  it('finds nothing in the clean fragment alone', async () => {
    const raw = await readRawFile(`${fixture}/orders.list.json`);
    expect(lintDocument(raw.document, { files: raw.sources })).to.deep.equal([]);
  });
});
