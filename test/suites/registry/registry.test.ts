/**
 * The one registry against everything that lists checks: names, selection, categories, the README's check lists,
 * checks/README.md's table and the proof's variants. A check added to the registry but not to a list (or
 * the other way round) fails here, so the lists need no hand-keeping beyond what this test names.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { Category } from '../../../checks/categories';
import { ALLURE_CATEGORIES } from '../../../reporters/categories';
import { allChecks, checkByName, responseChecks, scenarioChecks, selectChecks } from '../../../suites/registry';
import { variants } from '../../../mock/variants';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** `a rejects missing / wrong / malformed b` → the three names it stands for; any other item as it is. */
function expand(item: string): string[] {
  const match = /^(.*?)(\w+(?: \/ \w+)+)(.*)$/.exec(item);
  return match ? match[2].split(' / ').map((word) => `${match[1]}${word}${match[3]}`) : [item];
}

/** The ` · `-separated names of one README paragraph (explanations in parentheses dropped). */
function listedNames(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').replace(/\([^()]*(?:\([^()]*\)[^()]*)*\)/g, '').trim();
  return text.split(' · ').flatMap((item) => expand(item.trim().replace(/\.$/, '').trim()));
}

describe('suites/registry', () => {
  it('names every check uniquely, as a sentence, each kind in report order', () => {
    const names = allChecks.map((check) => check.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const name of names) expect(name).to.match(/^[a-z0-9][a-z0-9 /-]+$/i);
    expect(checkByName('response is not a server error')).to.equal(allChecks[0]);
    expect(responseChecks.length + scenarioChecks.length).to.equal(allChecks.length);
    expect(allChecks.slice(0, responseChecks.length)).to.deep.equal(responseChecks);
  });

  it('selects both kinds with only and skip, in registry order', () => {
    const picked = selectChecks({ only: ['delta union is exact', 'valid input is accepted', 'response is not a server error'] });
    expect(picked.checks.map((check) => check.name)).to.deep.equal(['response is not a server error', 'valid input is accepted']);
    expect(picked.scenarios.map((check) => check.name)).to.deep.equal(['delta union is exact']);
    // --check naming only a scenario runs no response check, and the other way round.
    expect(selectChecks({ only: ['delta union is exact'] }).checks).to.deep.equal([]);
    expect(selectChecks({ only: ['status code is documented'] }).scenarios).to.deep.equal([]);
    const skipped = selectChecks({ skip: ['response time is within budget', 'lifecycle matches the model'] });
    expect(skipped.checks).to.have.length(responseChecks.length - 1);
    expect(skipped.scenarios).to.have.length(scenarioChecks.length - 1);
  });

  it('rejects unknown names with every unknown one and the valid list of both kinds', () => {
    expect(() => selectChecks({ only: ['status_code_conformance'], skip: ['nope'] })).to.throw(
      /unknown check names: "status_code_conformance", "nope"; valid names are:\n {2}- response is not a server error[\s\S]*\n {2}- lifecycle matches the model/,
    );
    expect(() => checkByName('x')).to.throw(/unknown check name: "x"/);
  });

  it('gives every check a kind, a severity and a category of the one list, which categories.json files', () => {
    const categories = new Set<string>(Object.values(Category));
    const filed = new Set(ALLURE_CATEGORIES.map((category) => category.name));
    for (const check of allChecks) {
      expect(['response', 'scenario'], check.name).to.include(check.kind);
      expect(['blocker', 'critical', 'normal', 'minor', 'trivial'], check.name).to.include(check.severity);
      expect(categories.has(check.category), `${check.name}: ${check.category}`).to.equal(true);
      expect(filed.has(check.category), `${check.name}: ${check.category}`).to.equal(true);
    }
    expect([...filed]).to.deep.equal(['known', ...Object.values(Category)]);
  });

  it('is what the README lists under "The checks", each kind in its paragraph', () => {
    const section = read('README.md').split('\n## The checks\n')[1].split('\n## ')[0];
    const [responseParagraph, scenarioParagraph] = section.split('\n\n').filter((p) => / · /.test(p));
    expect(listedNames(responseParagraph.split(':\n').slice(1).join(':\n'))).to.deep.equal(responseChecks.map((check) => check.name));
    expect(listedNames(scenarioParagraph.split(': ').slice(1).join(': ').split(/\. (?=[A-Z])/)[0])).to.deep.equal(scenarioChecks.map((check) => check.name));
  });

  it('is what checks/README.md tabulates, with each check\'s severity', () => {
    const rows = read('checks/README.md').split('\n').filter((line) => /^\| [a-z]/.test(line) && !line.startsWith('| name'));
    const table = rows.flatMap((row) => {
      const [name, severity] = row.split('|').slice(1, 3).map((cell) => cell.trim());
      return expand(name).map((each) => [each, severity]);
    });
    expect(table).to.deep.equal(responseChecks.map((check) => [check.name, check.severity]));
  });

  it('is what the proof\'s variants name, and every check but the listed ones has a variant that breaks it', () => {
    const names = new Set(allChecks.map((check) => check.name));
    for (const variant of variants) expect(names.has(variant.expectedCheck), `${variant.name}: "${variant.expectedCheck}"`).to.equal(true);
    const proven = new Set(variants.map((variant) => variant.expectedCheck));
    // Shown failing elsewhere: the budget check by its own test with a slow response, the filter probe by its
    // scenario test against a mock whose filter drops the probed object.
    expect(allChecks.map((check) => check.name).filter((name) => !proven.has(name))).to.deep.equal(['response time is within budget', 'filter finds a listed object']);
  });
});
