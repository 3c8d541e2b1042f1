import { expect } from 'chai';
import { Failure, type Check } from '../../../suites/checks/check';
import { allChecks, checkByName, failureCategories, formatFailureMessage, runChecks, selectChecks } from '../../../suites/checks/registry';
import { makeCase, makeContext, makeResponse, validItem } from './fixtures';

describe('checks/registry', () => {
  it('names every check uniquely, as a sentence', () => {
    const names = allChecks.map((check) => check.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const name of names) expect(name).to.match(/^[a-z0-9][a-z0-9 /-]+$/i);
    expect(checkByName('response is not a server error')).to.equal(allChecks[0]);
  });

  it('selects with only and skip, in registry order', () => {
    const only = selectChecks({ only: ['valid input is accepted', 'response is not a server error'] }).map((check) => check.name);
    expect(only).to.deep.equal(['response is not a server error', 'valid input is accepted']);
    const skipped = selectChecks({ skip: ['response time is within budget'] });
    expect(skipped).to.have.length(allChecks.length - 1);
    expect(selectChecks()).to.have.length(allChecks.length);
  });

  it('rejects unknown names with every unknown one and the valid list', () => {
    expect(() => selectChecks({ only: ['status_code_conformance'], skip: ['nope'] })).to.throw(
      /unknown check names: "status_code_conformance", "nope"; valid names are:\n {2}- response is not a server error/,
    );
    expect(() => checkByName('x')).to.throw(/unknown check name: "x"/);
  });

  it('has an Allure category for every category a check throws, matching the formatted message', () => {
    const failure = new Failure('server error 500 for GET /x\nsecond line', 'server error');
    const message = formatFailureMessage(failure);
    const matching = failureCategories.filter((category) => new RegExp(category.messageRegex).test(message));
    expect(matching.map((category) => category.name)).to.deep.equal(['server error']);
    expect(new RegExp(`^(?:${failureCategories[0].messageRegex})$`).test(message)).to.equal(true);
  });
});

describe('checks/run-checks', () => {
  const crashing: Check = { name: 'crashes', severity: 'trivial', appliesTo: () => true, run: () => { throw new TypeError('boom'); } };
  const never: Check = { name: 'never applies', severity: 'trivial', appliesTo: () => false, run: () => { throw new Error('must not run'); } };

  it('reports passed, failed with the Failure, skipped, and a crash as a check error', () => {
    const outcomes = runChecks([checkByName('status code is documented'), checkByName('response is not a server error'), crashing, never], makeContext(), makeResponse(500), makeCase());
    expect(outcomes.map((outcome) => outcome.status)).to.deep.equal(['passed', 'failed', 'failed', 'skipped']);
    expect(outcomes[1].failure?.category).to.equal('server error');
    expect(outcomes[2].failure?.category).to.equal('check error');
    expect(outcomes[2].failure?.message).to.contain('boom');
  });

  it('passes every applicable check on a conforming exchange', () => {
    const outcomes = runChecks(allChecks, makeContext(), makeResponse(200, validItem()), makeCase());
    expect(outcomes.filter((outcome) => outcome.status === 'failed')).to.deep.equal([]);
    expect(outcomes.filter((outcome) => outcome.status === 'passed').length).to.be.greaterThan(4);
  });
});
