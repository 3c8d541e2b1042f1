import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scrubDirectory, scrubFile } from '../../reporters/scrub';

const TOKEN = 'scrub-test-token-0123456789';

describe('reporters/scrub', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrub-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };

  it('replaces the token in every form in files under the directory, nested ones included', () => {
    const plain = write('a.json', `{"authorization":"Token ${TOKEN}"}`);
    const encoded = write('deep/er/b.txt', `?token=${encodeURIComponent(TOKEN)}`);
    const base64 = write('c.txt', Buffer.from(TOKEN).toString('base64'));
    const clean = write('d.txt', 'nothing secret here');
    const changed = scrubDirectory(dir, TOKEN);
    expect(changed.sort()).to.deep.equal([plain, encoded, base64].sort());
    for (const file of [plain, encoded, base64]) expect(fs.readFileSync(file, 'utf8')).to.not.include(TOKEN).and.not.include(Buffer.from(TOKEN).toString('base64'));
    expect(fs.readFileSync(clean, 'utf8')).to.equal('nothing secret here');
  });

  it('with `since`, reads only the files written since then (older output of other runs is left as it is)', () => {
    const old = write('variants/old/result.json', `old ${TOKEN}`);
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(old, past, past);
    const fresh = write('allure-results/new-result.json', `new ${TOKEN}`);
    const changed = scrubDirectory(dir, TOKEN, { since: Date.now() - 1_000 });
    expect(changed).to.deep.equal([fresh]);
    expect(fs.readFileSync(fresh, 'utf8')).to.not.include(TOKEN);
    expect(fs.readFileSync(old, 'utf8')).to.equal(`old ${TOKEN}`);
  });

  it('does nothing without a secret worth hiding, and scrubFile ignores a missing file', () => {
    const file = write('a.txt', `short abc ${TOKEN}`);
    expect(scrubDirectory(dir, undefined)).to.deep.equal([]);
    expect(scrubDirectory(dir, 'abc')).to.deep.equal([]);
    expect(scrubFile(path.join(dir, 'missing.txt'), TOKEN)).to.equal(false);
    expect(scrubFile(file, [undefined, TOKEN])).to.equal(true);
    expect(fs.readFileSync(file, 'utf8')).to.equal('short abc ${CONFORMANCE_TOKEN}');
  });
});
